/**
 * The stance cue lexicon as data: every entry is one regular-expression alternative with the
 * sentences that show it firing, so the tests can check each entry on its own
 * (test/unit/stance-cues.test.ts) and `cues.ts` can post each entry in a prefix trie. Lexicons of all languages are applied at once, so each entry is written not to fire on
 * ordinary text of the other languages.
 */
import { AR, FA, HY, KA } from './lexicon-asia-west';
import { BG, MK, PL } from './lexicon-slavic';
import { DE, LB } from './lexicon-de';
import { EN } from './lexicon-en';
import { ES } from './lexicon-es';
import { FR } from './lexicon-fr';
import { EL } from './lexicon-el';
import { IT } from './lexicon-it';
import { ID, JA, KO, ZH } from './lexicon-asia-east';
import { DA, NL, NO, SV } from './lexicon-nordic';
import { PT } from './lexicon-pt';
import { RU } from './lexicon-ru';
import { TR } from './lexicon-tr';
import { UK } from './lexicon-uk';

export type CueKind = 'debunk' | 'denial' | 'hedge' | 'reference' | 'confirm';

export const CUE_KINDS: readonly CueKind[] = ['debunk', 'denial', 'hedge', 'reference', 'confirm'];

/** Where the match must not touch a letter, mark or digit. */
export type Bound = 'word' | 'start' | 'none';

/** One entry as the lexicon files write it (the language comes from its `Lexicon`). */
export interface Entry {
  kind: CueKind;
  /**
   * A regular-expression source (u flag), matched against the lower-cased text unless `caseSensitive`:
   * letters are lowered before compiling. `\p{L}` and `\p{M}` are replaced by explicit ranges (see LETTERS).
   */
  pattern: string;
  /** Realistic news sentences of the language, each with the exact span this entry matches in ⟦…⟧. */
  examples: string[];
  /** Default `word`: no letter, mark or digit on either side. `start` for agglutinating scripts. */
  bound?: Bound;
  caseSensitive?: boolean;
  /** Whether the language's negation guard applies; default true for debunk, denial and confirm. */
  negatable?: boolean;
}

export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  /** What may stand right before a negated cue ("did not ", "не "), used as a negative lookbehind. */
  negBefore?: string;
  /** What may follow a negated cue ("… nicht"), used as a negative lookahead. */
  negAfter?: string;
  entries: Entry[];
}

export interface CueEntry extends Entry {
  lang: string;
}

export const LEXICONS: readonly Lexicon[] = [
  EN,
  RU,
  UK,
  DE,
  LB,
  FR,
  ES,
  PT,
  IT,
  NL,
  DA,
  NO,
  SV,
  TR,
  BG,
  MK,
  PL,
  EL,
  AR,
  FA,
  HY,
  KA,
  KO,
  ZH,
  JA,
  ID,
];

export const LEXICON: readonly CueEntry[] = LEXICONS.flatMap((lex) =>
  lex.entries.map((e) => ({ ...e, lang: lex.lang })),
);

/** The marks around an example's expected span. */
export const SPAN_OPEN = '⟦';
export const SPAN_CLOSE = '⟧';

/**
 * Letters and marks of the scripts news is written in, as explicit ranges: `\p{L}` under the u flag
 * compiles into hundreds of ranges, and hundreds of regexes holding it take a third of a second to
 * compile. Patterns write `\p{L}` and `\p{M}`; compilation puts these in their place.
 */
const LETTERS =
  'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u0373\\u0376-\\u03ff' +
  '\\u0400-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u05d0-\\u05f2\\u0620-\\u064a' +
  '\\u066e-\\u066f\\u0671-\\u06d3\\u06d5\\u06e5-\\u06e6\\u06ee-\\u06ef\\u06fa-\\u06ff\\u0900-\\u0963' +
  '\\u0e01-\\u0e3a\\u0e40-\\u0e4e\\u10a0-\\u10ff\\u1100-\\u11ff\\u1c80-\\u1c8f\\u1e00-\\u1fff' +
  '\\u2c00-\\u2c7f\\u2d00-\\u2d2f\\u3005-\\u3006\\u3031-\\u3035\\u3041-\\u3096\\u309d-\\u30ff\\u3131-\\u318e' +
  '\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua640-\\ua69f\\ua720-\\ua7ff\\uac00-\\ud7af\\uf900-\\ufaff' +
  '\\ufb00-\\ufb4f\\ufb50-\\ufdff\\ufe70-\\ufefc\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9f';
