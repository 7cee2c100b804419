/**
 * The look-up over every claim of every dataset in use, one look-up index per claim index (built
 * on first use, src/engine/lookup.ts with the engine's ranker underneath), answered with what the
 * popup shows: the claim, its dataset and its verdict without an article (dated, not relative).
 */
import { buildLookup, type Claim, type ClaimIndex, type ClaimLookup, verdictFor } from '../engine/index';
import type { LookupHit } from '../shared/messages';
import { activeDatasets, claimIn } from './datasets';

const built = new WeakMap<ClaimIndex, ClaimLookup>();

function lookupFor(index: ClaimIndex): ClaimLookup {
  let lookup = built.get(index);
  if (!lookup) {
    const claims: Claim[] = [];
    for (let i = 0; i < index.claims.length; i++) claims.push(index.claims.get(i).claim);
    lookup = buildLookup(claims);
    built.set(index, lookup);
  }
  return lookup;
}

export const LOOKUP_LIMIT = 20;

export async function lookupClaims(query: string, limit = 10): Promise<LookupHit[]> {
  const n = Math.max(1, Math.min(LOOKUP_LIMIT, Math.floor(Number(limit)) || 10));
  const hits: LookupHit[] = [];
  for (const dataset of await activeDatasets()) {
    for (const { claimId, score } of lookupFor(dataset.index).search(query, n)) {
      const claim = claimIn(dataset, claimId);
      if (!claim) continue;
      const { id: datasetId, asOf } = dataset.meta;
      hits.push({ claim, datasetId, datasetAsOf: asOf, score, verdict: verdictFor(claim, undefined, asOf) });
    }
  }
  // Scores of one ranker over different collections are close enough to interleave for a short list.
  return hits.sort((a, b) => b.score - a.score).slice(0, n);
}
