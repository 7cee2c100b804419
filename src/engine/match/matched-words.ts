/**
 * Where the passage shown to the reader writes the claim's words it matched, so "why this hint"
 * can show "recognise" and "September" as the article spells them rather than the stems the index
 * speaks ("recogni", "septemb"). Read from the article's own terms (text/analyze.ts: the same
 * tokeniser, folding and stemming in the article's language that found the match), so a word is
 * shown exactly when the matcher counted it.
 */
import type { Term } from '../text/analyze';
import type { Span } from '../types';

/** The first term that starts at or after `offset` (terms are in text order). */
function firstFrom(terms: readonly Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans of the words in text[from, to) whose key is one of `keys`, in reading order: every
 * occurrence, so a reader sees each place the passage uses the claim's words.
 */
export function matchedWordSpans(
  terms: readonly Term[],
  keys: ReadonlySet<string>,
  from: number,
  to: number,
): Span[] {
  const out: Span[] = [];
  if (keys.size === 0) return out;
  for (let i = firstFrom(terms, from); i < terms.length && terms[i]!.start < to; i++) {
    const term = terms[i]!;
    if (term.end > to || !keys.has(term.key)) continue;
    // One word may carry two terms over the same characters (a compound noun and its verb: analyze.ts).
    const last = out[out.length - 1];
    if (last && last.start === term.start && last.end === term.end) continue;
    out.push({ start: term.start, end: term.end });
  }
  return out;
}
