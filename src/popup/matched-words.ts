/**
 * The claim's words as the passage writes them ("recognise", "September"), read at the offsets the
 * engine gives (MatchResult.matchedWords, offsets into the article text like the passage's own
 * `start`), each word once, in the order the passage uses them.
 */
import type { MatchResult } from '../engine/index';

export function matchedWords(match: Pick<MatchResult, 'sentence' | 'start' | 'matchedWords'>): string[] {
  const out: string[] = [];
  for (const span of match.matchedWords) {
    const from = span.start - match.start;
    const to = span.end - match.start;
    // A span outside the passage would show text the reader was not shown.
    if (from < 0 || to > match.sentence.length || from >= to) continue;
    const word = match.sentence.slice(from, to);
    if (!out.some((o) => o.toLowerCase() === word.toLowerCase())) out.push(word);
  }
  return out;
}
