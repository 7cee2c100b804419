/** What the manifest asks for, in words, for the options page. Pure: takes the manifest. */
import { t, type StringKey } from '../ui/strings';

export interface ManifestLike {
  permissions?: readonly string[];
  optional_permissions?: readonly string[];
  host_permissions?: readonly string[];
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
};

const WEB_PAGES = /^(\*|https?):\/\/\*\/\*$|^<all_urls>$/;

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
  return notes;
}
