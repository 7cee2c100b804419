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
import type { AlternativeClaim, LookupHit } from '../shared/messages';
import { statusSeverity } from '../ui/stance';
import { activeDatasets, claimIn } from './datasets';
import { wordingKey } from './match-all';

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

export interface Found {
  hit: LookupHit;
  coverage: number;
  /** The title of the hit's dataset, to name it when datasets disagree. */
  title: string;
}

/**
 * One result per claim: the same claim id, or the same wording, found in several datasets is listed
 * once, ranked by its best finding, headed by the most serious status among them (as the marks and
 * the badge are), the other datasets' versions as its alternatives when they give another status.
 */
export function onePerClaim(found: readonly Found[]): Found[] {
  const groups: Found[][] = [];
  const groupOf = new Map<string, Found[]>();
  for (const f of found) {
    const keys = [`id:${f.hit.claim.id}`, `text:${wordingKey(f.hit.claim.text)}`];
    let group = keys.map((k) => groupOf.get(k)).find((g) => g !== undefined);
    if (!group) groups.push((group = []));
    group.push(f);
    for (const k of keys) if (!groupOf.has(k)) groupOf.set(k, group);
  }
  return groups.map((group) => {
    const ranked = group.reduce((a, b) =>
      b.coverage > a.coverage || (b.coverage === a.coverage && b.hit.score > a.hit.score) ? b : a,
    );
    const lead = group.reduce((a, b) =>
      statusSeverity(b.hit.verdict.status) > statusSeverity(a.hit.verdict.status) ? b : a,
    );
    const others: AlternativeClaim[] = group
      .filter((f) => f !== lead && f.hit.datasetId !== lead.hit.datasetId)
      .sort((a, b) => statusSeverity(b.hit.verdict.status) - statusSeverity(a.hit.verdict.status))
      .map((f) => ({
        claim: f.hit.claim,
        datasetId: f.hit.datasetId,
        datasetTitle: f.title,
        ...(f.hit.datasetAsOf !== undefined ? { datasetAsOf: f.hit.datasetAsOf } : {}),
        verdict: f.hit.verdict,
      }));
    const disagree = others.some((o) => o.verdict.status !== lead.hit.verdict.status);
    const hit: LookupHit = { ...lead.hit, score: ranked.hit.score };
    if (disagree) hit.alternatives = others;
    return { hit, coverage: ranked.coverage, title: lead.title };
  });
}

export async function lookupClaims(
  query: string,
  limit = 10,
): Promise<{ hits: LookupHit[]; suggestion?: string }> {
  const n = Math.max(1, Math.min(LOOKUP_LIMIT, Math.floor(Number(limit)) || 10));
  const found: Found[] = [];
  // The respelling that gains the most claims in any one dataset (datasets do not share a vocabulary).
  let suggestion: { query: string; gained: number } | undefined;
  for (const dataset of await activeDatasets()) {
    const answer = lookupFor(dataset.index).lookUp(query, n);
    if (answer.suggestion && answer.suggestion.gained > (suggestion?.gained ?? 0))
      suggestion = answer.suggestion;
    for (const { claimId, score, coverage } of answer.results) {
      const claim = claimIn(dataset, claimId);
      if (!claim) continue;
      const { id: datasetId, asOf, title } = dataset.meta;
      const verdict = verdictFor(claim, undefined);
      found.push({ hit: { claim, datasetId, datasetAsOf: asOf, score, verdict }, coverage, title });
    }
  }
  // Scores of one ranker over different collections are close enough to interleave for a short list;
  // the share of the query a claim carries comes first, as within one dataset.
  const hits = onePerClaim(found)
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
