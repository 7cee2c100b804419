/**
 * The test-only entry point: the matcher with some of its parameters overridden, for the tuning
 * grids (test/bench/eval) and the tests that compare the fast paths with their references. The
 * product never imports this file (src/engine/index.ts does not export it).
 */
import type { ClaimIndex } from '../claim-index/layout';
import type { ArticleInput, MatchResult } from '../types';
import { DEFAULT_PARAMS, type MatchParams } from './params';
import { matchWithParams } from './percolate';

export type PercolateTuning = Partial<MatchParams>;

export function matchArticleTuned(
  index: ClaimIndex,
  article: ArticleInput,
  tuning: PercolateTuning = {},
): MatchResult[] {
  const params: MatchParams = { ...DEFAULT_PARAMS };
  for (const [key, value] of Object.entries(tuning) as [keyof MatchParams, never][])
    if (value !== undefined) params[key] = value;
  return matchWithParams(index, article, params);
}
