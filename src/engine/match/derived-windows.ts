/**
 * Candidates among the claims without anchors (imported fact-checks): the variants the postings scan
 * lets through (derived-scan.ts), and their windows, the spans holding enough of their required
 * terms together in a paragraph that holds the rarest (derive.ts), counted on the spans' bitsets.
 */
import { addToList } from '../claim-index/grow';
import { NO_TERM, type ClaimIndex } from '../claim-index/layout';
import { calendarKeys } from '../text/calendar';
import { blockRange, type SentenceSpan } from '../text/segment';
import { atLeast, atLeast3, lowestBit, lowestBitIndex, setBit, withoutLowestBit } from './bitset';
import { PHRASE_BONUS } from './constants';
import { scanPostings, type ScanTuning } from './derived-scan';
import type { ClaimHit } from './hits';
import type { ArticleTerms } from './sentences';

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
        for (let rest = masks[row * words + w]!; rest !== 0; rest = withoutLowestBit(rest))
          fold |= 1 << (spans[w * 32 + lowestBitIndex(rest)]!.block & 31);
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

/** The spans that share a block with one of row's spans: the sentences of the paragraphs holding the key. */
function sameBlock(
  masks: Uint32Array,
  row: number,
  words: number,
  spans: readonly SentenceSpan[],
): Uint32Array {
  const out = new Uint32Array(words);
  for (let w = 0; w < words; w++)
    for (let rest = masks[row * words + w]!; rest !== 0; rest = withoutLowestBit(rest)) {
      const [from, to] = blockRange(spans, w * 32 + lowestBitIndex(rest));
      for (let t = from; t < to; t++) setBit(out, t);
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
      for (let rest = bits & allowed[w]!; rest !== 0; rest = withoutLowestBit(rest)) {
        const bit = lowestBit(rest);
        if (bound && !canReach(index, v, slot, masks, words, w, bit, bound)) cut = true;
        else (windows ??= []).push(w * 32 + lowestBitIndex(bit));
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
