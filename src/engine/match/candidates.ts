/**
 * The short list of claims an article can state, from one pass over its terms: claims whose every
 * anchor the article names (found through their rarest anchor's postings), and claims without
 * anchors whose required terms it holds (found through the postings of their rarest term, which
 * must share a paragraph with enough of the others).
 * Nothing here looks at a claim the article gives no way in to.
 */
import { matchesAt } from '../claim-index/build';
import { addToList } from '../claim-index/grow';
import { fullMask, NO_TERM, type ClaimIndex } from '../claim-index/layout';
import { calendarKeys } from '../text/calendar';
import { blockRange, type SentenceSpan } from '../text/segment';
import { startsUpper, type Term } from '../text/analyze';
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

/** Sentences in which each anchor occurs, for every anchor the text names. */
export function findAnchors(
  index: ClaimIndex,
  terms: Term[],
  sentenceOf: Int32Array,
  names?: ShortNames,
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
      if (names && p.words.length > 1) names.learn(terms, i, p);
    }
  }
  if (names && names.keys.size > 0)
    for (let i = 0; i < terms.length; i++) {
      const anchor = names.keys.get(terms[i]!.key);
      if (anchor === undefined || !names.capitalised(terms[i]!)) continue;
      let set = found.get(anchor);
      if (!set) found.set(anchor, (set = new Set()));
      set.add(sentenceOf[i]!);
    }
  return found;
}

/** Shortest name a person or body goes by once named in full: one capitalised word of it. */
const SHORT_NAME_MIN_LENGTH = 3;

/**
 * The single words of the multi-word anchor names an article gives in full ("Kim Jong Un",
 * "Sergei Lavrov"): news then say "Kim" or "Sergei" alone, and an anchor's aliases rarely list
 * every such word (a bare "Kim" would be anyone's). Learnt from the article itself (and its
 * headline), so a word counts as the anchor only where the full name has been given.
 */
export class ShortNames {
  readonly keys: Map<string, number>;
  constructor(
    private readonly text: string,
    seed?: ReadonlyMap<string, number>,
  ) {
    this.keys = new Map(seed);
  }

  capitalised(t: Term): boolean {
    return t.end - t.start >= SHORT_NAME_MIN_LENGTH && startsUpper(this.text, t.start);
  }

  learn(terms: readonly Term[], i: number, p: { words: string[][]; anchor: number }): void {
    for (let k = 0; k < p.words.length; k++) {
      const t = terms[i + k]!;
      if (!t.stop && !t.numeric && this.capitalised(t) && !this.keys.has(t.key))
        this.keys.set(t.key, p.anchor);
    }
  }
}

export function claimAnchors(index: ClaimIndex, claim: number): number[] {
  return Array.from(
    index.claimAnchors.subarray(index.claimAnchorStart[claim]!, index.claimAnchorStart[claim + 1]!),
  );
}

/** Sentences holding every one of the anchors: their sentence sets intersected, smallest first. */
function sentencesWithAll(anchors: Map<number, Set<number>>, own: readonly number[]): number[] {
  const sets = own.map((a) => anchors.get(a)!).sort((a, b) => a.size - b.size);
  return [...sets[0]!].filter((s) => s >= 0 && sets.every((set) => set.has(s))).sort((a, b) => a - b);
}

export function anchoredCandidates(index: ClaimIndex, anchors: Map<number, Set<number>>): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const seen = new Set<number>();
  for (const anchor of anchors.keys()) {
    for (let e = index.anchorPostStart[anchor]!; e < index.anchorPostStart[anchor + 1]!; e++) {
      const claim = index.anchorPost[e]!;
      if (seen.has(claim)) continue;
      seen.add(claim);
      const own = claimAnchors(index, claim);
      const all = own.every((a) => anchors.has(a));
      const relaxed = relaxedGroups(index, claim, own, anchors);
      if (!all && relaxed.length === 0) continue;
      hits.push({
        claim,
        anchors: own,
        scored: [],
        windows: all ? sentencesWithAll(anchors, own) : [],
        ...(relaxed.length > 0 ? { relaxed } : {}),
      });
    }
  }
  return hits;
}

/** The claim's variants that name fewer of its anchors, grouped by the anchors they name, where the article names those. */
function relaxedGroups(
  index: ClaimIndex,
  claim: number,
  own: readonly number[],
  anchors: Map<number, Set<number>>,
): RelaxedGroup[] {
  const full = fullMask(own.length);
  const groups = new Map<number, RelaxedGroup>();
  for (let v = index.claimVariantStart[claim]!; v < index.claimVariantStart[claim + 1]!; v++) {
    const mask = index.variantAnchorMask[v]!;
    if (mask === full || mask === 0) continue;
    const group = groups.get(mask);
    if (group) {
      group.variants.push(v);
      continue;
    }
    const named = own.filter((_, i) => (mask >>> i) & 1);
    if (named.every((a) => anchors.has(a)))
      groups.set(mask, { anchors: named, variants: [v], windows: sentencesWithAll(anchors, named) });
  }
  return [...groups.values()];
}

