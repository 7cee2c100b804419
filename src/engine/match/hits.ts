/**
 * A claim the article gives a way in to, and the windows (sentences or blocks) where it may be
 * stated: what the candidate finders (anchored.ts, derived-windows.ts) hand to scoring (percolate.ts).
 */
import type { Scored } from './score';

export interface ClaimHit {
  claim: number;
  anchors: number[];
  scored: Scored[];
  /** Sentences where every anchor appears (anchored claims) or enough required terms do (derived). */
  windows: number[];
  /** Derived claims: the variants whose required terms the article holds. */
  variants?: number[];
  /**
   * Anchored claims: variants that name fewer of the claim's anchors, each group with the anchors
   * it names and the sentences holding them; scored on those sentences with those variants only.
   */
  relaxed?: RelaxedGroup[];
}

export interface RelaxedGroup {
  anchors: number[];
  variants: number[];
  windows: number[];
}
