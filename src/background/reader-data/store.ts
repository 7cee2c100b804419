/**
 * The reader's paused sites, hidden hints and wrong-match reports in the reader database
 * (src/shared/reader-db.ts). Only the background calls these: pages ask through the protocol
 * (./handlers.ts), a content script only about its own site. Reads leave out what has expired even
 * before the pruning has deleted it.
 */
import { pageHash } from '../../shared/hidden-hints';
import {
  daysMs,
  HIDDEN_HINT_KEEP_DAYS,
  MAX_HIDDEN_PAGES,
  MAX_REPORTS,
  openReaderDb,
  PAUSED_SITE_KEEP_DAYS,
  REPORT_KEEP_DAYS,
} from '../../shared/reader-db';
import type { NewReport, WrongMatchReport } from '../../shared/reports';
import type { PausedSite } from '../../shared/messages';
import { siteOf } from '../../shared/settings';

const live = <T extends { expiresAt: number }>(records: T[], now: number) =>
  records.filter((r) => r.expiresAt > now);

/** A cursor over a store's records that can delete the one it is on. */
interface Deleting {
  delete(): Promise<void>;
  continue(): Promise<Deleting | null>;
}

/**
 * The bound of a store: while it holds more than `max` records, the first ones in `oldestFirst`'s
 * order are deleted (within the caller's transaction).
 */
async function keepAtMost(
  store: { count(): Promise<number> },
  max: number,
  oldestFirst: () => Promise<Deleting | null>,
): Promise<void> {
  const count = await store.count();
  if (count <= max) return;
  let cursor = await oldestFirst();
  for (let extra = count - max; cursor && extra > 0; extra--) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
}

// ---- paused sites ----

/** The paused sites, by name, each with the day it comes back on. */
export async function listPausedSites(now = Date.now()): Promise<PausedSite[]> {
  const records = live(await (await openReaderDb()).getAll('paused'), now);
  return records
    .map(({ site, pausedAt, expiresAt }) => ({ site, pausedAt, expiresAt }))
    .sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}

/** Whether Afterword is paused on the site of `url`. */
export async function isSitePaused(url: string, now = Date.now()): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return false;
  const record = await (await openReaderDb()).get('paused', site);
  return record !== undefined && record.expiresAt > now;
}

/** Pauses (or resumes) Afterword on the site of `url`; pausing again starts a new period. */
export async function setSitePaused(url: string, paused: boolean, now = Date.now()): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return false;
  const db = await openReaderDb();
  if (paused) await db.put('paused', { site, pausedAt: now, expiresAt: now + daysMs(PAUSED_SITE_KEEP_DAYS) });
  else await db.delete('paused', site);
  return true;
}

// ---- hidden hints ----

/** The ids of the claims whose hints the reader hid on the page at `url`. */
export async function hiddenOnPage(url: string, now = Date.now()): Promise<string[]> {
  const record = await (await openReaderDb()).get('hidden', pageHash(url));
  return record && record.expiresAt > now ? record.claimIds : [];
}

/** Hides (or shows again) a claim's hint on the page at `url`; returns the page's hidden claim ids. */
export async function setHidden(
  url: string,
  claimId: string,
  hidden: boolean,
  now = Date.now(),
): Promise<string[]> {
  const page = pageHash(url);
  const db = await openReaderDb();
  const tx = db.transaction('hidden', 'readwrite');
  const was = await tx.store.get(page);
  const before = was && was.expiresAt > now ? was.claimIds : [];
  const claimIds = hidden ? [...new Set([...before, claimId])] : before.filter((id) => id !== claimId);
  // Later than every page hidden before, even within the same millisecond: the bound below forgets
  // pages in this order.
  const latest = (await tx.store.index('byHiddenAt').openCursor(null, 'prev'))?.value.hiddenAt ?? 0;
  if (claimIds.length === 0) await tx.store.delete(page);
  else
    await tx.store.put({
      page,
      claimIds,
      hiddenAt: Math.max(now, latest + 1),
      expiresAt: now + daysMs(HIDDEN_HINT_KEEP_DAYS),
    });
  // The bound: the pages hidden longest ago are forgotten first.
  await keepAtMost(tx.store, MAX_HIDDEN_PAGES, () => tx.store.index('byHiddenAt').openCursor());
  await tx.done;
  return claimIds;
}

// ---- wrong-match reports ----

const withoutExpiry = ({ expiresAt: _, ...report }: WrongMatchReport & { expiresAt: number }) => report;

/** The reports kept, oldest first. */
export async function listReports(now = Date.now()): Promise<WrongMatchReport[]> {
  const records = await (await openReaderDb()).getAllFromIndex('reports', 'byCreatedAt');
  return live(records, now).map(withoutExpiry);
}

export async function addReport(report: NewReport, now = Date.now()): Promise<WrongMatchReport> {
  const db = await openReaderDb();
  const tx = db.transaction('reports', 'readwrite');
  // Later than every report before, even within the same millisecond: the list shows them in this
  // order and the bound below drops the oldest (a tie was ordered by the random id).
  const latest = Date.parse(
    (await tx.store.index('byCreatedAt').openCursor(null, 'prev'))?.value.createdAt ?? '',
  );
  // A date that does not read (a record carried over from an older install) is not a bound.
  const at = Number.isFinite(latest) ? Math.max(now, latest + 1) : now;
  const saved: WrongMatchReport = {
    id: crypto.randomUUID(),
    createdAt: new Date(at).toISOString(),
    ...report,
  };
  if (saved.url === undefined) delete saved.url;
  await tx.store.put({ ...saved, expiresAt: now + daysMs(REPORT_KEEP_DAYS) });
  await keepAtMost(tx.store, MAX_REPORTS, () => tx.store.index('byCreatedAt').openCursor());
  await tx.done;
  return saved;
}

export async function clearReports(): Promise<void> {
  await (await openReaderDb()).clear('reports');
}