const MARKS =
  '\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7' +
  '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7-\\u06e8\\u06ea-\\u06ed' +
  '\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\u3099-\\u309a\\ufe20-\\ufe2f';
const DIGITS = '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\uff10-\\uff19';
const WORD_CHAR = `[${LETTERS}${MARKS}${DIGITS}]`;

/** No letter, mark or digit right before the match (for entries bound at the start). */
export const START_BOUND = `(?<!${WORD_CHAR})`;

/**
 * Rewrites a pattern for matching against folded text (see foldText): \p{L} and \p{M} become the
 * ranges above; literal letters are lowered (not in case-sensitive entries); in Turkish, ı also
 * matches i, the lower case of I.
 */
function rewrite(source: string, lower: boolean, turkish: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 3, close);
        const ranges =
          next === 'p' && name === 'L' ? LETTERS : next === 'p' && name === 'M' ? MARKS : undefined;
        out += ranges === undefined ? source.slice(i, close + 1) : inClass ? ranges : `[${ranges}]`;
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    if (turkish && c === 'ı') out += inClass ? 'ıi' : '[ıi]';
    else out += lower && c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
  return out;
}

/** An entry's pattern as it runs, with its end bound; the start bound is added by compileEntry. */
export function entrySource(entry: CueEntry): string {
  const src = `(?:${rewrite(entry.pattern, !entry.caseSensitive, entry.lang === 'tr')})`;
  return (entry.bound ?? 'word') === 'word' ? `${src}(?!${WORD_CHAR})` : src;
}

/**
 * The text as the entries read it (except case-sensitive ones, which read the text itself): lower
 * case, offset for offset (İ, whose lower case is two code units, becomes i).
 */
export function foldText(text: string): string {
  const lower = (text.includes('İ') ? text.replaceAll('İ', 'I') : text).toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!.toLowerCase();
    out += l.length === 1 ? l : text[i]!;
  }
  return out;
}

/**
 * One entry compiled alone, sticky: set lastIndex to where it must match, and run it on
 * `foldText(text)`, or on the text itself for a case-sensitive entry.
 */
export function compileEntry(entry: CueEntry): RegExp {
  const start = (entry.bound ?? 'word') === 'none' ? '' : START_BOUND;
  return new RegExp(start + entrySource(entry), 'uy');
}

interface Guard {
  before?: RegExp;
  after?: RegExp;
}
const guards = new Map<string, Guard>();

function guardOf(lang: string): Guard {
  let g = guards.get(lang);
  if (!g) {
    const lex = LEXICONS.find((l) => l.lang === lang);
    g = {
      ...(lex?.negBefore && { before: new RegExp(`(?:${rewrite(lex.negBefore, true, false)})$`, 'u') }),
      ...(lex?.negAfter && { after: new RegExp(rewrite(lex.negAfter, true, false), 'uy') }),
    };
    guards.set(lang, g);
  }
  return g;
}

/**
 * Whether a negation of any language stands right before folded[at] ("did not suffer", "не
 * покидал", "no hubo ningún desmayo"): the sentence says the claim's word did not happen.
 */
export function negatedBefore(folded: string, at: number): number | undefined {
  // Every language's guard in one alternation: one pass over the slice instead of one per language.
  anyNegationBefore ??= new RegExp(
    `(?:${LEXICONS.filter((l) => l.negBefore)
      .map((l) => rewrite(l.negBefore!, true, false))
      .join('|')})$`,
    'u',
  );
  const before = folded.slice(Math.max(0, at - NEGATION_REACH), at);
  const m = anyNegationBefore.exec(before);
  return m ? at - before.length + m.index : undefined;
}

let anyNegationBefore: RegExp | undefined;

/** How far back a negation may stand: "has not yet publicly " and the like. */
const NEGATION_REACH = 60;

/**
 * Whether the entry's cue at text[start, end) is negated ("did not deny", "не опроверг",
 * "dementierte die Berichte nicht"), in the folded text (see foldText). Checked on hits only:
 * as lookbehinds inside the patterns the guards would cost far more.
 */
export function isNegated(entry: CueEntry, folded: string, start: number, end: number): boolean {
  if (!(entry.negatable ?? (entry.kind !== 'hedge' && entry.kind !== 'reference'))) return false;
  const g = guardOf(entry.lang);
  if (g.before?.test(folded.slice(Math.max(0, start - NEGATION_REACH), start))) return true;
  if (g.after) {
    g.after.lastIndex = end;
    if (g.after.test(folded)) return true;
  }
  return false;
}
