/**
 * Text → terms: tokenise, fold, stem in the text's language, mark stop words. Every term keeps its
 * token's span so matches map back to the exact characters of the input.
 */
import { stemKey } from '../lang/stem';
import { isStopword } from '../lang/stopwords';
import { type Language, languagesOfScript, scriptOf, wordLanguage } from '../lang/language';
import { dropLatinMarks, lowerWord } from './normalize';
import { WordCursor } from './tokenize';
import { textHash, WordTable } from './word-table';
import { compoundHead } from './compounds';

export interface Term {
  /** Folded and stemmed: the key the index speaks. */
  key: string;
  start: number;
  end: number;
  stop: boolean;
  numeric: boolean;
  /**
   * The memo's entry for the word, where the matcher keeps the word's key id in the index it last
   * read the word against (keyIdsOf); undefined for the verb of a compound.
   */
  entry: TermKey | undefined;
}

export interface TermKey {
  key: string;
  stop: boolean;
  /** The key begins with a letter (not a number). */
  letter: boolean;
  /** The key's id in the index keyIdsOf last read it against, valid while `pass` is that index's. */
  pass: number;
  id: number;
  /** English: the key of the verb of a compound noun ("shutdown" → the key of "shut"; compounds.ts). */
  head?: string;
}

const LETTER = /^\p{L}/u;

/** Whether a key begins with a letter: a word, not a number (TermKey.letter). */
export const isLetterKey = (key: string): boolean => LETTER.test(key);

function termKey(raw: string, language: Language): TermKey {
  const lower = lowerWord(raw);
  const folded = dropLatinMarks(lower);
  const lang = wordLanguage(folded, language);
  const stop = isStopword(folded, lang);
  const stemmed = stemKey(lower, folded, lang);
  const key: TermKey = { key: stemmed, stop, letter: isLetterKey(stemmed), pass: -1, id: -1 };
  if (lang === 'en' && !stop) {
    const head = compoundHead(folded, (w) => isStopword(w, 'en'));
    if (head !== undefined) key.head = stemKey(head, head, 'en');
  }
  return key;
}

/**
 * The text's terms; `memo`: whose words these are (an article's, by default, or the claims').
 * `compoundHeads`: an English compound noun is followed by a term for its verb, over the same
 * characters ("shutdown", then "shut": compounds.ts) — for the article being matched, not for claims.
 */
export function analyze(
  text: string,
  language: Language,
  memo: WordMemo = PAGE_WORDS,
  compoundHeads = false,
): Term[] {
  const out: Term[] = [];
  forEachKey(
    text,
    language,
    (k, start, end) => {
      const c = k.key.charCodeAt(0);
      out.push({ key: k.key, start, end, stop: k.stop, numeric: c >= 48 && c <= 57, entry: k });
      if (compoundHeads && k.head !== undefined)
        out.push({ key: k.head, start, end, stop: false, numeric: false, entry: undefined });
    },
    memo,
  );
  return out;
}

/**
 * Whether terms[i] is the verb analyze adds after an English compound (`compoundHeads`): the only
 * term that starts where the term before it starts. It is a word of what a sentence says, not a
 * word of its own: alias sequences, names and word positions read past it.
 */
export function isCompoundHead(terms: readonly Term[], i: number): boolean {
  return i > 0 && terms[i]!.start === terms[i - 1]!.start;
}

/** The term after the word at terms[i], past the verb a compound there adds (isCompoundHead). */
export function nextWord(terms: readonly Term[], i: number): number {
  const next = i + 1;
  return next < terms.length && isCompoundHead(terms, next) ? next + 1 : next;
}

/**
 * Every key an alias word may take in an article, whichever of our languages the article is in:
 * the folded word (an article of unknown language) and its stem in each language written in the
 * word's script (a Latin word in every Latin-script language, a Cyrillic one in Russian, Ukrainian,
 * Bulgarian, Macedonian and Serbian...), from the word with its diacritics and without (an
 * article may drop them: "Erdoğan" and "Erdogan").
 */
export function aliasWordKeys(raw: string): string[] {
  const lower = lowerWord(raw);
  const folded = dropLatinMarks(lower);
  const keys = new Set<string>([folded]);
  if (!folded) return [...keys];
  for (const lang of languagesOfScript(scriptOf(folded.codePointAt(0)!))) {
    // The language the analyser would give the word in an article in lang (Latin words beyond
    // Latin Extended-B stay unstemmed everywhere).
    const as = wordLanguage(folded, lang);
    keys.add(stemKey(lower, folded, as));
    if (lower !== folded) keys.add(stemKey(folded, folded, as));
  }
  return [...keys];
}

/**
 * Whether the word at text[start] begins with a capital letter: its first UTF-16 unit changes
 * under lower-casing (the claims' side, the article's sentences and the ranker all ask this).
 */
