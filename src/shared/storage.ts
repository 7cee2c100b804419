/**
 * Every key Afterword keeps in the browser's storage areas, in one place: its area, the type of its
 * value, the value it has when absent, and how a stored value is read. A stored value is always
 * read through its key's `read`, which takes anything (a value an older version wrote, a damaged
 * one) and returns a valid value, so a new or changed field cannot break an existing install
 * silently: a change of shape needs a step in MIGRATIONS here, and the storage test upgrades the
 * previous layout (test/unit/storage.test.ts).
 *
 * IndexedDB: each database has its own version and upgrade steps beside its stores.
 *
 * | database              | stores                                                 | schema and upgrades            |
 * | --------------------- | ------------------------------------------------------ | ------------------------------ |
 * | `afterword-datasets`  | sources, versions, payloads, pointers, settings, reading | src/background/store/db.ts   |
 * |                       | (subscribed datasets, update settings, reading memory) |                                |
 * | `afterword-reader`    | paused, hidden, reports (paused sites, hidden hints,   | src/shared/reader-db.ts        |
 * |                       | wrong-match reports; each record expires)              | (re-exported here)             |
 * | `afterword-transfer`  | files (a dataset file handed between a page and the    | src/shared/transfer.ts         |
 * |                       | background, dropped after TRANSFER_TTL_MS)             |                                |
 *
 * The paused sites, hidden hints and reports were kept in storage.local by 0.1.0; their keys stay
 * declared below only so that the background can move what an older version left into
 * `afterword-reader` (moveReaderDataToDb) and then remove them.
 */
import browser from './browser';
import type { PopupIntent, TabState } from './messages';
import { importLegacyReaderData, MAX_HIDDEN_PAGES, MAX_REPORTS, pruneReaderDb } from './reader-db';
import type { WrongMatchReport } from './reports';

export {
  closeReaderDb,
  HIDDEN_HINT_KEEP_DAYS,
  MAX_HIDDEN_PAGES,
  MAX_REPORTS,
  openReaderDb,
  PAUSED_SITE_KEEP_DAYS,
  pruneReaderDb,
  READER_DB_NAME,
  READER_DB_VERSION,
  REPORT_KEEP_DAYS,
  type ReaderDb,
} from './reader-db';

export type StorageArea = 'local' | 'session';

export interface StorageKey<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** The value when nothing is stored. */
  readonly fallback: T;
  /** A valid value from whatever is stored (never throws). */
  read(stored: unknown): T;
}

const storageKey = <T>(area: StorageArea, key: string, fallback: T, read: (stored: unknown) => T) =>
  Object.freeze({ area, key, fallback, read }) satisfies StorageKey<T>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// ---- storage.local: what an older version kept there, read only to move it (moveReaderDataToDb) ----

/** Sites where Afterword is paused: host names, unique, sorted. */
export const PAUSED_SITES = storageKey('local', 'pausedSites', [] as string[], (v) =>
  Array.isArray(v)
    ? [...new Set(v.filter((s): s is string => typeof s === 'string' && s.length > 0))].sort()
    : [],
);

export interface HiddenOnPage {
  /** pageHash() of the page's address (src/shared/hidden-hints.ts), never the address. */
  page: string;
  claimIds: string[];
}

/** Hints the reader hid, per page, oldest first. */
export const HIDDEN_HINTS = storageKey('local', 'hiddenHints', [] as HiddenOnPage[], (v) =>
  Array.isArray(v)
    ? v
        .filter(
          (p): p is HiddenOnPage =>
            isObject(p) &&
            typeof p.page === 'string' &&
            Array.isArray(p.claimIds) &&
            p.claimIds.every((id) => typeof id === 'string'),
        )
        .slice(-MAX_HIDDEN_PAGES)
    : [],
);

function isReport(value: unknown): value is WrongMatchReport {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.claimId === 'string' &&
    typeof value.sentence === 'string' &&
    typeof value.createdAt === 'string'
  );
}

/** "Wrong match?" reports, oldest first. */
export const WRONG_MATCH_REPORTS = storageKey('local', 'wrongMatchReports', [] as WrongMatchReport[], (v) =>
  Array.isArray(v) ? v.filter(isReport).slice(-MAX_REPORTS) : [],
);