/** Per-index scratch, filled and cleared within one call: each key's row among the article's keys, plus one (0: absent). */
const slotsOf = new WeakMap<ClaimIndex, Uint32Array>();

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
  const calendar = calendarKeys(index.keys);
  let weight = 0;
  let count = 0;
  let total = index.variantTotal[v]!;
  let undated = 0;
  for (let i = a; i < b; i++) {
    const id = index.variantTerms[i]!;
    const row = slot[id]!;
    if (row && masks[row * words + w]! & bit) {
      weight += index.termWeight[id]!;
      count++;
    } else if (calendar[id] !== 0) {
      // The most a sentence of the span can score: as if it gave no date (scoreVariant).
      total -= index.termWeight[id]!;
      undated++;
    }
  }
  if (count === 0 || count < Math.min(bound.minWords, b - a - undated)) return false;
  return total > 0 && weight / total + PHRASE_BONUS * (count - 1) >= bound.minCoverage;
}

/**
 * Each key's paragraphs folded onto 32 bits (paragraph b → bit b mod 32), by the key's row in
 * `masks` (its spans): the spans themselves on the first pass, which reads blocks; their blocks
 * otherwise.
 */
function foldedBlocks(article: ArticleTerms, masks: Uint32Array, rows: number): Uint32Array {
  const { spans, words, coarse } = article;
  const out = new Uint32Array(rows);
  for (let row = 1; row < rows; row++) {
    let fold = 0;
    for (let w = 0; w < words; w++)
      if (coarse) fold |= masks[row * words + w]!;
      else
        for (let rest = masks[row * words + w]!; rest !== 0; rest &= rest - 1)
          fold |= 1 << (spans[w * 32 + 31 - Math.clz32(rest & -rest)]!.block & 31);
    out[row] = fold;
  }
  return out;
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
  scan?: ScanTuning,
): ClaimHit[] {
  if (index.derivedPost.length === 0) return [];
  let slot = slotsOf.get(index);
  if (!slot || slot.length < index.keys.length)
    slotsOf.set(index, (slot = new Uint32Array(index.keys.length)));
  const { sentencesOfKey, words } = article;
  const keys = [...sentencesOfKey.keys()];
  const masks = new Uint32Array((keys.length + 1) * words);
  keys.forEach((key, i) => {
    slot[key] = i + 1;
    masks.set(sentencesOfKey.get(key)!, (i + 1) * words);
  });
  try {
    const passed =
      survivors ?? scanPostings(index, keys, foldedBlocks(article, masks, keys.length + 1), scan);
    return windowsOf(index, passed, slot, masks, words, bound, article.coarse ? undefined : article.spans);
  } finally {
    for (const key of keys) slot[key] = 0;
  }
}

/**
 * The fold table's least size (32 KB). Bench article at 1M claims (455 keys): 4,096 entries let
 * 568 records through the scan, 8,192 470, 16,384 447 (exact: 428), in the same time.
 */
const FOLD_TABLE_ENTRIES = 8192;

/** Tests only: results must not change with a fold table of a few entries, or with the general loop. */
export interface ScanTuning {
  /** Fold table entries, a power of two (default 8192, more for long articles). */
  entries?: number;
  general?: boolean;
}

/**
 * The article's keys' folded paragraphs in a small direct-mapped table (key id mod its size), each
 * entry the union of the keys that fall on it: one lookup in a table that stays in the processor's
 * nearest cache, where an exact lookup would read two arrays as long as the dictionary. A key that
 * shares an entry with another reads a superset of its paragraphs, never fewer; absent keys read 0
 * unless they share an entry with a present one. Sized at ≥ 16 entries per key, so few share.
 */
function foldTable(
  keys: readonly number[],
  folded: Uint32Array,
  entries?: number,
): { table: Uint32Array; mask: number } {
  let size = entries ?? FOLD_TABLE_ENTRIES;
  if (entries === undefined) while (size < keys.length * 16) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  keys.forEach((key, i) => {
    table[key & mask]! |= folded[i + 1]!;
  });
  return { table, mask };
}

/**
 * One sequential pass over the records posted under the article's keys (each variant under its
 * rarest term, so nothing needs de-duplicating); the variants that may have a window: a paragraph
 * holding their rarest term and m − 1 more of their required terms (derive.ts), on the folded
 * paragraphs (`folded`, by row) — exact for articles of up to 32 paragraphs and keys that share no
 * entry of the fold table, a superset otherwise; windowsOf then counts exactly.
 */
