/**
 * The second stage's linear model: score = Σ weight·feature over features.ts. Learnt by
 * bench/eval/train-ranker.ts (pairwise logistic loss; L2 strength by 5-fold cross-validation on
 * train: λ 0 gave CV MAP@5 0.7613 vs 0.7611 at 1e-4 and 0.7502 at 1e-2) on the TRAIN splits of both
 * CheckThat! collections together, candidates from the first stage's top 50. Train MAP@5 with these
 * weights: 2A 0.9126 (first stage alone 0.8519), 2B 0.6149 (0.5235). Dev is reported, never fitted.
 */
import { FEATURES } from './features';

export const RERANK_WEIGHTS: Float64Array = Float64Array.from([
  3.1017, // bm25-relative
  1.5953, // bm25-per-query-idf
  1.536, // claim-coverage
  1.7482, // title-coverage
  0.611, // subtitle-coverage
  1.5789, // query-coverage
  -0.0961, // claim-bigrams
  0.7543, // title-bigrams
  0.3863, // numbers-agree
  0.5578, // numbers-conflict
  0.6375, // names-coverage
  0.2002, // names-missing
  -3.0794, // date-distance
  -0.625, // date-unknown
  2.1851, // speaker-match
  0.2572, // author-match
  1.4665, // context-coverage
  1.8682, // first-stage-rank
  1.0945, // date-within-2-days
  1.5519, // date-within-30-days
  -0.8455, // claim-dated-after-query
]);

if (RERANK_WEIGHTS.length !== FEATURES) throw new Error('RERANK_WEIGHTS must have one weight per feature');

export function linearScore(features: Float64Array, weights: Float64Array): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += features[i]! * weights[i]!;
  return s;
}
