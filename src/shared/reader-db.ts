/**
 * The reader's own choices and notes about pages, in the extension's IndexedDB database
 * 'afterword-reader', which only the background opens: the sites where Afterword is paused, the
 * hints hidden on a page, the "Wrong match?" reports. They used to sit in storage.local, which a
 * content script (and so a compromised page renderer) can read whole; here a page learns only what
 * the background answers it (whether its own site is paused, the hints hidden on its own site's
 * page: src/background/reader-data/). Declared beside the storage keys (src/shared/storage.ts
 * re-exports it and moves the values the previous version left in storage.local).
 *
 * Every record carries `expiresAt`: nothing the reader chose is kept forever without their saying
 * so, and the background deletes what expired (pruneReaderDb) when it starts and before it lists.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type OpenDBCallbacks } from 'idb';
import { Connection } from './idb-connection';
import type { WrongMatchReport } from './reports';

export const READER_DB_NAME = 'afterword-reader';
/**
 * Bump with an upgrade step in `upgrade` when a store or index changes; each step runs only for a
 * database older than it. 1: paused, hidden, reports.
 */
export const READER_DB_VERSION = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A paused site stays paused for a year after the reader paused it (or paused it again). Pausing is
 * a deliberate choice the reader expects to last (Afterword coming back on a site a week later
 * would look like a bug), so the period is long; but a list of the sites a reader did not want to
 * be told about should not outlive the reason by years. The options page lists each site with the
 * day it comes back on, and pausing it again starts a new year.
 */
export const PAUSED_SITE_KEEP_DAYS = 365;

/**
 * A hint hidden on a page ("Wrong match?") stays hidden for 90 days. A reader comes back to an
 * article within days or weeks, if at all; after three months the hint showing again costs less
 * than keeping a trace (hashed) of which pages they read.
 */
export const HIDDEN_HINT_KEEP_DAYS = 90;

/**
 * A wrong-match report is kept for 90 days after it was saved: long enough to collect a few and
 * send them to the publisher (the popup's footer exports them), short enough that the sentences of
 * the articles read do not pile up on the device. The popup says so where it lists them.
 */
export const REPORT_KEEP_DAYS = 90;

/** Storage is bounded: past this many pages, the ones hidden longest ago are forgotten. */
export const MAX_HIDDEN_PAGES = 300;

/** Storage is bounded: past this many, the oldest reports are dropped. */
export const MAX_REPORTS = 500;

export const daysMs = (days: number) => days * DAY_MS;

export interface PausedSiteRecord {
  /** siteOf() of the address (src/shared/settings.ts): the host name without "www.". */
  site: string;
  /** When the reader paused it (ms since the epoch). */
  pausedAt: number;
  expiresAt: number;
}

export interface HiddenHintsRecord {
  /** pageHash() of the page's address (src/shared/hidden-hints.ts), never the address. */
  page: string;
  claimIds: string[];
  /** When a hint was last hidden on the page (ms since the epoch). */
  hiddenAt: number;
  expiresAt: number;
}

export interface ReportRecord extends WrongMatchReport {
  expiresAt: number;
}

export interface ReaderDb extends DBSchema {
  paused: { key: string; value: PausedSiteRecord; indexes: { byExpiry: number } };
  hidden: { key: string; value: HiddenHintsRecord; indexes: { byExpiry: number; byHiddenAt: number } };
  reports: { key: string; value: ReportRecord; indexes: { byExpiry: number; byCreatedAt: string } };
}

export type ReaderDbStore = 'paused' | 'hidden' | 'reports';
export const READER_DB_STORES: readonly ReaderDbStore[] = ['paused', 'hidden', 'reports'];

