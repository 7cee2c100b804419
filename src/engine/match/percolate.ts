/**
 * Matching an article against the index, percolator-style: one pass over the article's words finds
 * the anchors it names; only claims whose every anchor is present are scored, sentence by sentence,
 * on the share of their predicate words (what the claim says about its entities) each sentence carries.
 */
import { matchesAt, type ClaimIndex, type CompiledClaim } from '../claim-index/build';
import { detectLanguage } from '../lang/language';
import { analyze, type Term } from '../text/analyze';
import { segmentSentences, type SentenceSpan } from '../text/segment';
import type { ArticleInput, MatchResult } from '../types';
import { verdictFor } from '../verdict';
import {
  MATCH_MIN_COVERAGE,
  MATCH_MIN_PREDICATE_WORDS,
  PHRASE_BONUS,
  PHRASE_WINDOW,
  RELATED_MIN_BODY_SENTENCES,
  RELATED_MIN_COVERAGE,
  SPECIFICITY_MARGIN,
} from './constants';
import { cueOf, STANCE_OF_CUE, stanceOf, type Cue } from './stance';

interface SentenceTerms {
  span: SentenceSpan;
  terms: Term[];
  /** First position of each key in `terms`. */
  positions: Map<string, number[]>;
}

interface Scored {
  sentence: number;
  score: number;
  matched: string[];
}

interface ClaimHit {
  claimIndex: number;
  compiled: CompiledClaim;
  scored: Scored[];
  /** Sentences where every anchor appears. */
  anchorSentences: number[];
}

function indexSentences(text: string, terms: Term[], spans: SentenceSpan[]): { sentences: SentenceTerms[]; sentenceOf: Int32Array } {
  const sentences: SentenceTerms[] = spans.map((span) => ({ span, terms: [], positions: new Map() }));
  const sentenceOf = new Int32Array(terms.length).fill(-1);
  let s = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s >= spans.length) break;
    if (t.start < spans[s]!.start) continue;
    const st = sentences[s]!;
    sentenceOf[i] = s;
    const pos = st.terms.length;
    st.terms.push(t);
    const list = st.positions.get(t.key);
    if (list) list.push(pos);
    else st.positions.set(t.key, [pos]);
  }
  void text;
  return { sentences, sentenceOf };
}

/** Sentences in which each anchor occurs, for every anchor the article names. */
function findAnchors(index: ClaimIndex, terms: Term[], sentenceOf: Int32Array): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  for (let i = 0; i < terms.length; i++) {
    const patterns = index.aliasesByFirstKey.get(terms[i]!.key);
    if (!patterns) continue;
    for (const p of patterns) {
      if (!matchesAt(terms, i, p)) continue;
      let set = found.get(p.anchor);
      if (!set) found.set(p.anchor, (set = new Set()));
      set.add(sentenceOf[i]!);
    }
  }
  return found;
}

function scoreSentence(compiled: CompiledClaim, st: SentenceTerms): Scored | undefined {
  let best = 0;
  const matchedAll = new Set<string>();
  let bestMatched: string[] = [];
  for (const v of compiled.variants) {
    if (v.total === 0) continue;
    let weight = 0;
    let count = 0;
    const matched: string[] = [];
    let pairs = 0;
    let prevPos: number | undefined;
    for (let k = 0; k < v.terms.length; k++) {
      const positions = st.positions.get(v.terms[k]!);
      if (!positions) {
        prevPos = undefined;
        continue;
      }
      weight += v.weights[k]!;
      count++;
      matched.push(v.terms[k]!);
      const pos = positions[0]!;
      if (prevPos !== undefined && pos > prevPos && pos - prevPos <= PHRASE_WINDOW) pairs++;
      prevPos = pos;
    }
    if (count < Math.min(MATCH_MIN_PREDICATE_WORDS, v.terms.length)) continue;
    const coverage = Math.min(1, weight / v.total + PHRASE_BONUS * pairs);
    for (const m of matched) matchedAll.add(m);
    if (coverage > best) {
      best = coverage;
      bestMatched = matched;
    }
  }
  if (best === 0) return undefined;
  void matchedAll;
  return { sentence: -1, score: best, matched: bestMatched };
}

function candidates(index: ClaimIndex, anchors: Map<number, Set<number>>): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const anchor of anchors.keys()) {
    for (const claimIndex of index.postings.get(anchor) ?? []) {
      const compiled = index.claims[claimIndex]!;
      if (!compiled.anchors.every((a) => anchors.has(a))) continue;
      // Sentences holding every anchor: intersect the anchors' sentence sets, smallest first.
      const sets = compiled.anchors.map((a) => anchors.get(a)!).sort((a, b) => a.size - b.size);
      const anchorSentences = [...sets[0]!].filter((s) => s >= 0 && sets.every((set) => set.has(s))).sort((a, b) => a - b);
      hits.push({ claimIndex, compiled, scored: [], anchorSentences });
    }
  }
  return hits;
}

/** Drops a broader claim's sentence when a claim with a superset of its anchors states it as well. */
function preferSpecific(hits: ClaimHit[]): void {
  for (const broad of hits) {
    broad.scored = broad.scored.filter((b) => {
      return !hits.some(
        (narrow) =>
          narrow !== broad &&
          narrow.compiled.anchors.length > broad.compiled.anchors.length &&
          broad.compiled.anchors.every((a) => narrow.compiled.anchors.includes(a)) &&
          narrow.scored.some((n) => n.sentence === b.sentence && n.score >= b.score - SPECIFICITY_MARGIN),
      );
    });
  }
}

