/**
 * Matching an article against the index, percolator-style: one pass over the article's words finds
 * the anchors it names and the rare terms it holds; only claims reachable through them are scored,
 * sentence by sentence, on the share of their predicate words (what the claim says about its
 * entities) each sentence carries.
 */
import { requiredRange, type ClaimIndex } from '../claim-index/layout';
import { detectLanguage } from '../lang/language';
import { analyze, type Term } from '../text/analyze';
import { blockRange, blockSpans, segmentBlocks, segmentSentences, type SentenceSpan } from '../text/segment';
import type { ArticleInput, MatchResult } from '../types';
import { verdictFor } from '../verdict';
import {
  anchoredCandidates,
  derivedCandidates,
  findAnchors,
  type ClaimHit,
  type ScanTuning,
  type ScoreBound,
} from './candidates';
import {
  DERIVED_MIN_COVERAGE,
  DERIVED_MIN_PREDICATE,
  DERIVED_MIN_WORDS,
  DERIVED_NAMES_AGREE,
  DERIVED_NUMBERS_AGREE,
  MATCH_MIN_COVERAGE,
  RELATED_MIN_BODY_SENTENCES,
  SPECIFICITY_MARGIN,
} from './constants';
import {
  namesSwapped,
  numbersDisagree,
  predicateShare,
  scoreClaim,
  scoreRelated,
  scoreVariant,
} from './score';
import { indexSentences, keyIdsOf, type SentenceTerms } from './sentences';
import { cueOf, STANCE_OF_CUE, stanceOf, type Cue } from './stance';

