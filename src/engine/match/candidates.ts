/**
 * The short list of claims an article can state, from one pass over its terms: claims whose every
 * anchor the article names (found through their rarest anchor's postings), and claims without
 * anchors whose required terms it holds (found through the postings of their two rarest terms).
 * Nothing here looks at a claim the article gives no way in to.
 */
import { matchesAt } from '../claim-index/build';
import { addToList } from '../claim-index/grow';
import { NO_TERM, POST_RANK_SHIFT, POST_VARIANT_MASK, type ClaimIndex } from '../claim-index/layout';
import type { Term } from '../text/analyze';
import type { ArticleTerms } from './sentences';
import { PHRASE_BONUS } from './constants';
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
 * Per-index scratch, filled and cleared within one call: for each key, its slot among the
 * article's keys plus one (0: not in the article); the same presence as a bitset — 1/32 the size,
 * so the postings scan's lookups of unrelated rare keys stay in cache at a million claims; and each
 * present key's spans folded onto 32 bits (span s → bit s mod 32), so the scan can tell that terms
 * never share a span without looking at the spans.
 */
interface Scratch {
  slot: Uint32Array;
  present: Uint32Array;
  folded: Uint32Array;
}
const scratchOf = new WeakMap<ClaimIndex, Scratch>();

/**
 * The least score a variant must be able to reach in a window to keep it (the first pass, over
 * whole blocks: what no sentence of the block can reach, no sentence will).
 */
export interface ScoreBound {
  minCoverage: number;
  minWords: number;
}

/**
 * Whether span s (bit `bit` of word w) can give variant v at least bound's score: its terms'
 * weight there plus the largest phrase bonus as many terms could earn (scoreVariant's formula).
 */
function canReach(
  index: ClaimIndex,
  v: number,
  slot: Uint32Array,
  masks: Uint32Array,
  words: number,
  w: number,
  bit: number,
  bound: ScoreBound,
): boolean {
  const a = index.variantTermStart[v]!;
  const b = index.variantTermStart[v + 1]!;
  let weight = 0;
  let count = 0;
  for (let i = a; i < b; i++) {
    const id = index.variantTerms[i]!;
    const row = slot[id]!;
    if (row && masks[row * words + w]! & bit) {
      weight += index.termWeight[id]!;
      count++;
    }
  }
  if (count === 0 || count < Math.min(bound.minWords, b - a)) return false;
  const total = index.variantTotal[v]!;
  return total > 0 && weight / total + PHRASE_BONUS * (count - 1) >= bound.minCoverage;
}

/**
 * `survivors`: the variants a first pass over the same article found (the postings scan does not
 * depend on how the article is cut into windows, so a second pass need not repeat it).
 */
export function derivedCandidates(
  index: ClaimIndex,
  article: ArticleTerms,
  survivors?: readonly number[],
  bound?: ScoreBound,
): ClaimHit[] {
  if (index.derivedPost.length === 0) return [];
  let scratch = scratchOf.get(index);
  if (!scratch || scratch.slot.length < index.keys.length) {
    scratch = {
      slot: new Uint32Array(index.keys.length),
      present: new Uint32Array((index.keys.length >>> 5) + 1),
      folded: new Uint32Array(index.keys.length),
    };
    scratchOf.set(index, scratch);
  }
  const { slot, present, folded } = scratch;
  const { sentencesOfKey, words } = article;
  const keys = [...sentencesOfKey.keys()];
  const masks = new Uint32Array((keys.length + 1) * words);
  keys.forEach((key, i) => {
    const bits = sentencesOfKey.get(key)!;
    slot[key] = i + 1;
    present[key >>> 5]! |= 1 << (key & 31);
    let fold = 0;
    for (let w = 0; w < words; w++) fold |= bits[w]!;
    folded[key] = fold;
    masks.set(bits, (i + 1) * words);
  });
  try {
    const passed = survivors ?? scanPostings(index, keys, present, folded);
    return windowsOf(index, passed, slot, masks, words, bound);
  } finally {
    for (const key of keys) {
      slot[key] = 0;
      present[key >>> 5] = 0;
      folded[key] = 0;
    }
  }
}

