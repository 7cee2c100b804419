/**
 * Folding a word to the form both the index and the article agree on: lower case, Cyrillic ё → е,
 * Latin diacritics dropped (so "Kazakhstán" meets "Kazakhstan"), typographic apostrophes unified,
 * a French or Italian elision ("l’", "d’", "dell’") and an English possessive "'s" removed.
 * Letters of other scripts keep their marks: й must stay й.
 */

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const COMBINING_MARKS = /\p{M}+/gu;

/** French and Italian elided articles and pronouns glued to the next word ("l’OTSC", "dell’ONU"). */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall|un)'(?=\p{L}{2})/u;

/**
 * Everything foldWord does but dropping the Latin diacritics: the form a Snowball stemmer of a
 * language written with them wants ("hospitalisée" → hospitalis, where "hospitalisee" keeps its e).
 */
export function lowerWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('ё')) word = word.replaceAll('ё', 'е');
  if (word.includes('’') || word.includes('ʼ')) word = word.replace(/[’ʼ]/g, "'");
  if (word.length > 3 && word.includes("'")) {
    const elided = ELISION.exec(word);
    if (elided) word = word.slice(elided[0].length);
  }
  if (word.endsWith("'s")) word = word.slice(0, -2);
  else if (word.endsWith("'")) word = word.slice(0, -1);
  return word;
}

/** Latin letters without their diacritics ("kórház" → korhaz); other scripts untouched. */
export function dropLatinMarks(word: string): string {
  return LATIN_WITH_MARKS.test(word) ? word.normalize('NFD').replace(COMBINING_MARKS, '') : word;
}

export function foldWord(raw: string): string {
  return dropLatinMarks(lowerWord(raw));
}
