/**
 * The look-up over every claim of every dataset in use, one look-up index per claim index (built
 * on first use, src/engine/lookup.ts with the engine's ranker underneath), answered with what the
 * popup shows: the claim, its dataset and its verdict without an article (dated, not relative).
 */
import {
  buildLookup,
  type Claim,
  type ClaimIndex,
  type ClaimLookup,
  compareLookupResults,
  verdictFor,
} from '../engine/index';
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

export async function lookupClaims(
  query: string,
  limit = 10,
): Promise<{ hits: LookupHit[]; suggestion?: string }> {
  const n = Math.max(1, Math.min(LOOKUP_LIMIT, Math.floor(Number(limit)) || 10));
  const found: { hit: LookupHit; coverage: number }[] = [];
  // The respelling that gains the most claims in any one dataset (datasets do not share a vocabulary).
  let suggestion: { query: string; gained: number } | undefined;
  for (const dataset of await activeDatasets()) {
    const answer = lookupFor(dataset.index).lookUp(query, n);
    if (answer.suggestion && answer.suggestion.gained > (suggestion?.gained ?? 0))
      suggestion = answer.suggestion;
    for (const { claimId, score, coverage } of answer.results) {
      const claim = claimIn(dataset, claimId);
      if (!claim) continue;
      const { id: datasetId, asOf } = dataset.meta;
      const verdict = verdictFor(claim, undefined, asOf);
      found.push({ hit: { claim, datasetId, datasetAsOf: asOf, score, verdict }, coverage });
    }
  }
  // Scores of one ranker over different collections are close enough to interleave for a short list;
  // the share of the query a claim carries comes first, as within one dataset.
  const hits = found
    .sort((a, b) =>
      compareLookupResults(
        { claimId: a.hit.claim.id, score: a.hit.score, coverage: a.coverage },
        { claimId: b.hit.claim.id, score: b.hit.score, coverage: b.coverage },
      ),
    )
    .slice(0, n)
    .map((f) => f.hit);
  return suggestion ? { hits, suggestion: suggestion.query } : { hits };
}
