/**
 * Text → ranking terms: the engine's tokeniser, folding and stemming, with the ranking stop words
 * dropped. Each term remembers whether it looked like a name (capitalised inside a sentence) or a
 * number, because names and numbers that disagree separate claims that share every other word.
 */
import { fromTag, type Language } from '../lang/language';
import { stem } from '../lang/stem';
import { startsUpper } from '../text/analyze';
import { foldWord } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isRankStopword } from './stopwords';

export const TERM_CAPITALISED = 1;
export const TERM_NUMBER = 2;

export interface RankTerm {
  key: string;
  flags: number;
}

/** "1,000" and "1000" are one number; "3.5" keeps its point. */
function numberKey(folded: string): string {
  return /^\d{1,3}(?:,\d{3})+$/.test(folded) ? folded.replaceAll(',', '') : folded;
}

const SENTENCE_START = /[.!?:"“”«»(\n]\s*$/;

export function rankLanguage(tag: string | undefined): Language {
  return fromTag(tag) ?? 'en';
}

export function rankTerms(text: string, language: Language = 'en'): RankTerm[] {
  const out: RankTerm[] = [];
  for (const t of tokenize(text)) {
    const folded = foldWord(t.raw);
    if (!folded) continue;
    const c = folded.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push({ key: numberKey(folded), flags: TERM_NUMBER });
      continue;
    }
    const lang: Language =
      c >= 0x0400 && c <= 0x04ff
        ? language === 'uk'
          ? 'uk'
          : 'ru'
        : language === 'ru' || language === 'uk'
          ? 'en'
          : language;
    if (isRankStopword(folded, lang)) continue;
    const capitalised =
      startsUpper(text, t.start) &&
      t.start > 0 &&
      !SENTENCE_START.test(text.slice(Math.max(0, t.start - 3), t.start));
    out.push({ key: stem(folded, lang), flags: capitalised ? TERM_CAPITALISED : 0 });
  }
  return out;
}
