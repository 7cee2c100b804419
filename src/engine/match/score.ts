/**
 * How much of a claim a sentence carries: the idf-weighted share of a variant's predicate terms the
 * sentence holds, plus a bonus for each pair of them standing close together in the claim's order.
 */
import type { ClaimIndex } from '../claim-index/layout';
import { CALENDAR, calendarKeys, RELATIVE_TIME } from '../text/calendar';
import { MATCH_MIN_PREDICATE_WORDS, PHRASE_BONUS, PHRASE_WINDOW, RELATED_MIN_COVERAGE } from './constants';
import type { SentenceTerms } from './sentences';

export interface Scored {
  sentence: number;
  score: number;
  /** Key ids of the best variant's terms found in the sentence. */
  matched: number[];
  /** The next sentence, when the claim is told over two (its anchors split between them). */
  also?: number;
}

/** Whether the variant names numbers and the sentence names others only ("441 billion" vs "44 billion"). */
export function numbersDisagree(index: ClaimIndex, v: number, st: SentenceTerms): boolean {
  if (!st.numbers) return false;
  let claimHasNumber = false;
  for (let i = index.variantTermStart[v]!; i < index.variantTermStart[v + 1]!; i++) {
    const id = index.variantTerms[i]!;
    const c = index.keys[id]!.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    claimHasNumber = true;
    if (st.numbers.has(id)) return false;
  }
  return claimHasNumber;
}

/**
 * Whether the sentence swaps a name of the variant (a claim without anchors) for another: one of
 * the claim's names is missing and the sentence names something the claim does not
 * ("Uzbekistan will suspend…" for "Kazakhstan will suspend…"). A sentence that merely leaves a
 * name out ("the country will suspend…") is left to the coverage threshold.
 */
export function namesSwapped(index: ClaimIndex, v: number, st: SentenceTerms): boolean {
  if (!st.names) return false;
  let missing = false;
  for (let i = index.variantNameStart[v]!; i < index.variantNameStart[v + 1]!; i++)
    if (!st.first.has(index.variantNames[i]!)) missing = true;
  if (!missing) return false;
  const a = index.variantTermStart[v]!;
  const b = index.variantTermStart[v + 1]!;
  return st.names.some((id) => {
    if (id < 0) return true;
    for (let i = a; i < b; i++) if (index.variantTerms[i] === id) return false;
    return true;
  });
}

/**
 * Share of the variant's predicate weight — its words that are not names — the matched words
 * carry. A sentence naming a claim's entities without what the claim says about them
 * ("Kazakhstan hosted a summit of the Collective Security Treaty Organization") is not the claim.
 * As in scoreVariant, a date of the claim's that a sentence giving none leaves out is not missing
 * ("…his first interview since his 2013 skiing accident" told without the year).
 */
export function predicateShare(
  index: ClaimIndex,
  v: number,
  matched: readonly number[],
  st?: SentenceTerms,
): number {
  const names = index.variantNames.subarray(index.variantNameStart[v]!, index.variantNameStart[v + 1]!);
  if (names.length === 0) return 1;
  const undated = st !== undefined && !st.dated;
  const calendar = undated ? calendarKeys(index.keys) : undefined;
  let total = 0;
  for (let i = index.variantTermStart[v]!; i < index.variantTermStart[v + 1]!; i++) {
    const id = index.variantTerms[i]!;
    if (calendar?.[id] === CALENDAR && !matched.includes(id)) continue;
    if (!names.includes(id)) total += index.termWeight[id]!;
  }
  if (total === 0) return 1;
  let hit = 0;
  for (const id of matched) if (!names.includes(id)) hit += index.termWeight[id]!;
  return hit / total;
}

/**
 * The variant's share of weight the sentence carries. `relativeTime`: the claim's time words ("next
 * season", "from early 2023") missing from the sentence do not count against it (calendar.ts) —
 * for anchored claims, whose anchors already tie the sentence to the claim; claims without anchors
 * keep them (on CheckThat! 2B train they would report two more, wrong, fact-checks: precision
 * 0.646 → 0.640 at the same recall).
 */
export function scoreVariant(
  index: ClaimIndex,
  v: number,
  st: SentenceTerms,
  minWords: number,
  relativeTime = false,
  main = -1,
): { score: number; matched: number[] } | undefined {
  let total = index.variantTotal[v]!;
  if (total === 0) return undefined;
  const a = index.variantTermStart[v]!;
  const b = index.variantTermStart[v + 1]!;
  const calendar = calendarKeys(index.keys);
  let weight = 0;
  let count = 0;
  let pairs = 0;
  let prevPos = -1;
  let undated = 0;
  const matched: number[] = [];
  for (let i = a; i < b; i++) {
    const id = index.variantTerms[i]!;
    const pos = st.first.get(id);
    if (pos === undefined) {
      // A date or number of the claim's that a sentence giving none leaves out is not missing.
      if ((!st.dated && calendar[id] === CALENDAR) || (relativeTime && calendar[id] === RELATIVE_TIME)) {
        total -= index.termWeight[id]!;
        undated++;
      } else prevPos = -1;
      continue;
    }
    weight += index.termWeight[id]!;
    count++;
    matched.push(id);
    if (prevPos >= 0 && pos > prevPos && pos - prevPos <= PHRASE_WINDOW) pairs++;
    prevPos = pos;
  }
  if (main >= 0 && count < b - a - undated) {
    const swapped = mainWordFor(index, v, main, st, calendar);
    if (swapped) {
      weight += swapped.weight;
      count++;
      matched.push(swapped.id);
    }
  }
  if (count < Math.min(minWords, b - a - undated) || count === 0 || total <= 0) return undefined;
  return { score: Math.min(1, weight / total + PHRASE_BONUS * pairs), matched };
}

