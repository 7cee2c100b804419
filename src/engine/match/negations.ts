/**
 * Where a passage says that the claim's own words did not happen: "Erdogan did not suffer a heart
 * attack", "no hubo ningún desvanecimiento", "keinen Herzinfarkt erlitten". The stance reader takes
 * such a passage as a denial reported in it (article-stance.ts). The negations are the cue
 * lexicons' own (negBefore of every language, as they guard "did not deny"), so a language gets this
 * with its lexicon.
 */
import type { Claim } from '../model';
import { fromTag } from '../lang/language';
import { foldText, negatedBefore } from '../stance/lexicon';
import { analyze, type Term } from '../text/analyze';
import type { SentenceSpan } from '../text/segment';
import type { Scored } from './score';

export interface NegatedWord {
  /** [start, end): the negation and the word it negates. */
  start: number;
  end: number;
  /** The passage sentence it stands in. */
  sentence: SentenceSpan;
}

export interface NegationInput {
  text: string;
  /** Where a negation stands right before text[at] (stance/lexicon.ts negatedBefore), undefined if none. */
  negationBefore: (at: number) => number | undefined;
  terms: readonly Term[];
  /** Each term's key id in the index (−1: a key no claim uses). */
  ids: Int32Array;
  spans: readonly SentenceSpan[];
  /** The claim's passages, with the key ids of the claim's words each carries. */
  scored: readonly Scored[];
  /** Term indices where the article names an anchor that says what happened ("heart attack"). */
  events: ReadonlySet<number>;
  claim: () => Claim;
}

/**
 * The claim's words (matched predicate words and event anchors) that a negation stands right
 * before, in the passages that carry it, in reading order. A word the claim itself negates
 * ("Tokayev refuses to recognise…", "will no longer support") is stated, not denied, by a sentence
 * negating it.
 */
export function negatedWords(input: NegationInput): NegatedWord[] {
  const { terms, ids, spans, events } = input;
  const out: NegatedWord[] = [];
  let own: Set<string> | undefined;
  for (const p of input.scored) {
    const words = new Set(p.matched);
    for (const s of p.also !== undefined ? [p.sentence, p.also] : [p.sentence]) {
      const span = spans[s]!;
      for (let i = termFrom(terms, span.start); i < terms.length && terms[i]!.start < span.end; i++) {
        if (!events.has(i) && !words.has(ids[i]!)) continue;
        const at = input.negationBefore(terms[i]!.start);
        if (at === undefined) continue;
        own ??= negatedInClaim(input.claim());
        if (!own.has(terms[i]!.key)) out.push({ start: at, end: terms[i]!.end, sentence: span });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The first term at or after a character offset (terms are in text order). */
function termFrom(terms: readonly Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The keys of the words a wording of the claim negates. */
function negatedInClaim(claim: Claim): Set<string> {
  const keys = new Set<string>();
  for (const { text, language } of [claim, ...claim.paraphrases]) {
    const folded = foldText(text);
    for (const t of analyze(text, fromTag(language) ?? 'und'))
      if (negatedBefore(folded, t.start) !== undefined) keys.add(t.key);
  }
  return keys;
}
