/**
 * The second stage's linear model: score = Σ weight·feature over features.ts. Learnt by
 * test/bench/eval/train-ranker.ts (pairwise logistic loss, Adam, 2,000 epochs; L2 strength by 5-fold
 * cross-validation on train: λ 0 gave CV MAP@5 0.7671 vs 0.7635 at 1e-4 and 0.7525 at 1e-2; 400
 * epochs gave 0.7615, 1,500 0.7659, 4,000 0.7658) on the TRAIN splits of both CheckThat!
 * collections together, candidates from the first stage's top 50. Train MAP@5 with these weights:
 * 2A 0.9110 (first stage alone 0.8519), 2B 0.6298 (0.5664). Dev is reported, never fitted.
 */
import { FEATURES } from './features';

export const RERANK_WEIGHTS: Float64Array = Float64Array.from([
  6.4405, // bm25-relative
  0.893, // bm25-per-query-idf
  3.898, // claim-coverage
  1.5979, // title-coverage
  -0.9952, // subtitle-coverage
  0.5143, // query-coverage
  -2.8296, // claim-bigrams
  0.5084, // title-bigrams
  0.1959, // numbers-agree
  0.7032, // numbers-conflict
  0.3802, // names-coverage
  0.1586, // names-missing
  -9.2613, // date-distance
  -4.4218, // date-unknown
  1.1054, // speaker-match
  0.2084, // author-match
  0.4769, // context-coverage
  0.8105, // first-stage-rank
  -0.1481, // date-within-2-days
  -0.6967, // date-within-30-days
  -1.1653, // claim-dated-after-query
  -1.0383, // speaker-named-in-claim
  0.4451, // claim-length
]);

if (RERANK_WEIGHTS.length !== FEATURES) throw new Error('RERANK_WEIGHTS must have one weight per feature');

export function linearScore(features: Float64Array, weights: Float64Array): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += features[i]! * weights[i]!;
  return s;
}
