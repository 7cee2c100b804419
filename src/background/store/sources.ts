/** Subscription records and the update settings. */
import { DEFAULT_CHECK_INTERVAL_MINUTES } from '../updates/policy';
import { openDatasetsDb, type SettingsRecord, type SourceRecord } from './db';

export async function listSources(): Promise<SourceRecord[]> {
  const db = await openDatasetsDb();
  return (await db.getAll('sources')).sort((a, b) => a.addedAt - b.addedAt);
}

export async function getSource(id: string): Promise<SourceRecord | undefined> {
  return (await openDatasetsDb()).get('sources', id);
}

export async function putSource(record: SourceRecord): Promise<void> {
  await (await openDatasetsDb()).put('sources', record);
}

/**
 * Changes a source in one readwrite transaction (read, change, write), so two changes made at the
 * same time (a check finishing while the reader disables the source) never undo each other.
 * Returns the record as written, or undefined when the source no longer exists.
 */
export async function updateSource(
  id: string,
  change: (record: SourceRecord) => SourceRecord,
): Promise<SourceRecord | undefined> {
  const tx = (await openDatasetsDb()).transaction('sources', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) {
    await tx.done;
    return undefined;
  }
  const next = change(record);
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function getSettings(): Promise<SettingsRecord> {
  const stored = await (await openDatasetsDb()).get('settings', 'updates');
  return stored?.key === 'updates'
    ? stored
    : { key: 'updates', intervalMinutes: DEFAULT_CHECK_INTERVAL_MINUTES };
}

export async function putSettings(settings: SettingsRecord): Promise<void> {
  await (await openDatasetsDb()).put('settings', settings);
}
