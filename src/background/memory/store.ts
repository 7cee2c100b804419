/**
 * The reading memory's records and settings in the extension's IndexedDB (store/db.ts, store
 * `reading`). Nothing here leaves the device; only the background reads or writes it.
 */
import { DEFAULT_MEMORY_RETENTION_DAYS, type MemorySettings } from '../../shared/messages';
import { openDatasetsDb, type MemorySettingsRecord, type ReadingRecord } from '../store/db';
import { MEMORY_CAP, toForget } from './retention';

/** One record per claim of a dataset: read again, it is the latest reading that counts. */
export const readingKey = (datasetId: string, claimId: string): string => `${datasetId}\u0000${claimId}`;

export const DEFAULT_MEMORY_SETTINGS: MemorySettings = {
  retentionDays: DEFAULT_MEMORY_RETENTION_DAYS,
  keepUrl: false,
  notify: false,
};

export async function getMemorySettings(): Promise<MemorySettings> {
  const stored = await (await openDatasetsDb()).get('settings', 'memory');
  if (stored?.key !== 'memory') return { ...DEFAULT_MEMORY_SETTINGS };
  const { key: _key, ...settings } = stored;
  return { ...DEFAULT_MEMORY_SETTINGS, ...settings };
}

export async function putMemorySettings(settings: MemorySettings): Promise<void> {
  const record: MemorySettingsRecord = { key: 'memory', ...settings };
  await (await openDatasetsDb()).put('settings', record);
}

export async function listReadings(): Promise<ReadingRecord[]> {
  return (await openDatasetsDb()).getAll('reading');
}

export async function getReading(key: string): Promise<ReadingRecord | undefined> {
  return (await openDatasetsDb()).get('reading', key);
}

/** The retention is applied at most this often (and at once when the memory is past its cap). */
export const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPruned = -Infinity;

/**
 * Writes the records, then forgets what is past the cap, and at most once an hour what is past the
 * retention: a page's scan does not walk the whole memory each time.
 */
export async function putReadings(
  records: readonly ReadingRecord[],
  now = Date.now(),
  cap = MEMORY_CAP,
): Promise<void> {
  const db = await openDatasetsDb();
  const tx = db.transaction('reading', 'readwrite');
  await Promise.all(records.map((r) => tx.store.put(r)));
  const count = await tx.store.count();
  await tx.done;
  if (count > cap || now - lastPruned >= PRUNE_EVERY_MS) {
    lastPruned = now;
    await prune(now, cap);
  }
}

/** Forgets the claims read before the retention period and, past the cap, the oldest. */
export async function prune(now = Date.now(), cap = MEMORY_CAP): Promise<number> {
  const { retentionDays } = await getMemorySettings();
  const db = await openDatasetsDb();
  const tx = db.transaction('reading', 'readwrite');
  // Only keys and dates are read to decide: the index walk does not load whole records.
  const dated: { key: string; readAt: number }[] = [];
  let cursor = await tx.store.index('byReadAt').openKeyCursor();
  while (cursor) {
    dated.push({ key: String(cursor.primaryKey), readAt: Number(cursor.key) });
    cursor = await cursor.continue();
  }
  const gone = toForget(dated, now, retentionDays, cap);
  await Promise.all(gone.map((key) => tx.store.delete(key)));
  await tx.done;
  return gone.length;
}

export async function forgetReading(key: string): Promise<void> {
  await (await openDatasetsDb()).delete('reading', key);
}

export async function forgetAllReadings(): Promise<void> {
  await (await openDatasetsDb()).clear('reading');
}

/** Updates the records `change` returns (unchanged ones are returned as they were, and not written). */
export async function updateReadings(
  change: (record: ReadingRecord) => ReadingRecord,
): Promise<ReadingRecord[]> {
  const db = await openDatasetsDb();
  const tx = db.transaction('reading', 'readwrite');
  const all = await tx.store.getAll();
  const next = all.map(change);
  await Promise.all(next.map((r, i) => (r === all[i] ? undefined : tx.store.put(r))));
  await tx.done;
  return next;
}
