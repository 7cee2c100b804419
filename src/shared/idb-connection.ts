/**
 * One connection to an IndexedDB database per worker or page, opened on first use (through idb).
 * A failed open is retried on the next call; a newer version of the extension that wants to
 * upgrade the schema is let through (the connection closes, the next call reopens it). Both of
 * Afterword's databases — the datasets' (src/background/store/db.ts) and the reader's
 * (src/shared/reader-db.ts) — open through it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

export class Connection<Schema extends DBSchema> {
  private opening: Promise<IDBPDatabase<Schema>> | undefined;

  constructor(
    private readonly name: string,
    private readonly version: number,
    private readonly upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
  ) {}

  open(): Promise<IDBPDatabase<Schema>> {
    this.opening ??= openDB<Schema>(this.name, this.version, {
      upgrade: this.upgrade,
      blocking: () => {
        void this.opening?.then((db) => db.close());
        this.opening = undefined;
      },
      terminated: () => {
        this.opening = undefined;
      },
    }).catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** Forgets the open connection (tests, and before deleting the database). */
  async close(): Promise<void> {
    const db = this.opening;
    this.opening = undefined;
    if (db) (await db.catch(() => undefined))?.close();
  }
}
