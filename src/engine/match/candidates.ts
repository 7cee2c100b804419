/**
 * The short list of claims an article can state, from one pass over its terms: claims whose every
 * anchor the article names (found through their rarest anchor's postings), and claims without
 * anchors whose required terms it holds (found through the postings of their two rarest terms).
 * Nothing here looks at a claim the article gives no way in to.
 */
import { matchesAt } from '../claim-index/build';
import { NO_TERM, POST_RANK_SHIFT, POST_VARIANT_MASK, type ClaimIndex } from '../claim-index/layout';
import type { Term } from '../text/analyze';
import type { ArticleTerms } from './sentences';
import type { Scored } from './score';

export interface ClaimHit {
  claim: number;
  anchors: number[];
  scored: Scored[];
  /** Sentences where every anchor appears (anchored claims) or enough required terms do (derived). */
  windows: number[];
  /** Derived claims: the variants whose required terms the article holds. */
  variants?: number[];
}

/** Sentences in which each anchor occurs, for every anchor the text names. */
export function findAnchors(index: ClaimIndex, terms: Term[], sentenceOf: Int32Array): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  if (index.aliasesByFirstKey.size === 0) return found;
  for (let i = 0; i < terms.length; i++) {
    const patterns = index.aliasesByFirstKey.get(terms[i]!.key);
    if (!patterns) continue;
    for (const p of patterns) {
      if (!matchesAt(terms, i, p)) continue;
      let set = found.get(p.anchor);
      if (!set) found.set(p.anchor, (set = new Set()));
      set.add(sentenceOf[i]!);
    }
  }
  return found;
}

export function claimAnchors(index: ClaimIndex, claim: number): number[] {
  return Array.from(index.claimAnchors.subarray(index.claimAnchorStart[claim]!, index.claimAnchorStart[claim + 1]!));
}

export function anchoredCandidates(index: ClaimIndex, anchors: Map<number, Set<number>>): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const anchor of anchors.keys()) {
    for (let e = index.anchorPostStart[anchor]!; e < index.anchorPostStart[anchor + 1]!; e++) {
      const claim = index.anchorPost[e]!;
      const own = claimAnchors(index, claim);
      if (!own.every((a) => anchors.has(a))) continue;
      // Sentences holding every anchor: intersect the anchors' sentence sets, smallest first.
      const sets = own.map((a) => anchors.get(a)!).sort((a, b) => a.size - b.size);
      const windows = [...sets[0]!].filter((s) => s >= 0 && sets.every((set) => set.has(s))).sort((a, b) => a - b);
      hits.push({ claim, anchors: own, scored: [], windows });
    }
  }
  return hits;
}

/** Per-index scratch: a mark for each key the article holds. */
const presentOf = new WeakMap<ClaimIndex, Uint8Array>();

export function derivedCandidates(index: ClaimIndex, article: ArticleTerms): ClaimHit[] {
  if (index.derivedPost.length === 0) return [];
  let present = presentOf.get(index);
  if (!present || present.length < index.keys.length) presentOf.set(index, (present = new Uint8Array(index.keys.length)));
  const { sentencesOfKey, sentences } = article;
  for (const key of sentencesOfKey.keys()) present[key] = 1;
  const passed: number[] = [];
  const { derivedPostStart, derivedPost, derivedRecordWidth: width, derivedMinRequired } = index;
  // One sequential pass over the records posted under the article's keys. A variant posted under
  // several present keys is taken at the rarest of them only, so nothing needs de-duplicating.
  for (const key of sentencesOfKey.keys()) {
    const end = derivedPostStart[key + 1]! * width;
    for (let r = derivedPostStart[key]! * width; r < end; r += width) {
      const head = derivedPost[r]!;
      const rank = head >>> POST_RANK_SHIFT;
      let rarerPresent = false;
      for (let i = 0; i < rank; i++) if (present[derivedPost[r + 1 + i]!]) rarerPresent = true;
      if (rarerPresent) continue;
      let required = 0;
      let hits = 0;
      for (let i = r + 1; i < r + width; i++) {
        const t = derivedPost[i]!;
        if (t === NO_TERM) break;
        required++;
        hits += present[t]!;
      }
      if (hits >= Math.min(derivedMinRequired, required)) passed.push(head & POST_VARIANT_MASK);
    }
  }
  for (const key of sentencesOfKey.keys()) present[key] = 0;
  (globalThis as any).__passed = passed.length;

  // Windows of the survivors: sentences holding enough of the required terms together.
  const count = new Uint8Array(sentences.length);
  const byClaim = new Map<number, ClaimHit>();
  for (const v of passed) {
    const a = index.variantRequiredStart[v]!;
    const b = index.variantRequiredStart[v + 1]!;
    const need = Math.min(derivedMinRequired, b - a);
    const windows: number[] = [];
    for (let i = a; i < b; i++) {
      for (const s of sentencesOfKey.get(index.variantRequired[i]!) ?? []) if (++count[s]! === need) windows.push(s);
    }
    for (let i = a; i < b; i++) for (const s of sentencesOfKey.get(index.variantRequired[i]!) ?? []) count[s] = 0;
    if (windows.length === 0) continue;
    const claim = index.variantClaim[v]!;
    let hit = byClaim.get(claim);
    if (!hit) byClaim.set(claim, (hit = { claim, anchors: [], scored: [], windows: [], variants: [] }));
    hit.variants!.push(v);
    for (const s of windows) if (!hit.windows.includes(s)) hit.windows.push(s);
  }
  const hits = [...byClaim.values()].sort((x, y) => x.claim - y.claim);
  for (const h of hits) h.windows.sort((x, y) => x - y);
  return hits;
}
