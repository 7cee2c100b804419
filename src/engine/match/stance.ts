/**
 * How an article treats a claim it carries. Cues are read in the matched sentence and its
 * neighbours in the same paragraph (a denial is often the next sentence), and in the headline
 * when the headline names the claim's subject. A debunking or denial-reporting article is never
 * shown as spreading the claim: those cues outrank everything else.
 */
import type { Stance } from '../types';

/** The article's own voice calls the claim false: fact-checks, hoax and fake labels. */
const DEBUNK = [
  /\bfact[- ]?check(?:ed|ers?|ing)?\b/i,
  /\bdebunk(?:ed|s|ing)?\b/i,
  /\b(?:hoax|fabricat(?:ed|ion)|doctored|fake news)\b/i,
  /\bfalse(?:ly)? (?:claim|report|stor|rumou?r)/i,
  /\bno evidence\b/i,
  /\b(?:rated|is|was) (?:false|misleading|pants on fire)\b/i,
  /(?<!\p{L})(?:фейк|фальшивк)/iu,
];

/** Someone named in the article denies it. */
const DENIAL = [
  /\b(?:den(?:y|ies|ied|ying|ial)s?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|rebuff(?:s|ed)?|disown(?:s|ed)?)\b/i,
  /\b(?:absolutely|completely|entirely|totally)? ?(?:untrue|not true|baseless|groundless|unfounded)\b/i,
  /\bdoes not correspond to (?:the )?realit/i,
  /\bno such (?:rumou?rs?|plans?|talks?|discussions?|negotiations?|decision)\b/i,
  /\b(?:to the contrary|nothing of the sort|there (?:is|was|were) no (?:such|truth))\b/i,
  /\b(?:are|is|was|were|has|have) not (?:negotiat|plann|consider|discuss|going|preparing)\w*/i,
  /(?<!\p{L})(?:опроверг|отверг|отрица|не соответству\p{L}* (?:действительности|реальности)|неправда)/iu,
  /(?<!\p{L})(?:спростува|спростову|заперечу|заперечи|не відповіда\p{L}* (?:дійсності|реальності)|неправда)/iu,
];

/** The article passes it on without standing behind it. */
const HEDGE = [
  /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|rumou?r(?:s|ed)?|unconfirmed|unverified|speculat\w*)\b/i,
  /\baccording to (?:reports|sources|media|unconfirmed|a telegram|the telegram|some|rumou?rs)/i,
  /\b(?:as reported|reports? (?:say|said|suggest)|sources? (?:say|said|claim)|is said to|are said to|was said to|claims? that)\b/i,
  /\b(?:media|journalists|outlets|reports|channels?|bloggers|users) (?:reported|report|say|said|claim(?:ed)?|wrote|suggest(?:ed)?)\b/i,
  /\b(?:described|detailed|reported|claimed|alleged|according) (?:by|to)\b/i,
  /\btelegram channel\b/i,
  /(?<!\p{L})(?:якобы|предположительно|по (?:данным|информации|словам|сообщениям)|сообщает|сообщили|слухи)(?!\p{L})/iu,
  /(?<!\p{L})(?:нібито|імовірно|за (?:даними|інформацією|словами|повідомленнями)|повідомляє|повідомили|чутки)(?!\p{L})/iu,
];

// JS \b only knows ASCII word characters: Cyrillic cues use (?<!\p{L}) with the u flag instead.
function any(patterns: RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text));
}

export type Cue = 'debunk' | 'denial' | 'hedge' | 'none';

/** The stance a passage shows on its own. */
export const STANCE_OF_CUE: Record<Cue, Stance> = {
  debunk: 'debunks',
  denial: 'reports-denial',
  hedge: 'hedged',
  none: 'asserts',
};

export function cueOf(text: string): Cue {
  if (any(DEBUNK, text)) return 'debunk';
  if (any(DENIAL, text)) return 'denial';
  if (any(HEDGE, text)) return 'hedge';
  return 'none';
}

/**
 * Combines the cues of every passage that carries the claim (each with its neighbours) and of the
 * headline. Denial and debunking anywhere win; otherwise one plain statement makes it "asserts".
 */
export function stanceOf(passageCues: Cue[], headlineCue: Cue | undefined): Stance {
  const all = headlineCue ? [...passageCues, headlineCue] : passageCues;
  if (all.includes('debunk')) return 'debunks';
  if (all.includes('denial')) return 'reports-denial';
  if (all.includes('none')) return 'asserts';
  return 'hedged';
}
