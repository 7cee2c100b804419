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
 * story's "shutdown" articles, curated and imported.
 */
const PARTICLES = ['down', 'over', 'back', 'out', 'off', 'up'] as const;
const MIN_HEAD = 3;

/** The verb of an English compound noun ("shutdown" → "shut"), or undefined. `folded`: lower-case, no marks. */
export function compoundHead(folded: string, isStop: (word: string) => boolean): string | undefined {
  for (const particle of PARTICLES) {
    if (folded.length < particle.length + MIN_HEAD || !folded.endsWith(particle)) continue;
    const head = folded.slice(0, folded.length - particle.length);
    if (!/^[a-z]+$/.test(head) || isStop(head)) return undefined;
    return head;
  }
  return undefined;
}
