/**
 * Percolation measured on real data: each CheckThat! query (a tweet; a debate sentence) is read as
 * a short article and percolated against the whole claim collection turned into a dataset without
 * anchors — the imported-fact-checks case, where every claim runs on derived required terms.
 * A reported kind "match" is correct when the qrels pair it with the query. The qrels list one
 * claim per query, so a duplicate fact-check of the same claim counts as wrong: precision is a
 * lower bound.
 */
import { buildIndex, type BuildTuning } from '../../../src/engine/claim-index/build';
import type { ClaimIndex } from '../../../src/engine/claim-index/layout';
import { matchArticleTuned, type PercolateTuning } from '../../../src/engine/match/tuning';
import { cleanQuery } from '../../../src/engine/rank/query';
import { asDataset } from './claims-dataset';
import type { Collection, Split } from './data';

export interface PercolationFigures {
  queries: number;
  reported: number;
  correct: number;
  found: number;
  precision: number;
  recall: number;
  f05: number;
  msPerQuery: number;
}

export function percolationIndex(c: Collection, tuning: BuildTuning = {}): ClaimIndex {
  return buildIndex([asDataset(c.name, c.claims)], tuning);
}

export function percolationFigures(
  c: Collection,
  index: ClaimIndex,
  split: Split,
  tuning: PercolateTuning = {},
): PercolationFigures {
  let reported = 0;
  let correct = 0;
  let found = 0;
  let queries = 0;
  const t0 = performance.now();
  for (const q of c.queries[split]) {
    const relevant = c.qrels[split].get(q.id);
    if (!relevant) continue;
    queries++;
    const matches = matchArticleTuned(
      index,
      { text: cleanQuery(q.text).text, language: 'en' },
      tuning,
    ).filter((m) => m.kind === 'match');
    reported += matches.length;
    const ok = matches.filter((m) => relevant.has(m.claimId)).length;
    correct += ok;
    if (ok > 0) found++;
  }
  const precision = reported > 0 ? correct / reported : 1;
  const recall = queries > 0 ? found / queries : 0;
  const f05 = precision + recall > 0 ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0;
  return {
    queries,
    reported,
    correct,
    found,
    precision,
    recall,
    f05,
    msPerQuery: (performance.now() - t0) / Math.max(1, queries),
  };
}
