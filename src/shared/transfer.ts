/**
 * Handing a file between an extension page and the background. Runtime messages are JSON in
 * Chrome (a Uint8Array arrives as an object of numbered keys) and capped at 64 MiB, while a
 * dataset may be 128 MiB; so the page puts the bytes in a small IndexedDB database both share
 * (same extension origin) and sends only the key. The taker deletes the entry; entries nobody took
 * (the page closed first) are dropped after TRANSFER_TTL_MS.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

const DB_NAME = 'afterword-transfer';
/** Long enough for any hand-over, short enough that a forgotten file does not linger. */
export const TRANSFER_TTL_MS = 10 * 60 * 1000;

interface TransferDb extends DBSchema {
  files: { key: string; value: { id: string; name: string; bytes: Uint8Array; at: number } };
}

let opening: Promise<IDBPDatabase<TransferDb>> | undefined;

function open(): Promise<IDBPDatabase<TransferDb>> {
  opening ??= openDB<TransferDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('files', { keyPath: 'id' });
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Stores the bytes and returns the key to send. */
export async function putTransfer(bytes: Uint8Array, name: string, now = Date.now()): Promise<string> {
  const db = await open();
  const tx = db.transaction('files', 'readwrite');
  for (const old of await tx.store.getAll())
    if (now - old.at > TRANSFER_TTL_MS) await tx.store.delete(old.id);
  const id = crypto.randomUUID();
  await tx.store.put({ id, name, bytes, at: now });
  await tx.done;
  return id;
}

/** Takes (reads and deletes) what was put under `id`. */
export async function takeTransfer(id: string): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const db = await open();
  const tx = db.transaction('files', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.delete(id);
  await tx.done;
  return entry && { name: entry.name, bytes: entry.bytes };
}