export function scanPostings(
  index: ClaimIndex,
  keys: readonly number[],
  folded: Uint32Array,
  tuning: ScanTuning = {},
): number[] {
  const passed: number[] = [];
  const { derivedPostStart: start, derivedPost: post, derivedRecordWidth: width } = index;
  const { table, mask } = foldTable(keys, folded, tuning.entries);
  const need = index.derivedMinRequired;
  // The evaluated default (6 required terms, 3 in the window) unrolled: ~4× the general loop's speed
  // at a million claims, where the scan reads tens of thousands of records per article. NO_TERM
  // padding reads an entry like any key: a superset, as above.
  const unrolled = width === 7 && need === 3 && !tuning.general;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const own = folded[i + 1]!;
    const end = start[key + 1]! * width;
    if (unrolled) {
      for (let r = start[key]! * width; r < end; r += 7) {
        const m1 = table[post[r + 2]! & mask]!;
        const m2 = table[post[r + 3]! & mask]!;
        const m3 = table[post[r + 4]! & mask]!;
        const m4 = table[post[r + 5]! & mask]!;
        const m5 = table[post[r + 6]! & mask]!;
        // Paragraphs holding two of the five others.
        const two = (m1 & (m2 | m3 | m4 | m5)) | (m2 & (m3 | m4 | m5)) | (m3 & (m4 | m5)) | (m4 & m5);
        if ((two & own) !== 0) passed.push(post[r]!);
      }
    } else {
      for (let r = start[key]! * width; r < end; r += width)
        if ((atLeastOthers(table, mask, post, r + 2, r + width, need - 1) & own) !== 0) passed.push(post[r]!);
    }
  }
  return passed;
}

/** Paragraphs (folded) holding at least `need` of the terms post[from .. to), on saturating counters up to 3. */
function atLeastOthers(
  table: Uint32Array,
  mask: number,
  post: Uint32Array,
  from: number,
  to: number,
  need: number,
): number {
  if (need <= 0) return ~0;
  let one = 0;
  let two = 0;
  let three = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const m = table[post[i]! & mask]!;
    if (m !== 0) count++;
    three |= two & m;
    two |= one & m;
    one |= m;
  }
  // Beyond three, counting folded paragraphs no longer proves a shared one: keep the superset.
  return need === 1 ? one : need === 2 ? two : need === 3 ? three : count >= need ? three : 0;
}

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

/** The spans that share a block with one of row's spans: the sentences of the paragraphs holding the key. */
function sameBlock(
  masks: Uint32Array,
  row: number,
  words: number,
  spans: readonly SentenceSpan[],
): Uint32Array {
  const out = new Uint32Array(words);
  for (let w = 0; w < words; w++)
    for (let rest = masks[row * words + w]!; rest !== 0; rest &= rest - 1) {
      const [from, to] = blockRange(spans, w * 32 + 31 - Math.clz32(rest & -rest));
      for (let t = from; t < to; t++) out[t >>> 5]! |= 1 << (t & 31);
    }
  return out;
}

/**
 * Windows of the survivors: spans holding `need` of their required terms together, counted on
 * the spans' bitsets, in a paragraph that holds the rarest. `spans`: the sentences, when the
 * windows are sentences; none when they are the blocks themselves.
 */
export function windowsOf(
  index: ClaimIndex,
  passed: readonly number[],
  slot: Uint32Array,
  masks: Uint32Array,
  words: number,
  bound?: ScoreBound,
  spans?: readonly SentenceSpan[],
): ClaimHit[] {
  const need0 = index.derivedMinRequired;
  const width = index.derivedRecordWidth;
  const post = index.derivedPost;
  const rows = new Uint32Array(width);
  const ge = new Uint32Array(need0 + 1);
  const byClaim = new Map<number, ClaimHit>();
  // Variants whose every window the bound cut, by claim.
  const cutByClaim = new Map<number, number[]>();
  const rarestSpans = new Map<number, Uint32Array>();
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
    const rarest = slot[post[first]!]!;
    if (!rarest) continue;
    let allowed: Uint32Array | undefined;
    if (!spans) allowed = masks.subarray(rarest * words, rarest * words + words);
    else if (!(allowed = rarestSpans.get(rarest)))
      rarestSpans.set(rarest, (allowed = sameBlock(masks, rarest, words, spans)));
    let windows: number[] | undefined;
    let cut = false;
    for (let w = 0; w < words; w++) {
      const bits =
        need <= 3 ? atLeast3(masks, rows, present, w, need) : atLeast(masks, rows, present, w, need, ge);
      for (let rest = bits & allowed[w]!; rest !== 0; rest &= rest - 1) {
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
