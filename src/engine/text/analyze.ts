/**
 * Text → terms: tokenise, fold, stem in the text's language, mark stop words. Every term keeps its
 * token's span so matches map back to the exact characters of the input.
 */
import { stem } from '../lang/stem';
import { isStopword } from '../lang/stopwords';
import { type Language, wordLanguage } from '../lang/language';
import { foldWord } from './normalize';
import { tokenize } from './tokenize';

export interface Term {
  /** Folded and stemmed: the key the index speaks. */
  key: string;
  start: number;
  end: number;
  stop: boolean;
  numeric: boolean;
}

export function termKey(raw: string, language: Language): { key: string; stop: boolean } {
  const folded = foldWord(raw);
  const lang = wordLanguage(folded, language);
  return { key: stem(folded, lang), stop: isStopword(folded, lang) };
}

export function analyze(text: string, language: Language, from = 0, to = text.length): Term[] {
  const tokens = tokenize(text, from, to);
  const out: Term[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const { key, stop } = termKey(t.raw, language);
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
