import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRequired } from '../../src/engine/claim-index/derive';

/**
 * The required words as the build first chose them: every word of the variant sorted (rarer first,
 * then the preferred name, then key order) and the first k kept. deriveRequired keeps the k rarest
 * while reading instead; it must choose the same words in the same order.
 */
function bySort(terms: number[], df: Uint32Array, preferred: number, k: number): number[] {
  const pick = [...terms];
  pick.sort((x, y) => df[x]! - df[y]! || Number(y === preferred) - Number(x === preferred) || x - y);
  return pick.slice(0, Math.max(1, k));
}

const KEYS = 12;

describe('required words of claims without anchors', () => {
  it('are the rarest words of each variant, ties to the preferred name then key order, as a full sort gives', () => {
    const variantArb = fc.record({
      terms: fc.uniqueArray(fc.integer({ min: 0, max: KEYS - 1 }), { maxLength: KEYS }),
      preferred: fc.oneof(fc.integer({ min: 0, max: KEYS - 1 }), fc.constant(0xffffffff)),
      anchored: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(variantArb, { minLength: 1, maxLength: 8 }),
        // Few distinct frequencies, so ties are common.
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: KEYS, maxLength: KEYS }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (variants, dfs, requiredTerms, minRequired) => {
          const df = Uint32Array.from(dfs);
          const variantTermStart = new Uint32Array(variants.length + 1);
          variants.forEach((v, i) => (variantTermStart[i + 1] = variantTermStart[i]! + v.terms.length));
          // Claim i is variant i's; an anchored claim has one anchor.
          const claimAnchorStart = new Uint32Array(variants.length + 1);
          variants.forEach((v, i) => (claimAnchorStart[i + 1] = claimAnchorStart[i]! + (v.anchored ? 1 : 0)));
          const got = deriveRequired({
            variantTermStart,
            variantTerms: Uint32Array.from(variants.flatMap((v) => v.terms)),
            variantClaim: Uint32Array.from(variants.map((_, i) => i)),
            claimAnchorStart,
            df,
            preferred: Uint32Array.from(variants.map((v) => v.preferred)),
            requiredTerms,
            minRequired,
          });
          const posted: [number, number][] = [];
          for (let i = 0; i < got.postKeys.length; i++)
            posted.push([got.postKeys.at(i), got.postVariants.at(i)]);
          const want: [number, number][] = [];
          variants.forEach((v, i) => {
            const required = got.required.slice(got.requiredStart[i], got.requiredStart[i + 1]);
            // Anchored variants, those too short, and those with no word at all are not posted.
            if (v.anchored || v.terms.length < Math.max(1, minRequired)) {
              expect([...required]).toEqual([]);
              return;
            }
            const sorted = bySort(v.terms, df, v.preferred, requiredTerms);
            expect([...required]).toEqual(sorted.slice(0, requiredTerms));
            want.push([sorted[0]!, i]);
          });
          expect(posted).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
