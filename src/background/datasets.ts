/**
 * The datasets the matcher uses: the bundled default plus the active version of every enabled
 * source, each with its own compiled index (stored with the version, so a worker start loads
 * instead of rebuilding). The set is loaded once per worker and again after anything changes it
 * (an update's switch, a rollback, enabling, removing).
 *
 * A worker start reads each index without its claims' records (store/db.ts): matching needs a
 * claim only where it finds one, and reads that claim's chunk then (matchingDatasets,
 * ClaimsNotRead). Whatever looks claims up by id without matching first (the reading memory, the
 * look-up) uses activeDatasets(), which has read them all.
 *
 * The bundled default is imported into the build and validated like any other dataset; it is in
 * use whatever happens to IndexedDB, and steps aside only for an enabled source that carries the
 * same dataset at the same or a newer version (its publisher's updates to it). Its index is
 * compiled when the extension is built (vite.config.ts, defaultIndexPlugin) and loaded from the
 * bundle: reading it takes a worker about a millisecond, building it a cold worker 130–200 ms.
 */
import defaultIndex from 'virtual:afterword/default-index';
import bundled from '../../public/datasets/default.json';
import { parseDataset } from '../dataset/parse';
import { validateDataset } from '../dataset/schema';
import {
  buildIndex,
  type Claim,
  type ClaimIndex,
  claimRecord,
  datasetMeta,
  type Dataset,
  type DatasetMeta,
  ENGINE_INDEX_VERSION,
  loadIndex,
  serializeIndex,
} from '../engine/index';
import { BUNDLED_SOURCE_ID } from '../shared/messages';
import { buildIdTable, findId, fitsIndex, type IdTable } from './id-table';
import { CLAIM_CHUNK, type ClaimChunkRecord, type IndexRecord } from './store/db';
import { listSources } from './store/sources';
import {
  getAllClaimChunks,
  getClaimChunks,
  getIndex,
  getPayload,
  listPointers,
  refreshIndex,
} from './store/versions';

export interface ActiveDataset {
  /** BUNDLED_SOURCE_ID, or the source the dataset came from. */
  sourceId: string;
  meta: DatasetMeta;
  index: ClaimIndex;
  /** The installed version it was loaded from (absent for the bundled default), to read its file again. */
  storedVersion?: number;
  /**
   * Reads the stored claims at these positions of the index (all of them without), so that
   * index.claims.get() can decode them; resolved at once for claims already read.
   */
  readClaims(positions?: readonly number[]): Promise<void>;
}

/**
 * index.claims.get() asked for a claim whose chunk was not read yet: read() reads it, and the
 * caller asks again (matchArticle is synchronous and stops at the first claim it cannot decode).
 */
export class ClaimsNotRead extends Error {
  override name = 'ClaimsNotRead';
  constructor(
    readonly dataset: ActiveDataset,
    readonly position: number,
  ) {
    super(`claim ${position} of source ${dataset.sourceId} is not read yet`);
  }
  read(): Promise<void> {
    return this.dataset.readClaims([this.position]);
  }
}

const allRead = () => Promise.resolve();

let bundledDataset: ActiveDataset | undefined;
let bundledValid: Dataset | undefined;

const validBundled = () => (bundledValid ??= validateDataset(bundled));

/** The bundled default, its index read from the bundle (not from IndexedDB: it is in use whatever happens there). */
function loadBundled(): ActiveDataset {
  const index = loadIndex(defaultIndex);
  return { sourceId: BUNDLED_SOURCE_ID, meta: index.datasets[0]!, index, readClaims: allRead };
}

const bundledActive = () => (bundledDataset ??= loadBundled());

/**
 * The whole dataset in use, outlets included (the claim index keeps claims only). An installed
 * version's file is parsed again each time (the outlets' views build their directory from it once
 * per set of datasets, outlets.ts): kept, the parsed file of 100,000 claims would hold some 200 MB.
 */
export async function datasetOf(active: ActiveDataset): Promise<Dataset> {
  const { sourceId, storedVersion } = active;
  if (sourceId === BUNDLED_SOURCE_ID) return validBundled();
  const payload = storedVersion === undefined ? undefined : await getPayload(sourceId, storedVersion);
  if (!payload) throw new Error(`The dataset of source ${sourceId} is no longer installed`);
  return parseDataset(payload.data);
}