export function startsUpper(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x80) return c >= 65 && c <= 90;
  const first = text[start]!;
  return first !== first.toLowerCase();
}

/**
 * Memo of word → key per text language, read in place (see WordTable): news text and claim
 * collections repeat their words, so most tokens cost one lookup instead of folding, stemming and
 * a stop-word check. Bounded in words here and in characters by WordTable, so a hostile page
 * cannot grow it without limit.
 */
const KEY_MEMO_LIMIT = 200_000;

/** Word → key tables, one per text language. */
export type WordMemo = Map<Language, WordTable<TermKey>>;

/** Bytes a memo keeps in typed arrays, outside the JS heap (the bench counts them with the heap). */
export function memoBytes(memo: WordMemo): number {
  let bytes = 0;
  for (const table of memo.values()) bytes += table.byteLength;
  return bytes;
}

/** The pages' memo: articles, headlines, look-up queries. */
const PAGE_WORDS: WordMemo = new Map();

/**
 * The claims' memo, kept between builds (a rebuild after a dataset update finds its words there).
 * Kept apart from the pages': a build memoises hundreds of thousands of claim words at a million
 * claims, and in the pages' memo they left article lookups a table too large for the cache and full
 * (analysing the bench article took twice as long after a 1M-claim build in the same process).
 */
export const CLAIM_WORDS: WordMemo = new Map();

function tableOf(memo: WordMemo, language: Language): WordTable<TermKey> {
  let table = memo.get(language);
  if (!table) memo.set(language, (table = new WordTable(KEY_MEMO_LIMIT)));
  return table;
}

/** A memo entry's tag (WordTable): what the index build reads of each claim word, in its slot. */
const STOP_TAG = 1;
const LETTER_TAG = 2;
const tagOf = (k: TermKey) => (k.stop ? STOP_TAG : 0) | (k.letter ? LETTER_TAG : 0);

/**
 * The memo's slot for the cursor's word, added on first sight, looked up without slicing a known
 * word out of the text; −1 when the memo could not take it (a run of colliding words, WordTable),
 * and the caller reads its key with unmemoised().
 */
function memoSlot(words: WordTable<TermKey>, cursor: WordCursor, language: Language): number {
  const { text, start, end } = cursor;
  const hash = textHash(text, start, end);
  const slot = words.slotOf(text, start, end, hash);
  if (slot >= 0) return slot;
  const word = cursor.raw ?? text.slice(start, end);
  const k = termKey(word, language);
  return words.add(word, hash, k, tagOf(k));
}

/** The key of a word the memo could not take (memoSlot gave −1). */
function unmemoised(cursor: WordCursor, language: Language): TermKey {
  return termKey(cursor.raw ?? cursor.text.slice(cursor.start, cursor.end), language);
}

/** Each word of the text with its key. */
function forEachKey(
  text: string,
  language: Language,
  out: (key: TermKey, start: number, end: number) => void,
  memo: WordMemo,
): void {
  const words = tableOf(memo, language);
  const cursor = new WordCursor(text);
  while (cursor.next()) {
    const slot = memoSlot(words, cursor, language);
    out(slot >= 0 ? words.value(slot) : unmemoised(cursor, language), cursor.start, cursor.end);
  }
}

let passes = 0;
/** A number no earlier pass over a memo used, for the ids a pass stamps on its words (KeySink). */
export function newPass(): number {
  return ++passes;
}

/** Where contentKeys gives each word (the index build's VariantTerms). */
export interface KeySink {
  /** This pass's number (newPass): the ids the memo holds for it are the sink's own. */
  readonly pass: number;
  /**
   * The sink's id for a key: asked when the memo holds none of this pass for the word (once per word
   * and pass, again after the memo starts over), so it must give the same id for the same key.
   */
  idOf(key: string): number;
  add(id: number, capitalised: boolean, position: number, letter: boolean): void;
}

/**
 * The sink's ids of a text's non-stop words, in order, without building Term objects: the index
 * build's path over millions of claim words, one loop that reads a known word's slot of the memo
 * and nothing else (WordTable).
 */
export function contentKeys(
  text: string,
  language: Language,
  sink: KeySink,
  memo: WordMemo = PAGE_WORDS,
): void {
  const words = tableOf(memo, language);
  const cursor = new WordCursor(text);
  for (let position = 0; cursor.next(); position++) {
    const slot = memoSlot(words, cursor, language);
    const k = slot < 0 ? unmemoised(cursor, language) : undefined;
    const tag = k ? tagOf(k) : words.tag(slot);
    if (tag & STOP_TAG) continue;
    let id = k ? -1 : words.idFor(slot, sink.pass);
    if (id < 0) {
      id = sink.idOf((k ?? words.value(slot)).key);
      if (!k) words.stampId(slot, sink.pass, id);
    }
    sink.add(id, startsUpper(text, cursor.start), position, (tag & LETTER_TAG) !== 0);
  }
}
