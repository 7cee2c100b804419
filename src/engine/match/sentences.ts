/**
 * The article's terms grouped by sentence, as the index's key ids: where each key first stands in
 * each sentence (for phrase evidence) and which sentences hold each key (to find the windows a
 * claim's required terms share). Keys no claim uses are kept only as positions.
 */
import type { ClaimIndex } from '../claim-index/layout';
import { setBit } from './bitset';
import { PHRASE_WINDOW } from './constants';
import { isCompoundHead, newPass, startsUpper, type Term } from '../text/analyze';
import { CALENDAR, calendarKeys, isCalendarKey } from '../text/calendar';
import type { SentenceSpan } from '../text/segment';

export interface SentenceTerms {
  span: SentenceSpan;
  /** Key id → first position (in words) within the sentence. */
  first: Map<number, number>;
  /** The sentence's numbers, as key ids (−1 for numbers no claim uses). */
  numbers: Set<number> | undefined;
  /** Capitalised words after the sentence's first (key id, −1 for keys no claim uses). */
  names: number[] | undefined;
  /** Whether the sentence gives a number or a month (calendar.ts): only then do a claim's own dates count. */
  dated: boolean;
  /**
   * Key ids the sentence names only as an owner, every time possessive ("Gmail's basic HTML view"):
   * a claim about Gmail itself is not stated there (percolate.ts, claims without anchors).
   */
  owned: Set<number> | undefined;
}

const isApostrophe = (c: string | undefined) => c === "'" || c === '’';
const LETTER = /\p{L}/u;

/**
 * Whether the term at [start, end) of text is an English possessive: it ends in "'s", or "'s" and no
 * further letter follow it. Read character by character, with no slice: indexSentences asks it of
 * every capitalised word of every sentence it reads.
 */
export function isPossessive(text: string, start: number, end: number): boolean {
  if (end - start >= 2 && text[end - 1] === 's' && isApostrophe(text[end - 2])) return true;
  if (!isApostrophe(text[end]) || text[end + 1] !== 's') return false;
  const next = text[end + 2];
  return next === undefined || !LETTER.test(next);
}

export interface ArticleTerms {
  /** The windows: the article's blocks (coarse) or sentences. */
  spans: SentenceSpan[];
  coarse: boolean;
  sentences: SentenceTerms[];
  /** Sentence of each article term (−1 outside every sentence). */
  sentenceOf: Int32Array;
  /** Key id → the sentences holding it, as a bitset (bit s of word s >> 5), for keys the index knows. */
  sentencesOfKey: Map<number, Uint32Array>;
  /** Words per bitset. */
  words: number;
}

/** A pass number per index (newPass), for the key ids keyIdsOf keeps on the page memo's entries. */
const PASSES = new WeakMap<ClaimIndex, number>();

/**
 * Each term's key id in the index (−1 for keys no claim uses): looked up once, used by both passes.
 * The id is kept on the word's memo entry for the next article read against the same index: at
 * 100k claims a lookup in the index's key map missed the cache for most words, and was a sixth of
 * matching the bench article (node --cpu-prof of npm run bench's article).
 */
export function keyIdsOf(index: ClaimIndex, terms: readonly Term[]): Int32Array {
  let pass = PASSES.get(index);
  if (pass === undefined) PASSES.set(index, (pass = newPass()));
  const ids = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const entry = t.entry;
    if (entry === undefined) ids[i] = index.keyId.get(t.key) ?? -1;
    else if (entry.pass === pass) ids[i] = entry.id;
    else {
      ids[i] = entry.id = index.keyId.get(t.key) ?? -1;
      entry.pass = pass;
    }
  }
  return ids;
}

/**
 * Groups the article's terms by span. `coarse` (the first pass, over whole blocks) fills only what
 * finding candidates needs — sentenceOf and sentencesOfKey — and no per-span records.
 */
export function indexSentences(
  index: ClaimIndex,
  terms: Term[],
  spans: SentenceSpan[],
  text = '',
  ids: Int32Array = keyIdsOf(index, terms),
  coarse = false,
): ArticleTerms {
  const sentences: SentenceTerms[] = coarse
    ? []
    : spans.map((span) => ({
        span,
        first: new Map(),
        numbers: undefined,
        names: undefined,
        dated: false,
        owned: undefined,
      }));
  const sentenceOf = new Int32Array(terms.length).fill(-1);
  const sentencesOfKey = new Map<number, Uint32Array>();
  const words = Math.max(1, Math.ceil(spans.length / 32));
  const length = new Int32Array(spans.length);
  const calendar = coarse ? undefined : calendarKeys(index.keys);
  let s = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s >= spans.length) break;
    if (t.start < spans[s]!.start) continue;
    sentenceOf[i] = s;
    const id = ids[i]!;
    if (!coarse) {
      // A compound's verb stands where the compound does (isCompoundHead): it moves no later word
      // away from the words before it, and it is not a name of its own.
      const head = isCompoundHead(terms, i);
      const pos = head ? length[s]! - 1 : length[s]!++;
      const st = sentences[s]!;
      if (!head && pos > 0 && !t.stop && !t.numeric && text && startsUpper(text, t.start))
        (st.names ??= []).push(id);
      if (t.numeric) {
        (st.numbers ??= new Set()).add(id);
        st.dated = true;
      } else if (!st.dated && (id >= 0 ? calendar![id] === CALENDAR : isCalendarKey(t.key))) st.dated = true;
      if (id < 0) continue;
      // Only capitalised words can be owners worth telling apart (names); the check is skipped for the rest.
      const owner = text !== '' && startsUpper(text, t.start) && isPossessive(text, t.start, t.end);
      if (st.first.has(id)) {
        if (!owner) st.owned?.delete(id);
        continue;
      }
      if (owner) (st.owned ??= new Set()).add(id);
      st.first.set(id, pos);
    } else if (id < 0) continue;
    let bits = sentencesOfKey.get(id);
    if (!bits) sentencesOfKey.set(id, (bits = new Uint32Array(words)));
    setBit(bits, s);
  }
  return { spans, coarse, sentences, sentenceOf, sentencesOfKey, words };
}

/** A sentence's terms merged with another's: a claim told over two sentences, or a headline and its lead. */
export function mergeTerms(a: SentenceTerms, b: SentenceTerms): SentenceTerms {
  const first = new Map(a.first);
  // Far enough apart that no phrase bonus bridges the two.
  let offset = 0;
  for (const pos of a.first.values()) offset = Math.max(offset, pos + 1);
  offset += PHRASE_WINDOW + 1;
  for (const [k, pos] of b.first) if (!first.has(k)) first.set(k, pos + offset);
  const numbers = a.numbers || b.numbers ? new Set([...(a.numbers ?? []), ...(b.numbers ?? [])]) : undefined;
  // Owned in the pair only if neither sentence names it plainly.
  const ownedIn = (x: SentenceTerms, y: SentenceTerms) =>
    [...(x.owned ?? [])].filter((id) => !y.first.has(id) || y.owned?.has(id) === true);
  const owned = a.owned || b.owned ? new Set([...ownedIn(a, b), ...ownedIn(b, a)]) : undefined;
  return { span: a.span, first, numbers, names: undefined, dated: a.dated || b.dated, owned };
}
