/**
 * Which analyser a text gets. The page's own declaration (<html lang>) wins when it names a
 * language we analyse; otherwise the letters decide: Cyrillic with і/ї/є/ґ is Ukrainian, other
 * Cyrillic Russian, Latin English only when English function words are common. Anything else is
 * "und" and is matched without stemming, so an unknown language can miss but never mis-stem.
 */

export type Language = 'en' | 'ru' | 'uk' | 'und';

export const SUPPORTED: readonly Language[] = ['en', 'ru', 'uk'];

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;
const RUSSIAN_ONLY_LETTERS = /[ыэъЫЭЪ]/;
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|to|in|is|that|was|for|with|on|as|by|has|have|will)\b/gi;

/** The first subtag of a BCP 47 tag, if it is one we analyse. */
export function fromTag(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'ru' || primary === 'uk' ? primary : undefined;
}

/** Guesses from a sample of the text (its first few thousand characters are enough). */
export function detectLanguage(text: string, declared?: string): Language {
  const fromDeclared = fromTag(declared);
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of sample) {
    // ASCII, most of any Latin-script page, needs no Unicode property lookup.
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  const letters = cyrillic + latin;
  if (letters === 0) return fromDeclared ?? 'und';
  if (cyrillic > latin) {
    if (fromDeclared === 'ru' || fromDeclared === 'uk') return fromDeclared;
    const uk = UKRAINIAN_LETTERS.test(sample);
    const ru = RUSSIAN_ONLY_LETTERS.test(sample);
    return uk && !ru ? 'uk' : ru && !uk ? 'ru' : uk ? 'uk' : 'ru';
  }
  if (fromDeclared === 'en') return 'en';
  if (declared && !fromDeclared) return 'und';
  const words = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return words * 40 >= latin / 5 ? 'en' : 'und';
}

/** The language a single word should be stemmed in, given the text's language. */
export function wordLanguage(word: string, textLanguage: Language): Language {
  const first = word.charCodeAt(0);
  if (first >= 0x0400 && first <= 0x04ff)
    return textLanguage === 'uk' || textLanguage === 'ru' ? textLanguage : 'ru';
  if (first < 0x250) return textLanguage === 'ru' || textLanguage === 'uk' ? 'en' : textLanguage;
  return 'und';
}