/**
 * A paraphrase retold in the claim's own words: the heaviest word of the claim's main text (`main`,
 * its first variant, in the same language) that the sentence holds and variant v lacks, standing for
 * v's heaviest missing word — one word, weighed as the lighter of the two. "Zelenskyy had fled
 * Ukraine to Poland" is the paraphrase "Zelensky left Ukraine and is now in Poland" with the main
 * text's "fled" (MAIN_WORD_SWAP). Dates and numbers take part in neither side.
 */
function mainWordFor(
  index: ClaimIndex,
  v: number,
  main: number,
  st: SentenceTerms,
  calendar: Uint8Array,
): { id: number; weight: number } | undefined {
  if (v === main || index.variantLanguage[v] !== index.variantLanguage[main]) return undefined;
  const a = index.variantTermStart[v]!;
  const b = index.variantTermStart[v + 1]!;
  let missing = 0;
  for (let i = a; i < b; i++) {
    const id = index.variantTerms[i]!;
    if (calendar[id] === 0 && !st.first.has(id)) missing = Math.max(missing, index.termWeight[id]!);
  }
  if (missing === 0) return undefined;
  let best: { id: number; weight: number } | undefined;
  for (let i = index.variantTermStart[main]!; i < index.variantTermStart[main + 1]!; i++) {
    const id = index.variantTerms[i]!;
    if (calendar[id] !== 0 || !st.first.has(id)) continue;
    let own = false;
    for (let j = a; j < b && !own; j++) own = index.variantTerms[j] === id;
    if (own) continue;
    const weight = Math.min(missing, index.termWeight[id]!);
    if (!best || weight > best.weight) best = { id, weight };
  }
  return best;
}

/** Which of a claim's variants a sentence is scored against, and how many of their words it needs. */
export interface VariantChoice {
  /** The article's language (an index into LANGUAGES): its variants only, when the claim has one. */
  language?: number;
  minWords?: number;
  /** Only these of the claim's variants (those naming fewer of its anchors, on a sentence naming those). */
  only?: readonly number[];
  /** A paraphrase may take one word of the claim's main text (scoreVariant, MAIN_WORD_SWAP). */
  mainWordSwap?: boolean;
}

/**
 * The best of the claim's variants on one sentence. Cross-language matching goes through a
 * dataset's paraphrases: when the claim has a variant in the article's language, only those are
 * scored — another language's wording shares only names and numbers with the article, and "G20"
 * and "Bali" are not a claim (npm run eval:articles; SAME_LANGUAGE_VARIANTS).
 */
export function scoreClaim(
  index: ClaimIndex,
  claim: number,
  st: SentenceTerms,
  choice: VariantChoice = {},
): { score: number; matched: number[] } | undefined {
  const from = index.claimVariantStart[claim]!;
  const to = index.claimVariantStart[claim + 1]!;
  let own = false;
  if (choice.language !== undefined)
    for (let v = from; v < to && !own; v++) own = index.variantLanguage[v] === choice.language;
  let best: { score: number; matched: number[] } | undefined;
  for (let v = from; v < to; v++) {
    if (own && index.variantLanguage[v] !== choice.language) continue;
    if (choice.only && !choice.only.includes(v)) continue;
    const s = scoreVariant(
      index,
      v,
      st,
      choice.minWords ?? MATCH_MIN_PREDICATE_WORDS,
      true,
      choice.mainWordSwap === false ? -1 : from,
    );
    if (s && (!best || s.score > best.score)) best = s;
  }
  return best;
}

/** Any predicate word in a sentence that names every anchor: the sentence is on the claim's subject. */
export function scoreRelated(
  index: ClaimIndex,
  claim: number,
  st: SentenceTerms,
): { score: number; matched: number[] } | undefined {
  let best: { score: number; matched: number[] } | undefined;
  for (let v = index.claimVariantStart[claim]!; v < index.claimVariantStart[claim + 1]!; v++) {
    const total = index.variantTotal[v]!;
    if (total === 0) continue;
    let weight = 0;
    const matched: number[] = [];
    for (let i = index.variantTermStart[v]!; i < index.variantTermStart[v + 1]!; i++) {
      const id = index.variantTerms[i]!;
      if (st.first.has(id)) {
        weight += index.termWeight[id]!;
        matched.push(id);
      }
    }
    const score = weight / total;
    if (score >= RELATED_MIN_COVERAGE && (!best || score > best.score)) best = { score, matched };
  }
  return best;
}
