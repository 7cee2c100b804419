/**
 * Text → terms: tokenise, fold, stem in the text's language, mark stop words. Every term keeps its
 * token's span so matches map back to the exact characters of the input.
 */
import { stem } from '../lang/stem';
import { isStopword } from '../lang/stopwords';
import { type Language, wordLanguage } from '../lang/language';
import { foldWord } from './normalize';
import { forEachWord, tokenize } from './tokenize';

export interface Term {
  /** Folded and stemmed: the key the index speaks. */
  key: string;
  start: number;
  end: number;
  stop: boolean;
  numeric: boolean;
}

export interface TermKey {
  key: string;
  stop: boolean;
}

/**
 * Memo of raw word → key per text language: news text and claim collections repeat their words, so
 * most tokens cost one lookup instead of folding, stemming and a stop-word check. Bounded so a
 * hostile page cannot grow it without limit.
 */
const KEY_MEMO_LIMIT = 200_000;
const keyMemo = new Map<Language, Map<string, TermKey>>();

function memoFor(language: Language): Map<string, TermKey> {
  let memo = keyMemo.get(language);
  if (!memo) keyMemo.set(language, (memo = new Map()));
  return memo;
}

export function termKey(raw: string, language: Language, memo = memoFor(language)): TermKey {
  let k = memo.get(raw);
  if (k === undefined) {
    const folded = foldWord(raw);
    const lang = wordLanguage(folded, language);
    k = { key: stem(folded, lang), stop: isStopword(folded, lang) };
    if (memo.size >= KEY_MEMO_LIMIT) memo.clear();
    memo.set(raw, k);
  }
  return k;
}

export function analyze(text: string, language: Language, from = 0, to = text.length): Term[] {
  const tokens = tokenize(text, from, to);
  const memo = memoFor(language);
  const out: Term[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const { key, stop } = termKey(t.raw, language, memo);
    const c = key.charCodeAt(0);
    out[i] = { key, start: t.start, end: t.end, stop, numeric: c >= 48 && c <= 57 };
  }
  return out;
}

/** Every key an alias word may take in an article, whichever of our languages the article is in. */
export function aliasWordKeys(raw: string): string[] {
  const folded = foldWord(raw);
  const c = folded.charCodeAt(0);
  const langs: Language[] = c >= 0x0400 && c <= 0x04ff ? ['ru', 'uk'] : ['en', 'und'];
  const keys = new Set<string>([folded]);
  for (const lang of langs) keys.add(stem(folded, lang));
  return [...keys];
}

/**
 * The keys of a text's non-stop words, in order, without building Term objects: the index build's
 * path over millions of claim words.
 */
export function contentKeys(
  text: string,
  language: Language,
  out: (key: string, raw: string, position: number) => void,
): void {
  const memo = memoFor(language);
  let position = 0;
  forEachWord(text, (raw) => {
    const k = termKey(raw, language, memo);
    if (!k.stop) out(k.key, raw, position);
    position++;
  });
}
