/**
 * The IndexedDB database that holds subscribed datasets (through idb, a thin promise wrapper):
 *
 * - `sources`:  one record per subscription (its URL or file name, key, schedule, last problem);
 * - `versions`: what the options page lists about each installed version (small records);
 * - `payloads`: each version's bytes, exactly as downloaded (so a signature still verifies on
 *               export), and its compiled index: large, read only to load or export;
 * - `pointers`: per source, the version in use and the one kept for rollback. A new version is
 *               written completely first; then one readwrite transaction flips the pointer, so at
 *               any moment the active version is a complete one (store/versions.ts);
 * - `settings`: the reader's update settings;
 * - `reading`:  the reading memory (background/memory/): the tracked claims the reader was shown in
 *               articles or chose to follow, on this device only. It lives here, in the extension's
 *               own database, because no content script (and so no web page) can read it.
 *
 * The bundled default is not in here: it is part of the extension and loads even when this
 * database is broken or empty.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type {
  ChangeDetail,
  ConvertedFeed,
  DatasetSummary,
  RememberedClaim,
  SourceProblem,
} from '../../shared/messages';
import type { ClaimStatus } from '../../engine/index';

export const DB_NAME = 'afterword-datasets';
/**
 * Bump with an upgrade step in `upgrade` when a store or index changes. Each step runs only for a
 * database older than it, so an upgrade keeps the reader's sources, versions and settings.
 * 1: sources, versions, payloads, pointers, settings. 2: reading (the reading memory).
 */
export const DB_VERSION = 2;

export interface SourceRecord {
  id: string;
  kind: 'url' | 'file';
  url?: string;
  fileName?: string;
  /** The publisher's key the reader gave: with it, only files signed by that key are accepted. */
  publicKey?: { keyId: string; base64: string };
  enabled: boolean;
  addedAt: number;
  /** Pinned by the first file accepted: every later file must be the same dataset. */
  datasetId?: string;
  /** The last 200 response's ETag and Last-Modified, sent back to get a 304 when nothing changed. */
  validators: { etag?: string; lastModified?: string };
  lastCheck?: number;
  lastSuccess?: number;
  nextCheck?: number;
  /** Failed checks in a row, for the backoff. */
  failures: number;
  problem?: SourceProblem;
  /** Set while a check runs; still set when the worker starts, the worker was stopped mid-check. */
  runningSince?: number;
  /** A version the reader rolled back or discarded; it is never installed again (a newer one is). */
  heldBack?: number;
  /**
   * Set when the address serves a fact-checker's feed, converted on this device (its versions'
   * payloads are the converted datasets): what the last conversion gave, and the SHA-256 of the
   * feed's bytes it read, so the same feed served again is not converted again.
   */
  feed?: ConvertedFeed & { sha256: string };
}

export interface VersionRecord {
  sourceId: string;
  version: number;
  datasetId: string;
  summary: DatasetSummary;
  signedBy?: string;
  installedAt: number;
  sha256: string;
  size: number;
  /** What it changed against the version that was active when it was installed. */
  change?: ChangeDetail;
}

export interface PayloadRecord {
  sourceId: string;
  version: number;
  /** The file's bytes as received. */
  data: Uint8Array;
  signature?: Uint8Array;
  /** serializeIndex() of the dataset alone; rebuilt from `data` when indexVersion is not the engine's. */
  index: Uint8Array;
  indexVersion: number;
}

export interface PointerRecord {
  sourceId: string;
  active: number;
  previous?: number;
  /**
   * A complete version written but not switched to: it would change too much at once
   * (updates/policy.ts, the mass-change hold) and waits for the reader to install or discard it.
   */
  held?: number;
}

export interface SettingsRecord {
  key: 'updates';
  intervalMinutes: number;
}

/** The reading memory's settings (the options page's "Claims you read"). */
export interface MemorySettingsRecord {
  key: 'memory';
  /** How long a claim read is kept, in days. */
  retentionDays: number;
  /** Whether the article's address is kept with it (off unless the reader turns it on). */
  keepUrl: boolean;
  /** Whether a system notification says that claims read changed (needs the optional permission too). */
  notify: boolean;
}

/** A status as the comparison last found it; `unavailable` when no dataset in use holds the claim. */
export type RememberedStatus = ClaimStatus | 'unavailable';

/** One claim of the reading memory: what the reader was shown, and how it stood at the last comparison. */
export interface ReadingRecord extends RememberedClaim {
  /** The status found by the last comparison with the data in use. */
  last: RememberedStatus;
  /** The last status found while the claim was in a dataset in use (kept while it is `unavailable`). */
  lastAvailable?: ClaimStatus;
  /** When `last` became a status other than the one shown. */
  changedAt?: number;
  /** The status the reader has seen as news (the popup or "Your claims" showed it). */
  seen?: RememberedStatus;
}

export interface DatasetsDb extends DBSchema {
  sources: { key: string; value: SourceRecord };
  versions: { key: [string, number]; value: VersionRecord; indexes: { bySource: string } };
  payloads: { key: [string, number]; value: PayloadRecord; indexes: { bySource: string } };
  pointers: { key: string; value: PointerRecord };
  settings: { key: string; value: SettingsRecord | MemorySettingsRecord };
  reading: { key: string; value: ReadingRecord; indexes: { byReadAt: number } };
}

export type Db = IDBPDatabase<DatasetsDb>;

let opening: Promise<Db> | undefined;

/** The database, opened once per worker; a failed open is retried on the next call. */
export function openDatasetsDb(): Promise<Db> {
  opening ??= openDB<DatasetsDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'id' });
        const versions = db.createObjectStore('versions', { keyPath: ['sourceId', 'version'] });
        versions.createIndex('bySource', 'sourceId');
        const payloads = db.createObjectStore('payloads', { keyPath: ['sourceId', 'version'] });
        payloads.createIndex('bySource', 'sourceId');
        db.createObjectStore('pointers', { keyPath: 'sourceId' });
        db.createObjectStore('settings', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        const reading = db.createObjectStore('reading', { keyPath: 'key' });
        reading.createIndex('byReadAt', 'readAt');
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade the schema: let it.
      void opening?.then((db) => db.close());
      opening = undefined;
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

/** Forgets the open connection (tests, and after deleting the database). */
export async function closeDatasetsDb(): Promise<void> {
  const db = opening;
  opening = undefined;
  if (db) (await db.catch(() => undefined))?.close();
}
