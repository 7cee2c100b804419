/**
 * The options page's words for the datasets: times, sizes, intervals, what an update changed and
 * why one was refused, all in the reader's language through t() and plural().
 */
import type { ClaimStatus } from '../../engine/index';
import type {
  ChangedClaim,
  ChangeDetail,
  ChangeSummary,
  ConvertedFeed,
  ProblemCode,
  SourceProblem,
} from '../../shared/messages';
import { displayLocale, plural, t, type PluralBase, type StringKey } from '../../ui/strings';

export function formatDateTime(ms: number): string {
  try {
    return new Intl.DateTimeFormat(displayLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

/** "in 23 hours", "in 5 minutes", "now". */
export function formatFromNow(ms: number, now = Date.now()): string {
  const minutes = Math.round((ms - now) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(displayLocale(), { numeric: 'auto' });
  if (Math.abs(minutes) < 1) return t('dsNow');
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

export const formatCount = (n: number): string => new Intl.NumberFormat(displayLocale()).format(n);

export function formatSize(bytes: number): string {
  const nf = (n: number, digits: number) =>
    new Intl.NumberFormat(displayLocale(), {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(n);
  if (bytes < 1024) return t('dsBytes', nf(bytes, 0));
  if (bytes < 1024 * 1024) return t('dsKiB', nf(bytes / 1024, 1));
  return t('dsMiB', nf(bytes / 1024 / 1024, 1));
}

/** The intervals the background offers (CHECK_INTERVAL_CHOICES), by name; any other in hours. */
const INTERVALS: Record<number, StringKey> = {
  60: 'dsIntervalHour',
  360: 'dsInterval6Hours',
  720: 'dsInterval12Hours',
  1440: 'dsIntervalDay',
  10080: 'dsIntervalWeek',
};

export function intervalLabel(minutes: number): string {
  const named = INTERVALS[minutes];
  return named ? t(named) : plural('dsEveryHours', Math.round(minutes / 60));
}

const NEWLY: Record<ClaimStatus, PluralBase> = {
  denied: 'dsNewlyDenied',
  confirmed: 'dsNewlyConfirmed',
  'rated-false': 'dsNewlyRatedFalse',
  'rated-true': 'dsNewlyRatedTrue',
  'rated-mixed': 'dsNewlyRatedMixed',
  retracted: 'dsNewlyRetracted',
  unconfirmed: 'dsNewlyUnconfirmed',
};

/** The order the status changes are told in: the news a reader most needs first. */
export const NEWLY_ORDER: readonly ClaimStatus[] = [
  'denied',
  'rated-false',
  'retracted',
  'rated-mixed',
  'confirmed',
  'rated-true',
  'unconfirmed',
];

export const newlyLabel = (status: ClaimStatus, n: number): string => plural(NEWLY[status], n);

/** "12 claims added, 3 newly denied, 1 newly rated false" (or "no claims changed"). */
export function changeSummaryText(c: ChangeSummary): string {
  const parts: string[] = [];
  if (c.added > 0) parts.push(plural('dsAdded', c.added));
  for (const status of NEWLY_ORDER) {
    const n = c.newly[status] ?? 0;
    if (n > 0) parts.push(newlyLabel(status, n));
  }
  if (c.removed > 0) parts.push(plural('dsRemoved', c.removed));
  if (c.eventsChanged > 0) parts.push(plural('dsEventsChanged', c.eventsChanged));
  if (c.reworded > 0) parts.push(plural('dsReworded', c.reworded));
  return parts.length > 0 ? parts.join(t('dsListSeparator')) : t('dsNoClaimChanges');
}

const PROBLEM: Record<ProblemCode, StringKey> = {
  'not-https': 'errNotHttps',
  'redirect-insecure': 'errRedirectInsecure',
  'not-found': 'errNotFound',
  http: 'errHttp',
  'server-error': 'errServerError',
  network: 'errNetwork',
  timeout: 'errTimeout',
  stalled: 'errStalled',
  'too-slow': 'errTooSlow',
  deadline: 'errDeadline',
  'too-large': 'errTooLarge',
  empty: 'errEmpty',
  invalid: 'errInvalid',
  'invalid-feed': 'errInvalidFeed',
  unsigned: 'errUnsigned',
  'bad-signature': 'errBadSignature',
  'bad-key': 'errBadKey',
  'wrong-dataset': 'errWrongDataset',
  'duplicate-dataset': 'errDuplicateDataset',
  'duplicate-source': 'errDuplicateSource',
  'old-version': 'errOldVersion',
  interrupted: 'errInterrupted',
  storage: 'errStorage',
  'no-previous': 'errNoPrevious',
  'default-unsigned': 'errDefaultUnsigned',
  'no-held': 'errNoHeld',
  'no-source': 'errNoSource',
  internal: 'errInternal',
};

/** Codes whose first argument is the file (its address or name): their sentence starts with it. */
const ABOUT_THE_FILE = new Set<ProblemCode>([
  'too-large',
  'empty',
  'invalid',
  'invalid-feed',
  'unsigned',
  'bad-signature',
  'wrong-dataset',
  'duplicate-dataset',
  'old-version',
  'default-unsigned',
]);

/** "The file at https://…" for a download, "The file “x.json”" for an import. */
function theFile(where: string): string {
  return /^https?:\/\//.test(where) ? t('errTheFileAt', where) : t('errTheFileNamed', where);
}

/** The problem in plain words. */
export function problemText(problem: SourceProblem): string {
  const key = PROBLEM[problem.code] ?? 'errInternal';
  const args = [...problem.args];
  if (ABOUT_THE_FILE.has(problem.code) && args.length > 0) args[0] = theFile(args[0]!);
  if (problem.code === 'too-large' && args[1]) args[1] = formatSize(Number(args[1]));
  return t(key, ...args);
}

/** SPDX's "no assertion" (and an empty id) means the publisher did not say: shown as "not stated", not as a code. */
const UNSTATED_LICENCES = new Set(['', 'NOASSERTION']);

export function licenceLabel(id: string | undefined): string {
  return id === undefined || UNSTATED_LICENCES.has(id.trim().toUpperCase()) ? t('dsLicenceNotStated') : id;
}

/**
 * The publisher as the dataset names it; "Unknown" (what an import without --publisher writes)
 * and an empty name are said as "not stated", with the file or address it came from when known.
 */
export function publisherLabel(publisher: string | undefined, from?: string): string {
  const name = publisher?.trim() ?? '';
  if (name !== '' && name.toLowerCase() !== 'unknown') return name;
  return from ? t('dsPublisherFrom', from) : t('dsPublisherNotStated');
}

/** One group of the rollback's preview: a heading and the claims under it (capped lists, exact counts). */
export interface RollbackGroup {
  kind: 'leave' | 'return' | 'status' | 'other';
  title: string;
  claims: ChangedClaim[];
  total: number;
}

/**
 * What rolling back the version in use will do, read backwards from what that version changed
 * when it was installed: claims it added leave, claims it removed come back, claims whose status
 * it changed return to their earlier status (each with `was`), and the rest of its edits undo.
 */
export function rollbackGroups(change: ChangeDetail): RollbackGroup[] {
  const v = String(change.toVersion);
  const groups: RollbackGroup[] = [
    { kind: 'status', title: '', claims: change.statusChangedClaims, total: statusCount(change) },
    { kind: 'leave', title: '', claims: change.addedClaims, total: change.added },
    { kind: 'return', title: '', claims: change.removedClaims, total: change.removed },
  ];
  // A claim can be both reworded and given new events: count it once when the lists are whole.
  const otherLists = [...change.eventsChangedClaims, ...change.rewordedClaims];
  const whole =
    change.eventsChangedClaims.length === change.eventsChanged &&
    change.rewordedClaims.length === change.reworded;
  const statusIds = new Set(change.statusChangedClaims.map((c) => c.id));
  const other = [...new Map(otherLists.filter((c) => !statusIds.has(c.id)).map((c) => [c.id, c])).values()];
  groups.push({
    kind: 'other',
    title: '',
    claims: other,
    total: whole ? other.length : Math.max(change.eventsChanged, change.reworded),
  });
  for (const g of groups) {
    g.title =
      g.kind === 'status'
        ? plural('dsRbStatus', g.total)
        : g.kind === 'leave'
          ? plural('dsRbLeave', g.total, v)
          : g.kind === 'return'
            ? plural('dsRbReturn', g.total, v)
            : plural('dsRbOther', g.total);
  }
  return groups.filter((g) => g.total > 0);
}

function statusCount(change: ChangeSummary): number {
  return Object.values(change.newly).reduce((a, b) => a + (b ?? 0), 0);
}

/** Whether the version in use's recorded change is the one a rollback to `previous` undoes. */
export function changeUndoneBy(
  change: ChangeSummary | undefined,
  activeVersion: number | undefined,
  previousVersion: number | undefined,
): boolean {
  return (
    change !== undefined &&
    activeVersion !== undefined &&
    change.toVersion === activeVersion &&
    change.fromVersion === previousVersion
  );
}

/** After a rollback: "X is back at version 3. Undone: 2 claims added, 1 newly denied." (what version 4 had brought). */
export function rolledBackText(name: string, version: number, undone?: ChangeSummary): string {
  return undone
    ? t('dsRolledBackGone', name, String(version), changeSummaryText(undone))
    : t('dsRolledBack', name, String(version));
}

/**
 * What a converted feed gave, for its card: "Converted on this device from a fact-checker’s
 * ClaimReview feed: 48 claims, 2 items left out or shortened." and, when something was left out,
 * the converter's first reasons (English, as the importers word them: they are its report).
 */
export function feedText(feed: ConvertedFeed): {
  summary: string;
  reasons?: { label: string; text: string };
} {
  const counts = [
    plural('dsFeedClaims', feed.claims),
    feed.skipped > 0 ? plural('dsFeedSkipped', feed.skipped) : t('dsFeedNothingSkipped'),
  ].join(t('dsListSeparator'));
  const summary = t(feed.format === 'claimreview' ? 'dsFeedClaimReview' : 'dsFeedFactCheckApi', counts);
  return feed.reasons.length > 0
    ? { summary, reasons: { label: t('dsFeedReasons'), text: feed.reasons.join('; ') } }
    : { summary };
}