/** The schema, one step per version: each runs only for a database older than it. */
const upgrade: NonNullable<OpenDBCallbacks<ReaderDb>['upgrade']> = (db, oldVersion) => {
  if (oldVersion < 1) {
    db.createObjectStore('paused', { keyPath: 'site' }).createIndex('byExpiry', 'expiresAt');
    const hidden = db.createObjectStore('hidden', { keyPath: 'page' });
    hidden.createIndex('byExpiry', 'expiresAt');
    hidden.createIndex('byHiddenAt', 'hiddenAt');
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byExpiry', 'expiresAt');
    reports.createIndex('byCreatedAt', 'createdAt');
  }
};

const connection = new Connection<ReaderDb>(READER_DB_NAME, READER_DB_VERSION, upgrade);

/** The database, opened once per worker; a failed open is retried on the next call. */
export function openReaderDb(): Promise<IDBPDatabase<ReaderDb>> {
  return connection.open();
}

/** Forgets the open connection (tests start each with a fresh database). */
export function closeReaderDb(): Promise<void> {
  return connection.close();
}

/** Deletes every record whose time is up; returns how many. */
export async function pruneReaderDb(now = Date.now()): Promise<number> {
  const db = await openReaderDb();
  const tx = db.transaction(READER_DB_STORES, 'readwrite');
  let deleted = 0;
  for (const name of READER_DB_STORES) {
    let cursor = await tx.objectStore(name).index('byExpiry').openCursor(IDBKeyRange.upperBound(now));
    while (cursor) {
      await cursor.delete();
      deleted++;
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return deleted;
}

/** What the previous version kept in storage.local, as its keys read it (src/shared/storage.ts). */
export interface LegacyReaderData {
  pausedSites: readonly string[];
  hiddenHints: readonly { page: string; claimIds: string[] }[];
  reports: readonly WrongMatchReport[];
}

/**
 * Writes what the previous version kept in storage.local into the database, in one transaction:
 * all of it or, if anything fails, none of it (the caller then leaves storage.local as it was and
 * tries again at the next start). Running it twice changes nothing: records are keyed by site, page
 * and report id, and what the database holds already is kept. The previous version promised no
 * expiry, so each period starts at the move, not at the day the reader made the choice.
 */
export async function importLegacyReaderData(legacy: LegacyReaderData, now = Date.now()): Promise<void> {
  const db = await openReaderDb();
  const tx = db.transaction(READER_DB_STORES, 'readwrite');
  try {
    await importInto(tx, legacy, now);
  } catch (error) {
    // A failed write does not undo the ones before it by itself: the transaction would commit them.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Aborted already.
    }
    throw error;
  }
  await tx.done;
}

async function importInto(
  tx: IDBPTransaction<ReaderDb, ReaderDbStore[], 'readwrite'>,
  legacy: LegacyReaderData,
  now: number,
): Promise<void> {
  const paused = tx.objectStore('paused');
  for (const site of legacy.pausedSites)
    if (!(await paused.get(site)))
      await paused.put({ site, pausedAt: now, expiresAt: now + daysMs(PAUSED_SITE_KEEP_DAYS) });
  const hidden = tx.objectStore('hidden');
  // Oldest first in storage.local: each page gets a later time than the one before it, so the bound
  // (MAX_HIDDEN_PAGES) still forgets the pages hidden longest ago first.
  const count = legacy.hiddenHints.length;
  for (const [i, { page, claimIds }] of legacy.hiddenHints.entries()) {
    const was = await hidden.get(page);
    const hiddenAt = now - (count - i);
    await hidden.put({
      page,
      claimIds: [...new Set([...(was?.claimIds ?? []), ...claimIds])],
      hiddenAt: Math.max(was?.hiddenAt ?? 0, hiddenAt),
      expiresAt: Math.max(was?.expiresAt ?? 0, now + daysMs(HIDDEN_HINT_KEEP_DAYS)),
    });
  }
  const reports = tx.objectStore('reports');
  for (const report of legacy.reports)
    if (!(await reports.get(report.id)))
      await reports.put({ ...report, expiresAt: now + daysMs(REPORT_KEEP_DAYS) });
}
