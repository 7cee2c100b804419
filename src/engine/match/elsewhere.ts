/**
 * A claim with two or more anchors told where the article names all of them but one, the article
 * naming that one elsewhere — its headline, another paragraph. News name the club once and then
 * write "The Messi deal is done. He will play in Saudi Arabia next season"; they name Kyiv in the
 * lead and then "Zelensky hastily left the Ukrainian capital… fled to Lviv". Such a window must
 * carry nearly the whole claim (ELSEWHERE_MIN_COVERAGE), name the claim's subject itself, and name
 * nothing after the subject that the claim does not know (another club in the missing one's place).
 */
import { aliasEndAt } from '../claim-index/anchors';
import type { ClaimIndex } from '../claim-index/layout';
import { isCompoundHead, startsUpper, type Term } from '../text/analyze';
import { isCalendarKey } from '../text/calendar';
import type { SentenceSpan } from '../text/segment';
import { subjectAnchor } from './anchored';
import type { ClaimHit } from './hits';
import type { MatchParams } from './params';
import { scoreClaim, type VariantChoice } from './score';
import { mergeTerms, type SentenceTerms } from './sentences';

/** What scoreElsewhere reads of the article (percolate.ts matchWithParams). */
export interface ElsewhereArticle {
  index: ClaimIndex;
  text: string;
  terms: readonly Term[];
  ids: Int32Array;
  spans: readonly SentenceSpan[];
  sentences: readonly SentenceTerms[];
  /** Anchor → sentences naming it (−1: the headline). */
  anchors: ReadonlyMap<number, ReadonlySet<number>>;
  /** Anchor → the terms where the article names it. */
  anchorAt: ReadonlyMap<number, ReadonlySet<number>>;
  choice: VariantChoice;
  params: Readonly<MatchParams>;
}

/**
 * The blocks (paragraphs) of the first pass that name all of a claim's anchors but one, where the
 * article names every anchor: the second pass segments them so that scoreElsewhere can read them.
 */
export function elsewhereBlocks(
  hits: readonly ClaimHit[],
  anchors: ReadonlyMap<number, ReadonlySet<number>>,
  blocks: number,
): number[] {
  const out: number[] = [];
  for (const hit of hits) {
    if (hit.anchors.length < 2) continue;
    const at = hit.anchors.map((a) => anchors.get(a));
    if (!at.every((set) => set !== undefined)) continue;
    for (let b = 0; b < blocks; b++) if (at.filter((set) => !set.has(b)).length === 1) out.push(b);
  }
  return out;
}

/**
 * Scores the hit on the sentences, and pairs of sentences of one paragraph, that name all its
 * anchors but one, when the article names that one elsewhere. A pair across a paragraph break does
 * not count here: "joined PSG two seasons ago" + "a move to… Saudi Arabia" met "agreed to join
 * Al-Hilal next season" (constants.ts ELSEWHERE_MIN_COVERAGE).
 */
export function scoreElsewhere(article: ElsewhereArticle, hit: ClaimHit): void {
  const { index, spans, sentences, anchors, params } = article;
  if (hit.anchors.length < 2 || !hit.anchors.every((a) => (anchors.get(a)?.size ?? 0) > 0)) return;
  const holds = (s: number, a: number) => anchors.get(a)?.has(s) === true;
  const choice: VariantChoice = { ...article.choice, minWords: params.elsewhereMinWords };
  // Read from the claim itself, so only once a window reaches the threshold.
  let subject: number | undefined;
  for (let s = 0; s < spans.length; s++) {
    const pair = s + 1 < spans.length && spans[s + 1]!.block === spans[s]!.block;
    for (const also of pair ? [undefined, s + 1] : [undefined]) {
      const missing = hit.anchors.filter((a) => !holds(s, a) && (also === undefined || !holds(also, a)));
      if (missing.length !== 1) continue;
      const st = also === undefined ? sentences[s]! : mergeTerms(sentences[s]!, sentences[also]!);
      const scored = scoreClaim(index, hit.claim, st, choice);
      if (!scored || scored.score < params.elsewhereMinCoverage) continue;
      // The subject must be named in the window itself: "Armenia will suspend its membership in the
      // CSTO" is not "Kazakhstan will suspend…" because the article names Kazakhstan elsewhere.
      subject ??= subjectAnchor(index, hit.claim, hit.anchors);
      if (missing[0] === subject || subject < 0) continue;
      if (namesAnother(article, hit, subject, also === undefined ? [s] : [s, also])) continue;
      hit.scored.push({ ...scored, sentence: s, ...(also !== undefined ? { also } : {}) });
    }
  }
}

/**
 * Whether the window names a name the claim does not know where it tells the claim: another club,
 * country or person in the place of the anchor the window leaves out ("Messi joined PSG from
 * Barcelona…" for "Messi has agreed to join Al-Hilal"; "The Messi deal is done. He will join Inter
 * Miami next season."). Read after the claim's subject in the sentence naming it, and in the other
 * sentence of a pair after its first word of the claim's: names before that set the scene ("«He was
 * not in the capital of Ukraine yesterday», the politician said… he fled to Lviv"). The words of the
 * claim's anchors and variants ("Saudi Arabia", "Lviv") are the claim's own; month names only date.
 * Precision first: a news agency named after the subject ("…told AFP") costs the window too.
 */
function namesAnother(
  article: ElsewhereArticle,
  hit: ClaimHit,
  subject: number,
  window: readonly number[],
): boolean {
  const { index, text, terms, ids, anchorAt, spans } = article;
  const start = spans[window[0]!]!.start;
  const end = spans[window[window.length - 1]!]!.end;
  const inWindow = (i: number) => terms[i]!.start >= start && terms[i]!.start < end;
  const covered = new Set<number>();
  for (const a of hit.anchors)
    for (const i of anchorAt.get(a) ?? []) {
      if (!inWindow(i)) continue;
      covered.add(i);
      for (const p of index.aliasesByFirstKey.get(terms[i]!.key) ?? []) {
        if (p.anchor !== a) continue;
        const last = aliasEndAt(terms, i, p);
        for (let k = i; k <= last; k++) covered.add(k);
      }
    }
  const known = new Set<number>();
  for (let v = index.claimVariantStart[hit.claim]!; v < index.claimVariantStart[hit.claim + 1]!; v++)
    for (let k = index.variantTermStart[v]!; k < index.variantTermStart[v + 1]!; k++)
      known.add(index.variantTerms[k]!);
  for (const s of window) {
    const span = spans[s]!;
    let from = -1;
    for (const i of anchorAt.get(subject) ?? [])
      if (terms[i]!.start >= span.start && terms[i]!.start < span.end && (from < 0 || i < from)) from = i;
    let i = from >= 0 ? from + 1 : terms.findIndex((t) => t.start >= span.start);
    if (i < 0) continue;
    // The other sentence of a pair: from its first word of the claim's on.
    if (from < 0) {
      while (i < terms.length && terms[i]!.start < span.end && !known.has(ids[i]!)) i++;
      i++;
    }
    for (; i < terms.length && terms[i]!.start < span.end; i++) {
      const t = terms[i]!;
      if (covered.has(i) || t.stop || t.numeric || isCompoundHead(terms, i)) continue;
      if (!startsUpper(text, t.start) || isCalendarKey(t.key) || known.has(ids[i]!)) continue;
      return true;
    }
  }
  return false;
}
