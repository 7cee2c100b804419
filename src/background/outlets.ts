/**
 * The outlets' side of the popup and the options page: "About this site" (the outlet of the page in
 * front of the reader), the Outlets view (every outlet, searchable) and where each claim came from.
 * Answered from the datasets in use by the engine's pure functions (src/engine/outlets); this file
 * only builds their inputs once per set of datasets and shapes their answers for the message.
 */
import {
  buildOutletDirectory,
  claimOrigin,
  type Claim,
  type ClaimStatus,
  type Dataset,
  findOutlets,
  followUpDate,
  outletForUrl,
  type OutletDirectory,
  type OutletRecord,
  outletRecords,
} from '../engine/index';
import { OUTLET_CLAIMS_SHOWN, type ClaimOrigin, type ClaimRef, type OutletView } from '../shared/messages';
import type { Handler } from './handler';
import { datasetOf, findClaim, matchingDatasets, type ActiveDataset } from './datasets';

interface OutletWorld {
  dir: OutletDirectory;
  records: Map<string, OutletRecord>;
  /** datasetId → claimId → claim, for the claims an outlet's view lists (its first OUTLET_CLAIMS_SHOWN). */
  claims: Map<string, Map<string, Claim>>;
}

/** One world per set of datasets in use: the set is a new array whenever it changes (datasets.ts). */
const worlds = new WeakMap<readonly ActiveDataset[], Promise<OutletWorld>>();

/**
 * The directory and the records from the whole datasets, keeping of their claims only those the
 * views list: the datasets themselves (every claim as objects, some 200 MB for 100,000 claims) are
 * left to the garbage collector once this returns.
 */
function build(datasets: Dataset[]): OutletWorld {
  const dir = buildOutletDirectory(datasets);
  const records = outletRecords(dir, datasets);
  const listed = new Map<string, Set<string>>();
  for (const record of records.values())
    for (const c of record.claims.slice(0, OUTLET_CLAIMS_SHOWN)) {
      let ids = listed.get(c.datasetId);
      if (!ids) listed.set(c.datasetId, (ids = new Set()));
      ids.add(c.claimId);
    }
  const claims = new Map(
    datasets.map((d) => [
      d.id,
      new Map(d.claims.filter((c) => listed.get(d.id)?.has(c.id)).map((c) => [c.id, c])),
    ]),
  );
  return { dir, records, claims };
}

async function world(): Promise<OutletWorld> {
  const active = await matchingDatasets();
  let found = worlds.get(active);
  if (!found) {
    found = Promise.all(active.map(datasetOf)).then(build);
    void found.catch(() => worlds.delete(active));
    worlds.set(active, found);
  }
  return found;
}

function viewOf({ dir, claims }: OutletWorld, record: OutletRecord): OutletView {
  const { outlet } = record;
  const counts: Record<ClaimStatus, number> = {
    denied: record.denied,
    confirmed: record.confirmed,
    'rated-false': record.ratedFalse,
    'rated-true': record.ratedTrue,
    'rated-mixed': record.ratedMixed,
    retracted: record.withdrawn,
    unconfirmed: record.unconfirmed,
  };
  return {
    key: outlet.key,
    name: outlet.name,
    kind: outlet.kind,
    domains: outlet.domains,
    handles: outlet.handles,
    reported: record.reported,
    counts,
    claims: record.claims.slice(0, OUTLET_CLAIMS_SHOWN).flatMap((c) => {
      const claim = claims.get(c.datasetId)?.get(c.claimId);
      if (!claim) return [];
      const followUpOn = c.followUp
        ? followUpDate(dir, c.datasetId, claim, outlet, c.followUp, c.reportedOn)
        : null;
      return [{ ...c, claim, followUpOn }];
    }),
  };
}

/** The outlet's record, by its key in the directory. */
const recordView = (w: OutletWorld, key: string): OutletView | null => {
  const record = w.records.get(key);
  return record ? viewOf(w, record) : null;
};

/** The outlets of a search, or all of them by name when there is none. */
function searched(w: OutletWorld, query: string) {
  if (query.trim() === '') return [...w.dir.outlets].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const found = findOutlets(w.dir, query);
  if (found.length > 0) return found;
  // Part of a host or a handle ("weekly" in euroweeklynews.com, "yellow" in @yellow_folder).
  const part = query.trim().toLowerCase().replace(/^@/, '');
  return w.dir.outlets.filter((o) =>
    [...o.domains, ...o.handles].some((x) => x.toLowerCase().includes(part)),
  );
}

/** Where each claim came from; the claims are read from the datasets in use (their chunks only). */
async function origins(w: OutletWorld, refs: readonly ClaimRef[]): Promise<ClaimOrigin[]> {
  const found = await Promise.all(refs.map(({ datasetId, claimId }) => findClaim(datasetId, claimId)));
  return refs.flatMap(({ datasetId, claimId }, i) => {
    const claim = found[i];
    return claim ? [{ datasetId, claimId, steps: claimOrigin(w.dir, datasetId, claim) }] : [];
  });
}

type OutletRequest = 'outlets:site' | 'outlets:list' | 'outlets:origins';

export const outletHandlers: { [T in OutletRequest]: Handler<T> } = {
  // The page's address alone decides: its metadata (og:site_name, canonical) never claims an outlet.
  'outlets:site': async (request) => {
    const w = await world();
    const outlet = outletForUrl(w.dir, request.url);
    return { outlet: outlet ? recordView(w, outlet.key) : null };
  },
  'outlets:list': async (request) => {
    const w = await world();
    const outlets = searched(w, request.query).flatMap((o) => recordView(w, o.key) ?? []);
    return { outlets, total: w.dir.outlets.length };
  },
  'outlets:origins': async (request) => ({ origins: await origins(await world(), request.claims) }),
};
