/**
 * The datasets the matcher uses: the bundled default plus the active version of every enabled
 * source, each with its own compiled index (stored with the version, so a worker start loads
 * instead of rebuilding). The set is loaded once per worker and again after anything changes it
 * (an update's switch, a rollback, enabling, removing).
 *
 * The bundled default is imported into the build and validated like any other dataset; it is in
 * use whatever happens to IndexedDB, and steps aside only for an enabled source that carries the
 * same dataset at the same or a newer version (its publisher's updates to it).
 */
import bundled from '../../public/datasets/default.json';
import { parseDataset } from '../dataset/parse';
import { validateDataset } from '../dataset/schema';
import {
  buildIndex,
  type Claim,
  type ClaimIndex,
  type Dataset,
  type DatasetMeta,
  ENGINE_INDEX_VERSION,
  loadIndex,
  serializeIndex,
} from '../engine/index';
import { BUNDLED_SOURCE_ID } from '../shared/messages';
import { listSources } from './store/sources';
import { getPayload, listPointers, refreshIndex } from './store/versions';

export interface ActiveDataset {
  /** BUNDLED_SOURCE_ID, or the source the dataset came from. */
  sourceId: string;
  meta: DatasetMeta;
  index: ClaimIndex;
  /** The installed version it was loaded from (absent for the bundled default), to read its file again. */
  storedVersion?: number;
}

let bundledDataset: ActiveDataset | undefined;
/** The dataset records behind each index, read only when something needs more than the index holds (outlets). */
const records = new WeakMap<ClaimIndex, Promise<Dataset>>();

function bundledActive(): ActiveDataset {
  if (!bundledDataset) {
    const dataset = validateDataset(bundled);
    const index = buildIndex([dataset]);
    bundledDataset = { sourceId: BUNDLED_SOURCE_ID, meta: index.datasets[0]!, index };
    records.set(index, Promise.resolve(dataset));
  }
  return bundledDataset;
}

/**
 * The whole dataset in use, outlets included (the claim index keeps claims only). An installed
 * version's file is parsed again on first use, once per worker: only the outlets' views ask for it,
 * so matching a page never pays for it.
 */
export function datasetOf(active: ActiveDataset): Promise<Dataset> {
  let record = records.get(active.index);
  if (!record) {
    const { sourceId, storedVersion } = active;
    record = (async () => {
      const payload = storedVersion === undefined ? undefined : await getPayload(sourceId, storedVersion);
      if (!payload) throw new Error(`The dataset of source ${sourceId} is no longer installed`);
      return parseDataset(payload.data);
    })();
    // A failed read is not kept: the next request tries again.
    void record.catch(() => records.delete(active.index));
    records.set(active.index, record);
  }
  return record;
}

/** The bundled default's meta, without building anything else. */
export function bundledMeta(): DatasetMeta {
  return bundledActive().meta;
}

let snapshot: ActiveDataset[] | undefined;
let loading: Promise<ActiveDataset[]> | undefined;
let generation = 0;
let problem: string | undefined;

/** Why the installed datasets could not be read (only the bundled default is in use), if so. */
export function storageProblem(): string | undefined {
  return problem;
}

/** The version's index: the stored one when this engine can read it, else rebuilt from the file and stored again. */
async function loadVersion(sourceId: string, version: number): Promise<ActiveDataset | undefined> {
  const payload = await getPayload(sourceId, version);
  if (!payload) return undefined;
  let index: ClaimIndex | undefined;
  if (payload.indexVersion === ENGINE_INDEX_VERSION) {
    try {
      index = loadIndex(payload.index);
    } catch {
      index = undefined;
    }
  }
  if (!index) {
    // An extension update changed the engine's index: rebuild from the bytes, which were
    // validated when they were installed (and are validated again here).
    index = buildIndex([parseDataset(payload.data)]);
    void refreshIndex(sourceId, version, serializeIndex(index), ENGINE_INDEX_VERSION).catch(() => undefined);
  }
  const meta = index.datasets[0];
  return meta ? { sourceId, meta, index, storedVersion: version } : undefined;
}

async function load(): Promise<ActiveDataset[]> {
  const base = bundledActive();
  const installed: ActiveDataset[] = [];
  try {
    const [sources, pointers] = await Promise.all([listSources(), listPointers()]);
    const active = new Map(pointers.map((p) => [p.sourceId, p.active]));
    for (const source of sources) {
      const version = active.get(source.id);
      if (!source.enabled || version === undefined) continue;
      try {
        const loaded = await loadVersion(source.id, version);
        if (loaded) installed.push(loaded);
      } catch (error) {
        // One unreadable version must not take the others (or the default) with it.
        console.warn(`Afterword: the dataset of source ${source.id} could not be loaded`, error);
      }
    }
    problem = undefined;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
    console.warn('Afterword: installed datasets unavailable, using the bundled default', error);
  }
  const supersedes = installed.some((d) => d.meta.id === base.meta.id && d.meta.version >= base.meta.version);
  return supersedes ? installed : [base, ...installed];
}

/** The generation `snapshot` was loaded at: it is current while no change came after it. */
let snapshotGeneration = -1;

/** Every dataset in use, loaded on first call and after invalidateDatasets(). */
export function activeDatasets(): Promise<ActiveDataset[]> {
  if (snapshot && snapshotGeneration === generation) return Promise.resolve(snapshot);
  if (!loading) {
    const started = generation;
    const current: Promise<ActiveDataset[]> = load().then((set) => {
      if (loading === current) loading = undefined;
      // A change during the load: that set may predate it, so load again.
      if (started !== generation) return activeDatasets();
      snapshot = set;
      snapshotGeneration = started;
      return set;
    });
    loading = current;
  }
  return loading;
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
  if (snapshot) void activeDatasets().catch(() => undefined);
  for (const listener of changeListeners) listener();
}

const idMaps = new WeakMap<ClaimIndex, Map<string, number>>();

/** Claim id → position in the index, built once per index from the ids alone (claims stay undecoded). */
function positions(index: ClaimIndex): Map<string, number> {
  let map = idMaps.get(index);
  if (!map) {
    map = new Map();
    for (let i = 0; i < index.claims.length; i++) map.set(index.claims.id(i), i);
    idMaps.set(index, map);
  }
  return map;
}

/** The claim with this id in one dataset in use. */
export function claimIn(dataset: ActiveDataset, id: string): Claim | undefined {
  const at = positions(dataset.index).get(id);
  return at === undefined ? undefined : dataset.index.claims.get(at).claim;
}