/** A claim of a dataset in use, by ids, reading only its chunk. */
export async function findClaim(datasetId: string, claimId: string): Promise<Claim | undefined> {
  const dataset = (await matchingDatasets()).find((d) => d.meta.id === datasetId);
  const at = dataset && positionOf(dataset.index, claimId);
  if (!dataset || at === undefined) return undefined;
  await dataset.readClaims([at]);
  return dataset.index.claims.get(at).claim;
}

/** The bundled default's meta, without building its index. */
export function bundledMeta(): DatasetMeta {
  return datasetMeta(validBundled());
}

let snapshot: ActiveDataset[] | undefined;
let loading: Promise<ActiveDataset[]> | undefined;
let generation = 0;
let problem: string | undefined;

/** Why the installed datasets could not be read (only the bundled default is in use), if so. */
export function storageProblem(): string | undefined {
  return problem;
}

/**
 * A stored index with its claims read on demand, chunk by chunk: a chunk is read once and kept
 * (it is a few hundred kilobytes; the index itself stays as stored).
 */
function fromStored(sourceId: string, version: number, stored: IndexRecord): ActiveDataset | undefined {
  const chunks = new Map<number, ClaimChunkRecord>();
  const reading = new Map<number, Promise<void>>();
  let all: Promise<void> | undefined;
  const index = loadIndex(stored.index, (i) => {
    const chunk = chunks.get(Math.floor(i / CLAIM_CHUNK));
    if (!chunk) throw new ClaimsNotRead(dataset!, i);
    return claimRecord(chunk, i % CLAIM_CHUNK);
  });
  const keep = (found: readonly (ClaimChunkRecord | undefined)[]) => {
    for (const c of found) if (c) chunks.set(c.chunk, c);
  };
  const readClaims = (positions?: readonly number[]): Promise<void> => {
    if (!positions) {
      // A failed read is not kept: the next request tries again.
      all ??= getAllClaimChunks(sourceId, version).then(keep, (error: unknown) => {
        all = undefined;
        throw error;
      });
      return all;
    }
    const wanted = [...new Set(positions.map((i) => Math.floor(i / CLAIM_CHUNK)))].filter(
      (c) => !chunks.has(c),
    );
    if (wanted.length === 0) return Promise.resolve();
    const fresh = wanted.filter((c) => !reading.has(c));
    if (fresh.length > 0) {
      const read = getClaimChunks(sourceId, version, fresh).then(keep);
      for (const c of fresh) reading.set(c, read);
      void read.finally(() => fresh.forEach((c) => reading.delete(c))).catch(() => undefined);
    }
    return Promise.all(wanted.map((c) => reading.get(c) ?? Promise.resolve())).then(() => {
      if (wanted.some((c) => !chunks.has(c)))
        throw new Error(`The claims of source ${sourceId} are no longer installed`);
    });
  };
  // Stored with the index since it was installed (id-table.ts); older records build it on first use.
  if (fitsIndex(stored.ids, index)) idTables.set(index, stored.ids);
  const meta = index.datasets[0];
  const dataset = meta ? { sourceId, meta, index, storedVersion: version, readClaims } : undefined;
  return dataset;
}

/**
 * The version's index from its stored record (read by the caller): the stored one when this engine
 * can read it, else rebuilt from the file and stored again.
 */
async function loadVersion(
  sourceId: string,
  version: number,
  stored: IndexRecord | undefined,
): Promise<ActiveDataset | undefined> {
  if (stored?.indexVersion === ENGINE_INDEX_VERSION) {
    try {
      return fromStored(sourceId, version, stored);
    } catch {
      // Unreadable: rebuilt below.
    }
  }
  const payload = await getPayload(sourceId, version);
  if (!payload) return undefined;
  // An extension update changed the engine's index: rebuild from the bytes, which were
  // validated when they were installed (and are validated again here).
  const index = buildIndex([parseDataset(payload.data)]);
  void refreshIndex(sourceId, version, serializeIndex(index), ENGINE_INDEX_VERSION).catch(() => undefined);
  const meta = index.datasets[0];
  return meta ? { sourceId, meta, index, storedVersion: version, readClaims: allRead } : undefined;
}

