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
export function findAnchors(
  index: ClaimIndex,
  terms: Term[],
  sentenceOf: Int32Array,
): Map<number, Set<number>> {
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
  return Array.from(
    index.claimAnchors.subarray(index.claimAnchorStart[claim]!, index.claimAnchorStart[claim + 1]!),
  );
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
      const windows = [...sets[0]!]
        .filter((s) => s >= 0 && sets.every((set) => set.has(s)))
        .sort((a, b) => a - b);
      hits.push({ claim, anchors: own, scored: [], windows });
    }
  }
  return hits;
}

/**
 * Per-index scratch: for each key, its slot among the article's keys plus one (0: not in the
 * article). Filled and cleared within one call.
 */
const slotsOf = new WeakMap<ClaimIndex, Uint32Array>();

export function derivedCandidates(index: ClaimIndex, article: ArticleTerms): ClaimHit[] {
  if (index.derivedPost.length === 0) return [];
  let slot = slotsOf.get(index);
  if (!slot || slot.length < index.keys.length)
    slotsOf.set(index, (slot = new Uint32Array(index.keys.length)));
  const { sentencesOfKey, words } = article;
  const keys = [...sentencesOfKey.keys()];
  const masks = new Uint32Array((keys.length + 1) * words);
  keys.forEach((key, i) => {
    slot![key] = i + 1;
    masks.set(sentencesOfKey.get(key)!, (i + 1) * words);
  });
  try {
    const passed = scanPostings(index, keys, slot);
    return windowsOf(index, passed, slot, masks, words);
  } finally {
    for (const key of keys) slot[key] = 0;
  }
}

/**
 * One sequential pass over the records posted under the article's keys; the variants holding
 * enough of their required terms somewhere in the article. A variant posted under several present
 * keys is taken at the rarest of them only, so nothing needs de-duplicating.
 */
export function scanPostings(index: ClaimIndex, keys: number[], slot: Uint32Array): number[] {
  const passed: number[] = [];
  const { derivedPostStart, derivedPost, derivedRecordWidth: width, derivedMinRequired } = index;
  for (const key of keys) {
    const end = derivedPostStart[key + 1]! * width;
    for (let r = derivedPostStart[key]! * width; r < end; r += width) {
      const head = derivedPost[r]!;
      const rank = head >>> POST_RANK_SHIFT;
      let rarerPresent = false;
      for (let i = 0; i < rank; i++) if (slot[derivedPost[r + 1 + i]!]) rarerPresent = true;
      if (rarerPresent) continue;
      let required = 0;
      let hits = 0;
      for (let i = r + 1; i < r + width; i++) {
        const t = derivedPost[i]!;
        if (t === NO_TERM) break;
        required++;
        if (slot[t]) hits++;
      }
      if (hits >= Math.min(derivedMinRequired, required)) passed.push(head & POST_VARIANT_MASK);
    }
  }
  return passed;
}

/**
 * Windows of the survivors: sentences holding `need` of the required terms together, counted on
 * the sentence bitsets (ge[j]: sentences holding at least j of the terms seen so far).
 */
/** Sentences (bits of word w) holding at least `need` ≤ 3 of the rows' terms: saturating bit counters. */
function atLeast3(masks: Uint32Array, rows: Uint32Array, present: number, w: number, need: number): number {
  let one = 0;
  let two = 0;
  let three = 0;
  for (let k = 0; k < present; k++) {
    const m = masks[rows[k]! + w]!;
    three |= two & m;
    two |= one & m;
    one |= m;
  }
  return need === 1 ? one : need === 2 ? two : three;
}

/** The same for any `need`, with ge[j] the sentences holding at least j so far. */
function atLeast(
  masks: Uint32Array,
  rows: Uint32Array,
  present: number,
  w: number,
  need: number,
  ge: Uint32Array,
): number {
  ge.fill(0);
  ge[0] = 0xffffffff;
  for (let k = 0; k < present; k++) {
    const m = masks[rows[k]! + w]!;
    for (let j = need; j >= 1; j--) ge[j]! |= ge[j - 1]! & m;
  }
  return ge[need]!;
}

export function windowsOf(
  index: ClaimIndex,
  passed: number[],
  slot: Uint32Array,
  masks: Uint32Array,
  words: number,
): ClaimHit[] {
  const need0 = index.derivedMinRequired;
  const width = index.derivedRecordWidth;
  const post = index.derivedPost;
  const rows = new Uint32Array(width);
  const ge = new Uint32Array(need0 + 1);
  const byClaim = new Map<number, ClaimHit>();
  for (const v of passed) {
    // The rows of the bitsets of the variant's required terms that the article holds.
    const first = index.variantRecord[v]! * width + 1;
    let required = 0;
    let present = 0;
    for (let i = first; i < first + width - 1; i++) {
      const t = post[i]!;
      if (t === NO_TERM) break;
      required++;
      const row = slot[t]!;
      if (row) rows[present++] = row * words;
    }
    const need = Math.min(need0, required);
    if (present < need) continue;
    let windows: number[] | undefined;
    for (let w = 0; w < words; w++) {
      const bits =
        need <= 3 ? atLeast3(masks, rows, present, w, need) : atLeast(masks, rows, present, w, need, ge);
      for (let rest = bits; rest !== 0; rest &= rest - 1)
        (windows ??= []).push(w * 32 + (31 - Math.clz32(rest & -rest)));
    }
    if (!windows) continue;
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
