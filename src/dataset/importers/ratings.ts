/**
 * Fact-checkers' rating words → the format's normalised values. Only wordings whose meaning the
 * publisher documents are listed; any other wording keeps its text with the value "unrated", so the
 * reader sees the fact-checker's own words and the extension never claims more than they said.
 *
 * Where the wordings come from:
 * - PolitiFact's Truth-O-Meter: True, Mostly True, Half True, Mostly False (formerly Barely True),
 *   False, Pants on Fire (its JSON writes "pants-fire", "half-true", "barely-true").
 * - Snopes' rating scale: True, Mostly True, Mixture, Mostly False, False, Miscaptioned, Correct
 *   Attribution, Fake; Unproven, Outdated, Satire, Legend, Research in Progress rate no truth value.
 * - Meta's third-party fact-checking labels (used by AFP, Full Fact, Newschecker, The Quint and
 *   most IFCN signatories): False, Altered, Partly False, Missing Context, Satire, True; Google's
 *   Fact Check Tools shows them as written, e.g. "False Context" (Newschecker), "Misleading".
 * - The Washington Post's Pinocchio Test: Four (false) to One (mostly true), the Geppetto Checkmark.
 * - Other languages, from the IFCN signatories that use them: Falso/Verdadero/Engañoso/Bulo
 *   (Maldita, Newtral, Chequeado), Falso/Verdadeiro/Enganoso (Lupa, Aos Fatos), Faux/Vrai/Trompeur
 *   (AFP Factuel), Falsch/Richtig/Irreführend/Fehlender Kontext/Teilweise falsch (Correctiv),
 *   Фейк/Неправда/Правда/Манипуляция/Маніпуляція/Напівправда (StopFake, VoxCheck, Provereno).
 */
import type { NormalisedRating, Rating } from '../../engine/index';

// A table: grouped by language, one group a line, so prettier leaves it as written.
// prettier-ignore
const WORDINGS: Record<NormalisedRating, string[]> = {
  false: [
    'false', 'pants on fire', 'pants fire', 'fake', 'fake news', 'hoax', 'fabricated', 'altered', 'incorrect',
    'untrue', 'not true', 'totally false', 'completely false', 'four pinocchios',
    'falso', 'falsa', 'bulo', // es, pt, it
    'faux', 'fausse', // fr
    'falsch', // de
    'фейк', 'неправда', 'ложь', 'брехня', // ru, uk
  ],
  'mostly-false': ['mostly false', 'barely true', 'three pinocchios', 'mayormente falso', 'в основном неправда'],
  mixed: [
    'half true', 'mixture', 'mixed', 'partly false', 'partly true', 'partially false', 'partially true', 'two pinocchios',
    'teilweise falsch', 'verdadero a medias', 'полуправда', 'напівправда', 'частково правда',
  ],
  'mostly-true': ['mostly true', 'one pinocchio', 'mostly correct', 'mayormente verdadero', 'в основном правда'],
  true: [
    'true', 'correct', 'accurate', 'correct attribution', 'geppetto checkmark',
    'verdadero', 'verdadeiro', 'vrai', 'richtig', 'wahr', 'vero', 'правда',
  ],
  misleading: [
    'misleading', 'false context', 'missing context', 'needs context', 'lacks context', 'out of context', 'miscaptioned',
    'exaggerated', 'distorted',
    'engañoso', 'enganoso', 'sin contexto', 'fuera de contexto', 'fora de contexto', // es, pt
    'trompeur', 'hors contexte', // fr
    'irreführend', 'fehlender kontext', // de
    'fuorviante', // it
    'манипуляция', 'маніпуляція', 'вводит в заблуждение', 'вводить в оману', // ru, uk
  ],
  // Listed so the table shows they were considered: they rate no truth value.
  unrated: ['satire', 'labeled satire', 'unproven', 'unverified', 'outdated', 'legend', 'research in progress', 'no evidence'],
};

/** Lower case, one space between words, hyphens and underscores as spaces, outer punctuation gone. */
export function foldWording(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\u2010-\u2015-]+/gu, ' ')
    .replace(/^[\s"'“”«»‘’.!¡¿?:;,]+|[\s"'“”«»‘’.!¡¿?:;,]+$/gu, '')
    .trim();
}

const TABLE = new Map<string, NormalisedRating>(
  Object.entries(WORDINGS).flatMap(([value, words]) =>
    words.map((w) => [foldWording(w), value as NormalisedRating]),
  ),
);

/**
 * The normalised value of a wording: an exact match of the whole label, or of the part before the
 * first sentence punctuation ("False. The photo is from 2019" → false; "False context" stays whole).
 */
export function ratingOfWording(label: string): NormalisedRating | undefined {
  const folded = foldWording(label);
  const whole = TABLE.get(folded);
  if (whole) return whole;
  const head = /^([^.:;!?(—–]+)[.:;!?(—–]/u.exec(label);
  return head ? TABLE.get(foldWording(head[1]!)) : undefined;
}

/**
 * A position on a numeric scale as Google's ClaimReview guidance reads it (1 = false, 2 = mostly
 * false, 3 = half true, 4 = mostly true, 5 = true on the default 1–5 scale), for any worst..best.
 */
export function ratingOfScale(value: number, best = 5, worst = 1): NormalisedRating | undefined {
  if (![value, best, worst].every(Number.isFinite) || best === worst) return undefined;
  const p = (value - worst) / (best - worst);
  if (p < 0 || p > 1) return undefined;
  if (p < 0.125) return 'false';
  if (p < 0.375) return 'mostly-false';
  if (p <= 0.625) return 'mixed';
  if (p <= 0.875) return 'mostly-true';
  return 'true';
}

export interface ScaleRating {
  value: number;
  best?: number;
  worst?: number;
}

/**
 * The rating of a review: its wording when it has one (an unknown wording is "unrated", never a
 * guess from the number beside it); the numeric scale only when there is no wording.
 */
export function normaliseRating(label: string | undefined, scale?: ScaleRating): Rating | undefined {
  const words = label?.trim();
  if (words) return { label: words, value: ratingOfWording(words) ?? 'unrated' };
  if (!scale) return undefined;
  const value = ratingOfScale(scale.value, scale.best, scale.worst);
  if (!value) return undefined;
  return {
    label: `${scale.value} on a scale from ${scale.worst ?? 1} (worst) to ${scale.best ?? 5} (best)`,
    value,
  };
}
