/**
 * Stemming through @orama/stemmers (Snowball-derived, one small module per language).
 * Results are memoised: news text repeats its words, and stemmers are the hot path's costliest step.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import type { Language } from './language';
import { americanise } from './spelling';

const STEMMERS: Record<Exclude<Language, 'und'>, (w: string) => string> = {
  en: english,
  ru: russian,
  uk: ukrainian,
};

/** Bounded so a hostile page cannot grow it without limit. */
const MEMO_LIMIT = 200_000;
const memo: Record<Language, Map<string, string>> = {
  en: new Map(),
  ru: new Map(),
  uk: new Map(),
  und: new Map(),
};

export function stem(word: string, language: Language): string {
  if (language === 'und' || word.length < 3 || /^\p{N}/u.test(word)) return word;
  const cache = memo[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = STEMMERS[language](language === 'en' ? americanise(word) : word) || word;
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