/** The layout of storage.local, for MIGRATIONS. Absent: the layout of 0.1.0, which kept no version. */
export const STORAGE_VERSION = storageKey('local', 'storageVersion', 0, (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0,
);

/** Every storage.local key the reader's data was under (the version aside). */
export const LOCAL_KEYS: readonly StorageKey<unknown>[] = [PAUSED_SITES, HIDDEN_HINTS, WRONG_MATCH_REPORTS];

// ---- storage.session: what a restarted service worker needs, gone when the browser closes ----

/** A tab's results (src/background/tab-store.ts). */
export const tabStateKey = (tabId: number) =>
  storageKey('session', `tab:${tabId}`, undefined as TabState | undefined, (v) =>
    isObject(v) && typeof v.state === 'string' ? (v as unknown as TabState) : undefined,
  );

export interface PendingIntent {
  intent: PopupIntent;
  /** When it was asked for (ms since the epoch). */
  at: number;
}

/** What the next popup opens on (src/background/intent.ts). */
export const POPUP_INTENT = storageKey(
  'session',
  'popup:intent',
  undefined as PendingIntent | undefined,
  (v) =>
    isObject(v) && typeof v.at === 'number' && isObject(v.intent)
      ? (v as unknown as PendingIntent)
      : undefined,
);

// ---- reading, writing, upgrading ----

export async function readStored<T>(key: StorageKey<T>): Promise<T> {
  if (key.area === 'local') await upgrading;
  const stored = await browser.storage[key.area].get(key.key);
  return key.key in stored ? key.read(stored[key.key]) : key.fallback;
}

export async function writeStored<T>(key: StorageKey<T>, value: T): Promise<void> {
  if (key.area === 'local') await upgrading;
  await browser.storage[key.area].set({ [key.key]: value });
}

export async function removeStored(key: StorageKey<unknown>): Promise<void> {
  await browser.storage[key.area].remove(key.key);
}

/**
 * Calls `listener` with the key's new value whenever it changes (in any tab or page); returns the
 * function that stops listening.
 */
export function onStoredChanged<T>(key: StorageKey<T>, listener: (value: T) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key.key];
    if (area === key.area && change)
      listener('newValue' in change ? key.read(change.newValue) : key.fallback);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The layout this version writes. */
export const CURRENT_STORAGE_VERSION = 1;

/**
 * MIGRATIONS[v] turns storage.local's items of layout v into those of layout v + 1 (the keys it
 * returns are written; the others stay as they are). Only the background runs them
 * (upgradeStorageInBackground); a page can write a key in today's shape before the upgrade has
 * run, so a step must take a value already in the new shape and leave it as it is.
 */
const MIGRATIONS: Record<number, (items: Record<string, unknown>) => Record<string, unknown>> = {
  // 0.1.0 wrote today's shapes without a version. Each value is written back as its key reads it,
  // so what an older or damaged write left (duplicates, unknown entries, past the bounds) is
  // cleaned once instead of skipped on every read.
  0: (items) =>
    Object.fromEntries(LOCAL_KEYS.filter((k) => k.key in items).map((k) => [k.key, k.read(items[k.key])])),
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings storage.local to CURRENT_STORAGE_VERSION, one step at a time, and returns the version it
 * found. Idempotent: a second run finds the work done. Only the keys a step changed are written,
 * and not one that another page wrote while the steps ran (storage has no transactions: what a
 * page wrote is in today's shape, and is kept rather than replaced by the older value read here).
 */
export async function upgradeStorage(): Promise<number> {
  const local = browser.storage.local;
  const found = STORAGE_VERSION.read((await local.get(STORAGE_VERSION.key))[STORAGE_VERSION.key]);
  if (found >= CURRENT_STORAGE_VERSION) return found;
  const keys = LOCAL_KEYS.map((k) => k.key);
  const before = await local.get(keys);
  let items = before;
  for (let version = found; version < CURRENT_STORAGE_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No storage migration from version ${version}`);
    items = { ...items, ...step(items) };
  }
  const changed = Object.keys(items).filter((k) => !sameValue(items[k], before[k]));
  const now = changed.length > 0 ? await local.get(changed) : {};
  const write = Object.fromEntries(
    changed.filter((k) => sameValue(now[k], before[k])).map((k) => [k, items[k]]),
  );
  await local.set({ ...write, [STORAGE_VERSION.key]: CURRENT_STORAGE_VERSION });
  return found;
}

/** The background's upgrade while it runs (its own reads and writes wait for it); pages never set it. */
let upgrading: Promise<unknown> | undefined;

/**
 * The upgrade, run by the background when its worker starts (an install or an update starts it),
 * and only there: a page (the popup, the options page, a tab's content script) reads and writes
 * without it, each key's `read` accepting the older layout, so no page rewrites the whole of
 * storage.local and undoes what another page wrote at the same moment. The background's own reads
 * and writes of storage.local wait for it. A failed upgrade is tried again at the next start.
 */
export function upgradeStorageInBackground(): Promise<unknown> {
  upgrading ??= upgradeStorage()
    .then(() => moveReaderDataToDb())
    .catch((error: unknown) => console.warn('Afterword: stored settings could not be upgraded', error))
    // Expired records go even when the move failed: a move that fails at every start (a full disk)
    // must not keep them for ever, and deleting them frees the room the move needs.
    .then(() => pruneReaderDb())
    .catch((error: unknown) => console.warn('Afterword: expired reader data could not be deleted', error));
  return upgrading;
}

/**
 * Moves the paused sites, hidden hints and reports an older version kept in storage.local into the
 * reader database (src/shared/reader-db.ts), then removes them from storage.local; returns whether
 * there was anything to move. The keys are removed only once the database's transaction has
 * committed, so a move that fails midway loses nothing: storage.local still holds it all, and the
 * next start moves it again (the import keeps what the database already holds).
 */
export async function moveReaderDataToDb(now = Date.now()): Promise<boolean> {
  const keys = LOCAL_KEYS.map((k) => k.key);
  const stored = await browser.storage.local.get(keys);
  if (!keys.some((k) => k in stored)) return false;
  await importLegacyReaderData(
    {
      pausedSites: PAUSED_SITES.read(stored[PAUSED_SITES.key]),
      hiddenHints: HIDDEN_HINTS.read(stored[HIDDEN_HINTS.key]),
      reports: WRONG_MATCH_REPORTS.read(stored[WRONG_MATCH_REPORTS.key]),
    },
    now,
  );
  await browser.storage.local.remove(keys);
  return true;
}