/** The installed datasets in use. */
async function loadInstalled(): Promise<ActiveDataset[]> {
  const installed: ActiveDataset[] = [];
  try {
    const [sources, pointers] = await Promise.all([listSources(), listPointers()]);
    const active = new Map(pointers.map((p) => [p.sourceId, p.active]));
    const wanted = sources.flatMap((s) => {
      const version = active.get(s.id);
      return s.enabled && version !== undefined ? [{ sourceId: s.id, version }] : [];
    });
    // Asked all at once, in one round of requests.
    const records = wanted.map(({ sourceId, version }) => getIndex(sourceId, version));
    for (const [i, { sourceId, version }] of wanted.entries()) {
      try {
        const loaded = await loadVersion(sourceId, version, await records[i]);
        if (loaded) installed.push(loaded);
      } catch (error) {
        // One unreadable version must not take the others (or the default) with it.
        console.warn(`Afterword: the dataset of source ${sourceId} could not be loaded`, error);
      }
    }
    problem = undefined;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
    console.warn('Afterword: installed datasets unavailable, using the bundled default', error);
  }
  return installed;
}

/**
 * The installed datasets, and the bundled default unless one of them is its publisher's update.
 * (Matching the bundled default while the installed indexes are read gains nothing in Chromium:
 * reading a large value from IndexedDB needs the worker's thread, so it waits for the match.)
 */
async function load(): Promise<ActiveDataset[]> {
  const installed = await loadInstalled();
  const base = bundledActive();
  const supersedes = installed.some((d) => d.meta.id === base.meta.id && d.meta.version >= base.meta.version);
  return supersedes ? installed : [base, ...installed];
}

/** The generation `snapshot` was loaded at: it is current while no change came after it. */
let snapshotGeneration = -1;

/**
 * Every dataset in use with its index, loaded on first call and after invalidateDatasets(); their
 * claims are read as they are asked for (ClaimsNotRead).
 */
export function matchingDatasets(): Promise<ActiveDataset[]> {
  if (snapshot && snapshotGeneration === generation) return Promise.resolve(snapshot);
  if (!loading) {
    const started = generation;
    const current: Promise<ActiveDataset[]> = load().then((set) => {
      if (loading === current) loading = undefined;
      // A change during the load: that set may predate it, so load again.
      if (started !== generation) return matchingDatasets();
      snapshot = set;
      snapshotGeneration = started;
      return set;
    });
    // A load that failed is not kept: the next request tries again.
    void current.catch(() => {
      if (loading === current) loading = undefined;
    });
    loading = current;
  }
  return loading;
}

/**
 * Starts reading the datasets in use, if they are not read or being read: a page starting to load
 * in a tab (index.ts) is the likeliest sign that its content script will ask for a match. A worker
 * stopped since the last page reads 24 MB of index for a 100,000-claim dataset and loads it (about
 * 200 ms) before it can match; begun while the page loads instead of when its scan arrives, most of
 * that is done by then. A page that asks for nothing costs the worker that read once per start.
 */
export function readDatasetsAhead(): void {
  void matchingDatasets().catch(() => undefined);
}

/** Every dataset in use, with all of its claims read: for claimIn() and whatever reads claims without matching. */
export async function activeDatasets(): Promise<ActiveDataset[]> {
  const datasets = await matchingDatasets();
  await Promise.all(datasets.map((d) => d.readClaims()));
  return datasets;
}

const changeListeners: (() => void)[] = [];

/**
 * Calls `listener` after every change of the set (an update, an import, a rollback, a source
 * switched on or off or removed); activeDatasets() then gives the new set. The reading memory
 * compares the claims read with it (memory/follow-up.ts).
 */
export function onDatasetsChanged(listener: () => void): void {
  changeListeners.push(listener);
}

/** Something changed the set (a switch, a rollback, enabling, removing): load it again on next use. */
export function invalidateDatasets(): void {
  generation++;
  loading = undefined;
  // Reload now, so matching moves to the new set without waiting for the next article.
  if (snapshot) void matchingDatasets().catch(() => undefined);
  for (const listener of changeListeners) listener();
}

const idTables = new WeakMap<ClaimIndex, IdTable>();

/** Where the claim with this id is in the index (the first, if a dataset repeated an id). */
export function positionOf(index: ClaimIndex, id: string): number | undefined {
  let table = idTables.get(index);
  if (!table) idTables.set(index, (table = buildIdTable(index)));
  return findId(table, index, id);
}

/**
 * The claim with this id in one dataset in use. Throws ClaimsNotRead for a claim not read yet,
 * which cannot happen to a dataset from activeDatasets().
 */
export function claimIn(dataset: ActiveDataset, id: string): Claim | undefined {
  const at = positionOf(dataset.index, id);
  return at === undefined ? undefined : dataset.index.claims.get(at).claim;
}
