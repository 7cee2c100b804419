/**
 * The IndexedDB database that holds subscribed datasets (through idb, a thin promise wrapper):
 *
 * - `sources`:  one record per subscription (its URL or file name, key, schedule, last problem);
 * - `versions`: what the options page lists about each installed version (small records);
 * - `payloads`: each version's bytes, exactly as downloaded (so a signature still verifies on
 *               export): large, read only to export, to compare an update with, or to rebuild;
 * - `indexes`:  each version's compiled index without its claims' records: what a worker start
 *               reads to match (a quarter of the bytes of the file and the records together);
 * - `claims`:   those records, in chunks of CLAIM_CHUNK claims, read when matching finds one of
 *               their claims or something needs them all (the look-up, the reading memory);
 * - `pointers`: per source, the version in use and the one kept for rollback. A new version is
 *               written completely first; then one readwrite transaction flips the pointer, so at
 *               any moment the active version is a complete one (store/versions.ts);
 * - `settings`: the reader's update settings;
 * - `reading`:  the reading memory (background/memory/): the tracked claims the reader was shown in
 *               articles or chose to follow, on this device only. It lives here, in the extension's
 *               own database, because no content script (and so no web page) can read it.
 *
 * The bundled default is not in here: it is part of the extension and loads even when this
 * database is broken or empty. Only its compiled index is kept in `indexes`, so that a worker start
 * need not build it again (datasets.ts).
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type OpenDBCallbacks,
  type StoreNames,
} from 'idb';
import { Connection } from '../../shared/idb-connection';
import { loadIndex, splitClaims } from '../../engine/index';
import { buildIdTable, type IdTable } from '../id-table';
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
 * 3: indexes and claims, taken out of payloads (upgradeToIndexes).
 */
export const DB_VERSION = 3;

/**
 * Claims per record of `claims`. A worker reading one claim reads its chunk: 500 claims of the
 * 100,000-claim benchmark dataset are about 210 kB, read in a few milliseconds, against 43 MB for
 * all of them; and 200 records per 100,000 claims keep reading them all to one getAll.
 */
export const CLAIM_CHUNK = 500;

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
}

/** A version's compiled index, written with its payload; rebuilt from the payload when indexVersion is not the engine's. */
export interface IndexRecord {
  sourceId: string;
  version: number;
  /** serializeIndex() of the dataset alone, its claims' records split off (splitClaims) into `claims`. */
  index: Uint8Array;
  indexVersion: number;
  /** How many records of `claims` hold its claims. */
  chunks: number;
  /** Its claim ids' table (id-table.ts), built when stored; absent in records stored before it was. */
  ids?: IdTable;
}

/** Claims [chunk × CLAIM_CHUNK, …) of a version's index: their JSON, and where each ends in it. */
export interface ClaimChunkRecord {
  sourceId: string;
  version: number;
  chunk: number;
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** A payload as written by version 2 and before: the compiled index (claims included) beside the bytes. */
interface PayloadRecordV2 extends PayloadRecord {
  index?: Uint8Array;
  indexVersion?: number;
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
  indexes: { key: [string, number]; value: IndexRecord; indexes: { bySource: string } };
  claims: { key: [string, number, number]; value: ClaimChunkRecord; indexes: { bySource: string } };
  pointers: { key: string; value: PointerRecord };
  settings: { key: string; value: SettingsRecord | MemorySettingsRecord };
  reading: { key: string; value: ReadingRecord; indexes: { byReadAt: number } };
}

export type Db = IDBPDatabase<DatasetsDb>;

/** An index serialised whole (claims included) as the records `indexes` and `claims` hold it. */
export function indexRecords(
  sourceId: string,
  version: number,
  serialized: Uint8Array,
  indexVersion: number,
): { index: IndexRecord; chunks: ClaimChunkRecord[] } {
  let split: ReturnType<typeof splitClaims>;
  try {
    split = splitClaims(serialized);
  } catch {
    // Another engine's index: kept whole; loading it fails and the version is rebuilt from its file.
    return { index: { sourceId, version, index: serialized, indexVersion, chunks: 0 }, chunks: [] };
  }
  const { index, records } = split;
  let ids: IdTable | undefined;
  try {
    ids = buildIdTable(loadIndex(serialized));
  } catch {
    // Unreadable here means unreadable at load too: the version is rebuilt then, its table with it.
  }
  const chunks: ClaimChunkRecord[] = [];
  for (let first = 0, chunk = 0; first < records.ends.length; first += CLAIM_CHUNK, chunk++) {
    const last = Math.min(first + CLAIM_CHUNK, records.ends.length);
    const from = first === 0 ? 0 : records.ends[first - 1]!;
    const ends = records.ends.slice(first, last).map((end) => end - from);
    chunks.push({
      sourceId,
      version,
      chunk,
      bytes: records.bytes.slice(from, records.ends[last - 1]!),
      ends,
    });
  }
  return {
    index: { sourceId, version, index, indexVersion, chunks: chunks.length, ...(ids ? { ids } : {}) },
    chunks,
  };
}

/**
 * Version 3: each payload's compiled index moves to `indexes` and `claims`, so a worker start reads
 * neither the file's bytes nor every claim. An index of another engine version moves whole, and is
 * rebuilt from the file's bytes on first use, as after any engine update.
 */
async function upgradeToIndexes(
  transaction: IDBPTransaction<DatasetsDb, StoreNames<DatasetsDb>[], 'versionchange'>,
): Promise<void> {
  const payloads = transaction.objectStore('payloads');
  let cursor = await payloads.openCursor();
  while (cursor) {
    const { index: serialized, indexVersion, ...payload } = cursor.value as PayloadRecordV2;
    if (serialized && indexVersion !== undefined) {
      const { index, chunks } = indexRecords(payload.sourceId, payload.version, serialized, indexVersion);
      await transaction.objectStore('indexes').put(index);
      for (const chunk of chunks) await transaction.objectStore('claims').put(chunk);
    }
    await cursor.update(payload);
    cursor = await cursor.continue();
  }
}

/** The schema, one step per version: each runs only for a database older than it. */
const upgrade: NonNullable<OpenDBCallbacks<DatasetsDb>['upgrade']> = (
  db,
  oldVersion,
  _newVersion,
  transaction,
) => {
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
  if (oldVersion < 3) {
    db.createObjectStore('indexes', { keyPath: ['sourceId', 'version'] }).createIndex('bySource', 'sourceId');
    db.createObjectStore('claims', { keyPath: ['sourceId', 'version', 'chunk'] }).createIndex(
      'bySource',
      'sourceId',
    );
    // The version change transaction stays open while the move's requests are pending; a
    // failed move aborts it, leaving the version 2 database as it was for the next start. The
    // open's promise reports the failure; the transaction's own would be an unhandled one.
    transaction.done.catch(() => undefined);
    void upgradeToIndexes(transaction).catch(() => {
      try {
        transaction.abort();
      } catch {
        // Aborted already by the request that failed.
      }
    });
  }
};

const connection = new Connection<DatasetsDb>(DB_NAME, DB_VERSION, upgrade);

/** The database, opened once per worker; a failed open is retried on the next call. */
export function openDatasetsDb(): Promise<Db> {
  return connection.open();
}

/** Forgets the open connection (tests, and after deleting the database). */
export function closeDatasetsDb(): Promise<void> {
  return connection.close();
}
