/**
 * English closed compounds of a phrasal verb: "shutdown", "takeover", "breakup", "layoff",
 * "walkout", "setback". News retell "Google is shutting down Gmail" as "the Gmail shutdown hoax";
 * the particle is a stop word, so the claim's word is the verb ("shut") and the article's the
 * compound. An article's compound also yields its verb, at the same place (analyze.ts,
 * `compoundHeads`); the claims' side is analysed as written, so a claim keeps one word per word.
 *
 * Only the particles that make such nouns, and only heads of three letters or more that are not stop
 * words themselves ("without", "throughout", "about" yield nothing). A head that is not a verb
 * ("recover" → "rec") is harmless: no claim has it as a word. npm run eval:articles, dev: the Gmail
 * story's "shutdown" articles, curated and imported. Plurals ("layoffs") count too: eval:articles
 * and CheckThat! percolation unchanged by them (2A train P 0.883 R 0.347, 2B train P 0.649 R 0.309).
 */
const PARTICLES = ['down', 'over', 'back', 'out', 'off', 'up'] as const;
const MIN_HEAD = 3;

/** The verb of an English compound noun ("shutdown", "shutdowns" → "shut"), or undefined. `folded`: lower-case, no marks. */
export function compoundHead(folded: string, isStop: (word: string) => boolean): string | undefined {
  // Its plural is the same compound: news write "layoffs" and "shutdowns" more often than not.
  const word = folded.endsWith('s') ? folded.slice(0, -1) : folded;
  for (const particle of PARTICLES) {
    if (word.length < particle.length + MIN_HEAD || !word.endsWith(particle)) continue;
    const head = word.slice(0, word.length - particle.length);
    if (!/^[a-z]+$/.test(head) || isStop(head)) return undefined;
    return head;
  }
  return undefined;
}