/** Drops a broader claim's sentence when a claim with a superset of its anchors states it as well. */
function preferSpecific(hits: ClaimHit[]): void {
  for (const broad of hits) {
    if (broad.anchors.length === 0) continue;
    broad.scored = broad.scored.filter((b) => {
      return !hits.some(
        (narrow) =>
          narrow !== broad &&
          narrow.anchors.length > broad.anchors.length &&
          broad.anchors.every((a) => narrow.anchors.includes(a)) &&
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

/** Evaluation-only overrides of the derived-claim thresholds (test/bench/eval tunes them on train). */
export interface PercolateTuning {
  derivedMinCoverage?: number;
  derivedMinWords?: number;
  derivedNumbersAgree?: boolean;
  derivedNamesAgree?: boolean;
  derivedMinPredicate?: number;
  /** Segment the whole article in one pass: the reference the two-pass path must agree with. */
  segmentAll?: boolean;
  /** The postings scan's fold table and loop (tests: neither may change a result). */
  scan?: ScanTuning;
}

/** Whether a sentence of s's block (paragraph) holds the key. */
function blockHolds(
  sentences: SentenceTerms[],
  spans: readonly SentenceSpan[],
  s: number,
  key: number,
): boolean {
  const [from, to] = blockRange(spans, s);
  for (let t = from; t < to; t++) if (sentences[t]!.first.has(key)) return true;
  return false;
}

/**
 * Scores a claim without anchors on its windows: only the variants whose required terms are
 * present, with the rarest of them in the window's paragraph.
 */
function scoreDerived(
  index: ClaimIndex,
  hit: ClaimHit,
  sentences: SentenceTerms[],
  spans: readonly SentenceSpan[],
  tuning: PercolateTuning,
): void {
  for (const s of hit.windows) {
    const st = sentences[s]!;
    let best: { score: number; matched: number[] } | undefined;
    for (const v of hit.variants!) {
      if ((tuning.derivedNumbersAgree ?? DERIVED_NUMBERS_AGREE) && numbersDisagree(index, v, st)) continue;
      if ((tuning.derivedNamesAgree ?? DERIVED_NAMES_AGREE) && namesSwapped(index, v, st)) continue;
      let present = 0;
      const [a, b] = requiredRange(index, v);
      if (!blockHolds(sentences, spans, s, index.derivedPost[a]!)) continue;
      for (let i = a; i < b; i++) if (st.first.has(index.derivedPost[i]!)) present++;
      if (present < Math.min(index.derivedMinRequired, b - a)) continue;
      const scored = scoreVariant(index, v, st, tuning.derivedMinWords ?? DERIVED_MIN_WORDS);
      if (
        scored &&
        predicateShare(index, v, scored.matched) < (tuning.derivedMinPredicate ?? DERIVED_MIN_PREDICATE)
      )
        continue;
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    if (best && best.score >= (tuning.derivedMinCoverage ?? DERIVED_MIN_COVERAGE))
      hit.scored.push({ ...best, sentence: s });
  }
}

/** How candidatesIn reads the spans: as blocks (the first pass) or as sentences. */
interface Pass {
  blocks: boolean;
  /** Claims without anchors: keep a window only if a sentence there could reach this score. */
  bound?: ScoreBound;
  /** Claims without anchors: the variants the first pass found (no postings scan). */
  survivors?: readonly number[];
  scan?: ScanTuning;
}

/** The claims reachable from the article's terms, with the spans they share. */
function candidatesIn(
  index: ClaimIndex,
  text: string,
  terms: Term[],
  ids: Int32Array,
  spans: SentenceSpan[],
  pass: Pass,
) {
  const articleTerms = indexSentences(index, terms, spans, text, ids, pass.blocks);
  const anchors = findAnchors(index, terms, articleTerms.sentenceOf);
  return {
    sentences: articleTerms.sentences,
    spans,
    hits: anchors.size > 0 ? anchoredCandidates(index, anchors) : [],
    derived: derivedCandidates(index, articleTerms, pass.survivors, pass.bound, pass.scan),
  };
}

/**
 * The candidates on sentence windows. Sentence segmentation costs more than everything else the
 * matcher does to an article, so the candidates are first found with whole blocks (paragraphs) as
 * the windows, and only the blocks that hold a candidate's window are segmented. A sentence holding
 * a claim's anchors or required terms lies in a block holding them, and a block where even all the
 * claim's words there could not reach its threshold has no sentence that can: the second pass
 * finds what segmenting everything would (tuning.segmentAll, which the tests compare against).
 */
function sentenceCandidates(
  index: ClaimIndex,
  text: string,
  terms: Term[],
  tuning: PercolateTuning,
): ReturnType<typeof candidatesIn> | undefined {
  const ids = keyIdsOf(index, terms);
  if (tuning.segmentAll)
    return candidatesIn(index, text, terms, ids, segmentSentences(text), {
      blocks: false,
      scan: tuning.scan,
    });
  const blocks = blockSpans(text);
  const bound = {
    minCoverage: tuning.derivedMinCoverage ?? DERIVED_MIN_COVERAGE,
    minWords: tuning.derivedMinWords ?? DERIVED_MIN_WORDS,
  };
  const coarse = candidatesIn(index, text, terms, ids, blocks, { blocks: true, bound, scan: tuning.scan });
  if (coarse.hits.length === 0 && coarse.derived.length === 0) return undefined;
  const windowBlocks = new Set<number>();
  for (const hit of [...coarse.hits, ...coarse.derived]) for (const b of hit.windows) windowBlocks.add(b);
  const spans = segmentBlocks(
    text,
    [...windowBlocks].sort((a, b) => a - b).map((b) => blocks[b]!),
  );
  return candidatesIn(index, text, terms, ids, spans, {
    blocks: false,
    survivors: coarse.derived.flatMap((h) => h.variants!),
  });
}

export function matchArticle(
  index: ClaimIndex,
  article: ArticleInput,
  tuning: PercolateTuning = {},
): MatchResult[] {
  const { text } = article;
  const language = detectLanguage(text, article.language);
  const terms = analyze(text, language);
  const found = sentenceCandidates(index, text, terms, tuning);
  if (!found) return [];
  const { sentences, spans, hits, derived } = found;
  if (hits.length === 0 && derived.length === 0) return [];

  for (const hit of hits) {
    for (const s of hit.windows) {
      const scored = scoreClaim(index, hit.claim, sentences[s]!);
      if (scored && scored.score >= MATCH_MIN_COVERAGE) hit.scored.push({ ...scored, sentence: s });
    }
  }
  preferSpecific(hits);
  for (const hit of derived) scoreDerived(index, hit, sentences, spans, tuning);
  const all = [...hits, ...derived.filter((h) => h.scored.length > 0)];

  const title = article.title ?? '';
  const titleTerms = title ? analyze(title, language) : [];
  const titleAnchors = title
    ? findAnchors(index, titleTerms, new Int32Array(titleTerms.length))
    : new Map<number, Set<number>>();
  const titleKeys = new Set<number>();
  for (const t of titleTerms) {
    const id = index.keyId.get(t.key);
    if (id !== undefined) titleKeys.add(id);
  }
  const titleCue = title ? cueOf(title) : undefined;

  const results: MatchResult[] = [];
  for (const hit of all) {
    const { claim: c } = hit;
    const { claim, datasetAsOf } = index.claims.get(c);
    const titleNamesSubject = hit.anchors.length > 0 && hit.anchors.every((a) => titleAnchors.has(a));
    const titleNamesAny =
      hit.anchors.length > 0
        ? hit.anchors.some((a) => titleAnchors.has(a))
        : headlineCarries(index, hit, titleKeys);
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
        passages: hit.scored.map((p) => ({
          start: sentences[p.sentence]!.span.start,
          end: sentences[p.sentence]!.span.end,
        })),
        stance,
        verdict: verdictFor(claim, article.published, datasetAsOf),
        matchedTerms: shown.matched.map((id) => index.keys[id]!),
      });
      continue;
    }
    // Related: the article discusses the claim's subject without stating it: a sentence names all
    // its anchors with part of its predicate, or the headline names them and the body comes back to them.
    let relatedAt: { sentence: number; score: number; matched: number[] } | undefined;
    for (const s of hit.windows) {
      const scored = scoreRelated(index, c, sentences[s]!);
      if (scored && (!relatedAt || scored.score > relatedAt.score)) relatedAt = { ...scored, sentence: s };
    }
    if (!relatedAt && titleNamesSubject) {
      // A headline naming the subject makes the article about it when the body returns to it too.
      const normalisedTitle = title.trim().toLowerCase();
      const body = hit.windows.filter((s) => {
        const { start, end } = sentences[s]!.span;
        return text.slice(start, end).trim().toLowerCase() !== normalisedTitle;
      });
      if (body.length >= RELATED_MIN_BODY_SENTENCES)
        relatedAt = { sentence: body[0]!, score: 0, matched: [] };
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
      stance: stanceOf(
        [sentenceCue(text, sentences, relatedAt.sentence)],
        titleNamesAny ? titleCue : undefined,
      ),
      verdict: verdictFor(claim, article.published, datasetAsOf),
      matchedTerms: relatedAt.matched.map((id) => index.keys[id]!),
    });
  }
  // Stated claims first, each group in reading order: the headline's claim leads, as on the page.
  return results.sort((a, b) =>
    a.kind === b.kind ? a.passages[0]!.start - b.passages[0]!.start : a.kind === 'match' ? -1 : 1,
  );
}

/** For a claim without anchors: the headline holds enough of a matched variant's required terms. */
function headlineCarries(index: ClaimIndex, hit: ClaimHit, titleKeys: Set<number>): boolean {
  if (titleKeys.size === 0) return false;
  return (hit.variants ?? []).some((v) => {
    let present = 0;
    const [a, b] = requiredRange(index, v);
    for (let i = a; i < b; i++) if (titleKeys.has(index.derivedPost[i]!)) present++;
    return present >= index.derivedMinRequired;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