function sentenceCue(text: string, sentences: SentenceTerms[], s: number): Cue {
  const own = cueOf(text.slice(sentences[s]!.span.start, sentences[s]!.span.end));
  if (own === 'denial' || own === 'debunk') return own;
  // A denial often follows in the next sentence of the same paragraph ("… ,” the spokesman said. “This is untrue.”).
  for (const n of [s - 1, s + 1]) {
    const nb = sentences[n];
    if (!nb || nb.span.block !== sentences[s]!.span.block) continue;
    const cue = cueOf(text.slice(nb.span.start, nb.span.end));
    if (cue === 'denial' || cue === 'debunk') return cue;
  }
  return own;
}

export function matchArticle(index: ClaimIndex, article: ArticleInput): MatchResult[] {
  const { text } = article;
  const language = detectLanguage(text, article.language);
  const terms = analyze(text, language);
  const spans = segmentSentences(text);
  const { sentences, sentenceOf } = indexSentences(text, terms, spans);
  const anchors = findAnchors(index, terms, sentenceOf);
  if (anchors.size === 0) return [];
  const hits = candidates(index, anchors);
  if (hits.length === 0) return [];

  for (const hit of hits) {
    for (const s of hit.anchorSentences) {
      const scored = scoreSentence(hit.compiled, sentences[s]!);
      if (scored && scored.score >= MATCH_MIN_COVERAGE) hit.scored.push({ ...scored, sentence: s });
    }
  }
  preferSpecific(hits);

  const title = article.title ?? '';
  const titleTerms = title ? analyze(title, language) : [];
  const titleAnchors = title ? findAnchors(index, titleTerms, new Int32Array(titleTerms.length)) : new Map<number, Set<number>>();
  const titleCue = title ? cueOf(title) : undefined;

  const results: MatchResult[] = [];
  for (const hit of hits) {
    const { compiled } = hit;
    const claim = compiled.claim;
    const titleNamesSubject = compiled.anchors.every((a) => titleAnchors.has(a));
    const titleNamesAny = compiled.anchors.some((a) => titleAnchors.has(a));
    if (hit.scored.length > 0) {
      // hit.scored is in reading order. The sentence shown to the reader is the first one that
      // carries the article's stance ("reportedly …" would contradict "states it as fact").
      const cues = hit.scored.map((p) => sentenceCue(text, sentences, p.sentence));
      const stance = stanceOf(cues, titleNamesAny ? titleCue : undefined);
      const best = hit.scored.reduce((a, b) => (b.score > a.score ? b : a));
      const shownAt = cues.findIndex((cue) => STANCE_OF_CUE[cue] === stance);
      const shown = shownAt >= 0 ? hit.scored[shownAt]! : best;
      const span = sentences[shown.sentence]!.span;
      results.push({
        claimId: claim.id,
        kind: 'match',
        score: round(best.score),
        start: span.start,
        end: span.end,
        sentence: text.slice(span.start, span.end),
        passages: hit.scored.map((p) => ({ start: sentences[p.sentence]!.span.start, end: sentences[p.sentence]!.span.end })),
        stance,
        verdict: verdictFor(claim, article.published, compiled.datasetAsOf),
        matchedTerms: shown.matched,
      });
      continue;
    }
    // Related: the article discusses the claim's subject without stating it: a sentence names all
    // its anchors with part of its predicate, or the headline names them and the body comes back to them.
    let relatedAt: { sentence: number; score: number; matched: string[] } | undefined;
    for (const s of hit.anchorSentences) {
      const scored = scoreRelated(hit.compiled, sentences[s]!);
      if (scored && (!relatedAt || scored.score > relatedAt.score)) relatedAt = { ...scored, sentence: s };
    }
    if (!relatedAt && titleNamesSubject) {
      // A headline naming the subject makes the article about it when the body returns to it too.
      const normalisedTitle = title.trim().toLowerCase();
      const body = hit.anchorSentences.filter((s) => {
        const { start, end } = sentences[s]!.span;
        return text.slice(start, end).trim().toLowerCase() !== normalisedTitle;
      });
      if (body.length >= RELATED_MIN_BODY_SENTENCES) relatedAt = { sentence: body[0]!, score: 0, matched: [] };
    }
    if (!relatedAt) continue;
    const span = sentences[relatedAt.sentence]!.span;
    results.push({
      claimId: claim.id,
      kind: 'related',
      score: round(relatedAt.score),
      start: span.start,
      end: span.end,
      sentence: text.slice(span.start, span.end),
      passages: [{ start: span.start, end: span.end }],
      stance: stanceOf([sentenceCue(text, sentences, relatedAt.sentence)], titleNamesAny ? titleCue : undefined),
      verdict: verdictFor(claim, article.published, compiled.datasetAsOf),
      matchedTerms: relatedAt.matched,
    });
  }
  // Stated claims first, each group in reading order: the headline's claim leads, as on the page.
  return results.sort((a, b) => (a.kind === b.kind ? a.passages[0]!.start - b.passages[0]!.start : a.kind === 'match' ? -1 : 1));
}

/** Any predicate word in a sentence that names every anchor: the sentence is on the claim's subject. */
function scoreRelated(compiled: CompiledClaim, st: SentenceTerms): { score: number; matched: string[] } | undefined {
  let best: { score: number; matched: string[] } | undefined;
  for (const v of compiled.variants) {
    if (v.total === 0) continue;
    let weight = 0;
    const matched: string[] = [];
    v.terms.forEach((t, k) => {
      if (st.positions.has(t)) {
        weight += v.weights[k]!;
        matched.push(t);
      }
    });
    const score = weight / v.total;
    if (score >= RELATED_MIN_COVERAGE && (!best || score > best.score)) best = { score, matched };
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
