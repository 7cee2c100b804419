/**
 * Stemming through @orama/stemmers (Snowball-derived, one small module per language), and
 * Korean particle stripping (korean.ts). Results are memoised: news text repeats its words, and
 * stemmers are the hot path's costliest step.
 *
 * The Snowball stemmers of languages written with diacritics read them ("hospitalisée" and
 * "hospitalisé" meet at hospitalis, "hospitalisee" does not), so those languages are handed the
 * word with its marks (lowerWord) and their stem is folded after (stemKey); English, Russian and
 * Ukrainian get the folded word as they always have.
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as hindi } from '@orama/stemmers/indian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { dropLatinMarks } from '../text/normalize';
import { stripKoreanParticle } from './korean';
import { SUPPORTED, type Language } from './language';
import { americanise, foldTransliteration } from './spelling';

/** A Turkish suffix on a proper noun follows an apostrophe ("Erdoğan'ın", "Türkiye'nin"): cut it. */
function turkishStem(word: string): string {
  const apostrophe = word.indexOf("'");
  return turkish(apostrophe > 1 ? word.slice(0, apostrophe) : word);
}

/**
 * The Bulgarian stemmer rewrites letters of its input in place (t[i] = "н"), which on a string
 * throws in a module's strict mode ("Cannot assign to read only property"): it is given an array
 * of the letters, with the one string method it calls.
 */
function bulgarianStem(word: string): string {
  const letters = [...word] as string[] & { substring?: (from: number, to?: number) => string };
  letters.substring = (from, to) => letters.slice(from, to).join('');
  return bulgarian(letters as unknown as string);
}

const STEMMERS: Record<Exclude<Language, 'und'>, (w: string) => string> = {
  en: (w) => english(americanise(foldTransliteration(w))),
  ru: russian,
  uk: ukrainian,
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
  it: italian,
  nl: dutch,
  da: danish,
  no: norwegian,
  sv: swedish,
  fi: finnish,
  tr: turkishStem,
  id: indonesian,
  ro: romanian,
  hu: hungarian,
  lt: lithuanian,
  ga: irish,
  // Serbian's stemmer answers in Latin letters whichever script it is given, so Cyrillic and Latin
  // Serbian meet.
  sr: serbian,
  bg: bulgarianStem,
  // No library stems Macedonian; it inflects its nouns as Bulgarian does (the article suffixed:
  // болница, болницата), so the Bulgarian stemmer serves it better than none.
  mk: bulgarianStem,
  el: greek,
  hy: armenian,
  ar: arabic,
  hi: hindi,
  ne: nepali,
  ta: tamil,
  ko: stripKoreanParticle,
};

/**
 * Latin-script languages whose stemmer is given the word with its diacritics (see stemKey).
 * English is not: its keys stay exactly what they were (the ranker's weights were tuned on them).
 */
export const STEMS_WITH_MARKS: ReadonlySet<Language> = new Set<Language>([
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'da',
  'no',
  'sv',
  'fi',
  'tr',
  'id',
  'ro',
  'hu',
  'lt',
  'ga',
  'sr',
]);

/** Bounded so a hostile page cannot grow it without limit. */
const MEMO_LIMIT = 200_000;
const memo = Object.fromEntries([...SUPPORTED, 'und'].map((l) => [l, new Map<string, string>()])) as Record<
  Language,
  Map<string, string>
>;

/**
 * The stem of a lower-cased word. Latin diacritics are dropped from the result, so a word given
 * with them (lowerWord) and its folded form (foldWord) both give keys in the folded alphabet.
 */
export function stem(word: string, language: Language): string {
  if (language === 'und' || /^\p{N}/u.test(word)) return word;
  // Words of two letters (four, in the Latin-script languages other than English, whose stemmers
  // would make "não" the preposition "na") are left whole.
  if (word.length < (STEMS_WITH_MARKS.has(language) ? 4 : 3)) return dropLatinMarks(word);
  const cache = memo[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = STEMMERS[language](word) || word;
    if (language !== 'en') s = dropLatinMarks(s);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/**
 * The key of a word in a language, from its lower-cased form with marks (lowerWord) and its
 * folded form (foldWord): the languages that stem with diacritics get the first.
 */
export function stemKey(lower: string, folded: string, language: Language): string {
  return stem(STEMS_WITH_MARKS.has(language) ? lower : folded, language);
}
