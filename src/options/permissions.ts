/** What the manifest asks for, in words, for the options page. Pure: takes the manifest. */
import { t, type StringKey } from '../ui/strings';

export interface ManifestLike {
  permissions?: readonly string[];
  optional_permissions?: readonly string[];
  host_permissions?: readonly string[];
  optional_host_permissions?: readonly string[];
  content_scripts?: readonly { matches?: readonly string[] }[];
}

export interface PermissionNote {
  id: string;
  name: string;
  why: string;
  /** False when no explanation exists yet; the page still lists it, honestly. */
  explained: boolean;
}

/** Permissions Afterword can explain. Adding one to the manifest without a line here fails a unit test. */
const EXPLAINED: Record<string, { name: StringKey; why: StringKey }> = {
  storage: { name: 'permStorageName', why: 'permStorage' },
  contextMenus: { name: 'permContextMenusName', why: 'permContextMenus' },
  alarms: { name: 'permAlarmsName', why: 'permAlarms' },
};

/** Optional permissions, asked for only when the reader turns on what needs them. */
const EXPLAINED_OPTIONAL: Record<string, { name: StringKey; why: StringKey }> = {
  notifications: { name: 'permNotificationsName', why: 'permNotifications' },
};

const WEB_PAGES = /^(\*|https?):\/\/\*\/\*$|^<all_urls>$/;
/** The optional host permissions for dataset sources: any https site, and http on this machine. */
const DATASET_SITES = /^https:\/\/\*\/\*$|^http:\/\/(127\.0\.0\.1|localhost)\/\*$/;

export function permissionNotes(manifest: ManifestLike): PermissionNote[] {
  const notes: PermissionNote[] = [];
  for (const id of manifest.permissions ?? []) {
    const known = EXPLAINED[id];
    notes.push(
      known
        ? { id, name: t(known.name), why: t(known.why), explained: true }
        : { id, name: id, why: t('permUnexplained'), explained: false },
    );
  }
  for (const id of manifest.optional_permissions ?? []) {
    const known = EXPLAINED_OPTIONAL[id];
    notes.push(
      known
        ? { id: `optional:${id}`, name: t(known.name), why: t(known.why), explained: true }
        : { id: `optional:${id}`, name: id, why: t('permUnexplained'), explained: false },
    );
  }
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  if (matches.length > 0) {
    const allWeb = matches.every((m) => WEB_PAGES.test(m));
    notes.push(
      allWeb
        ? { id: 'content-scripts', name: t('permPagesName'), why: t('permPages'), explained: true }
        : { id: 'content-scripts', name: matches.join(', '), why: t('permUnexplained'), explained: false },
    );
  }
  for (const id of manifest.host_permissions ?? []) {
    notes.push({ id: `host:${id}`, name: id, why: t('permUnexplained'), explained: false });
  }
  // Asked for one site at a time, when the reader adds a dataset source there; never all at once.
  const optionalHosts = manifest.optional_host_permissions ?? [];
  if (optionalHosts.length > 0) {
    const datasetSites = optionalHosts.every((h) => DATASET_SITES.test(h));
    notes.push(
      datasetSites
        ? {
            id: 'optional-hosts',
            name: t('permDatasetSitesName'),
            why: t('permDatasetSites'),
            explained: true,
          }
        : {
            id: 'optional-hosts',
            name: optionalHosts.join(', '),
            why: t('permUnexplained'),
            explained: false,
          },
    );
  }
  return notes;
}