/**
 * One sequential pass over the records posted under the article's keys; the variants that may hold
 * enough of their required terms in one span: enough are in the article, and their folded spans
 * (`folded`, see Scratch) overlap that many times — exact for articles of up to 32 spans, a cheap
 * superset beyond. A variant posted under several present keys is taken at the rarest of them
 * only, so nothing needs de-duplicating. `present`: the article's keys as a bitset.
 */
export function scanPostings(
  index: ClaimIndex,
  keys: number[],
  present: Uint32Array,
  folded: Uint32Array,
): number[] {
  const passed: number[] = [];
  const { derivedPostStart, derivedPost, derivedRecordWidth: width, derivedMinRequired } = index;
  // Local copies: an imported binding is read through its module cell on every use.
  const noTerm = NO_TERM;
  const rankShift = POST_RANK_SHIFT;
  const variantMask = POST_VARIANT_MASK;
  for (const key of keys) {
    const end = derivedPostStart[key + 1]! * width;
    for (let r = derivedPostStart[key]! * width; r < end; r += width) {
      const head = derivedPost[r]!;
      const rank = head >>> rankShift;
      if (rank !== 0 && rarerPresent(derivedPost, r + 1, rank, present)) continue;
      // Saturating counters over the folded spans (spans holding at least one, two, three of the
      // terms), updated without branching on presence: most records fail, at no predictable point,
      // and this halves the scan at a million claims against an early exit.
      let required = 0;
      let hits = 0;
      let one = 0;
      let two = 0;
      let three = 0;
      for (let i = r + 1; i < r + width; i++) {
        const t = derivedPost[i]!;
        if (t === noTerm) break;
        required++;
        const bit = (present[t >>> 5]! >>> (t & 31)) & 1;
        hits += bit;
        const m = folded[t]! & -bit;
        three |= two & m;
        two |= one & m;
        one |= m;
      }
      const need = Math.min(derivedMinRequired, required);
      const together = need === 3 ? three : need === 2 ? two : need === 1 ? one : hits >= need ? 1 : 0;
      if (together !== 0) passed.push(head & variantMask);
    }
  }
  return passed;
}

/** Whether one of the record's `rank` rarest terms is in the article (the variant is taken there). */
function rarerPresent(post: Uint32Array, first: number, rank: number, present: Uint32Array): boolean {
  for (let i = first; i < first + rank; i++) {
    const t = post[i]!;
    if (present[t >>> 5]! & (1 << (t & 31))) return true;
  }
  return false;
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
  passed: readonly number[],
  slot: Uint32Array,
  masks: Uint32Array,
  words: number,
  bound?: ScoreBound,
): ClaimHit[] {
  const need0 = index.derivedMinRequired;
  const width = index.derivedRecordWidth;
  const post = index.derivedPost;
  const rows = new Uint32Array(width);
  const ge = new Uint32Array(need0 + 1);
  const byClaim = new Map<number, ClaimHit>();
  // Variants whose every window the bound cut, by claim.
  const cutByClaim = new Map<number, number[]>();
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
    let cut = false;
    for (let w = 0; w < words; w++) {
      const bits =
        need <= 3 ? atLeast3(masks, rows, present, w, need) : atLeast(masks, rows, present, w, need, ge);
      for (let rest = bits; rest !== 0; rest &= rest - 1) {
        const bit = rest & -rest;
        if (bound && !canReach(index, v, slot, masks, words, w, bit, bound)) cut = true;
        else (windows ??= []).push(w * 32 + (31 - Math.clz32(bit)));
      }
    }
    const claim = index.variantClaim[v]!;
    if (!windows) {
      // Kept with its claim should another variant of it find a window: the claim's headline
      // test (headlineCarries) looks at every variant the article holds.
      if (cut) addToList(cutByClaim, claim, v);
      continue;
    }
    let hit = byClaim.get(claim);
    if (!hit) byClaim.set(claim, (hit = { claim, anchors: [], scored: [], windows: [], variants: [] }));
    hit.variants!.push(v);
    for (const s of windows) if (!hit.windows.includes(s)) hit.windows.push(s);
  }
  const hits = [...byClaim.values()].sort((x, y) => x.claim - y.claim);
  for (const h of hits) {
    h.windows.sort((x, y) => x - y);
    for (const v of cutByClaim.get(h.claim) ?? []) h.variants!.push(v);
  }
  return hits;
}
