/**
 * Matching an article against the index, percolator-style: one pass over the article's words finds
 * the anchors it names and the rare terms it holds; only claims reachable through them are scored,
 * sentence by sentence, on the share of their predicate words (what the claim says about its
 * entities) each sentence carries.
 */
import { LANGUAGES, requiredRange, type ClaimIndex } from '../claim-index/layout';
import { startsUpper, type Term } from '../text/analyze';
import { blockAt, blockRange, roughSentences, segmentSentences, type SentenceSpan } from '../text/segment';
import type { Claim } from '../model';
import type { ArticleInput, MatchResult } from '../types';
import { verdictFor } from '../verdict';
import { aliasStarts, anchoredCandidates, findAnchors, ShortNames } from './anchored';
import { articleWork, type ArticleWork } from './article-work';
import { elsewhereBlocks, scoreElsewhere } from './elsewhere';
import type { ScanTuning } from './derived-scan';
import { derivedCandidates, type ScoreBound } from './derived-windows';
import type { ClaimHit, RelaxedGroup } from './hits';
import { RELATED_MIN_BODY_SENTENCES, SPECIFICITY_MARGIN } from './constants';
import { DEFAULT_PARAMS, type MatchParams } from './params';
import {
  namesSwapped,
  numbersDisagree,
  predicateShare,
  scoreClaim,
  scoreRelated,
  scoreVariant,
  type VariantChoice,
} from './score';
import { matchedWordSpans } from './matched-words';
import { indexSentences, isPossessive, keyIdsOf, mergeTerms, type SentenceTerms } from './sentences';
import { articleCues, readStance, REFERENCE_REACH } from './article-stance';
import { foldText, negatedBefore } from '../stance/lexicon';
import { negatedWords } from './negations';

/** Whether the claim itself names its anchor as an owner ("Gmail's servers were breached"). */
function ownedInClaim(claim: Claim): boolean {
  const names = claim.anchors.flatMap((a) => [a.name, ...a.aliases]);
  return [claim, ...claim.paraphrases].some(({ text }) =>
    names.some((n) => text.includes(`${n}'s`) || text.includes(`${n}’s`)),
  );
}

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
  params: MatchParams,
): void {
  for (const s of hit.windows) {
    const sentence = sentences[s]!;
    let best: { score: number; matched: number[] } | undefined;
    for (const v of hit.variants!) {
      const st = withoutOwnedNames(index, v, sentence);
      if (params.derivedNumbersAgree && numbersDisagree(index, v, st)) continue;
      if (params.derivedNamesAgree && namesSwapped(index, v, st)) continue;
      let present = 0;
      const [a, b] = requiredRange(index, v);
      if (!blockHolds(sentences, spans, s, index.derivedPost[a]!)) continue;
      for (let i = a; i < b; i++) if (st.first.has(index.derivedPost[i]!)) present++;
      if (present < Math.min(index.derivedMinRequired, b - a)) continue;
      const scored = scoreVariant(index, v, st, params.derivedMinWords);
      if (scored && predicateShare(index, v, scored.matched, st) < params.derivedMinPredicate) continue;
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    if (best && best.score >= params.derivedMinCoverage) hit.scored.push({ ...best, sentence: s });
  }
}

/** How candidatesIn reads the spans: as blocks (the first pass) or as sentences. */
interface Pass {
  blocks: boolean;
  /** Claims without anchors: keep a window only if a sentence there could reach this score. */
  bound?: ScoreBound;
  /** Claims without anchors: the variants the first pass found (no postings scan). */
  survivors?: readonly number[];
  /** Anchors the headline names: they make a claim a candidate (its windows stay in the text). */
  titleAnchors?: ReadonlyMap<number, Set<number>>;
  /** A fresh short-name learner (anchored.ts ShortNames), seeded with the headline's full names. */
  names?: () => ShortNames | undefined;
  /** The article's terms that begin an alias (anchored.ts aliasStarts), found once for every pass. */
  starts: Int32Array;
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
  const anchors = findAnchors(index, terms, articleTerms.sentenceOf, pass.names?.(), pass.starts);
  // The headline's anchors stand at sentence −1: no window, but the claim is reached, and the
  // headline-and-lead window (matchArticle) can state it.
  for (const a of pass.titleAnchors?.keys() ?? []) {
    let set = anchors.get(a);
    if (!set) anchors.set(a, (set = new Set()));
    set.add(-1);
  }
  return {
    sentences: articleTerms.sentences,
    spans,
    anchors,
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
 * finds what segmenting everything would (params.segmentAll, which the tests compare against).
 */
function sentenceCandidates(
  index: ClaimIndex,
  text: string,
  work: ArticleWork,
  params: MatchParams,
  titleAnchors: ReadonlyMap<number, Set<number>> | undefined,
  ids: Int32Array,
  starts: Int32Array,
  names?: () => ShortNames,
): ReturnType<typeof candidatesIn> | undefined {
  const { terms, blocks } = work;
  if (params.segmentAll)
    return candidatesIn(index, text, terms, ids, segmentSentences(text), {
      blocks: false,
      scan: params.scan,
      titleAnchors,
      names,
      starts,
    });
  const bound = {
    minCoverage: params.derivedMinCoverage,
    minWords: params.derivedMinWords,
  };
  const coarse = candidatesIn(index, text, terms, ids, blocks, {
    blocks: true,
    bound,
    scan: params.scan,
    titleAnchors,
    names,
    starts,
  });
  if (coarse.hits.length === 0 && coarse.derived.length === 0) return undefined;
  const windowBlocks = new Set<number>();
  for (const hit of [...coarse.hits, ...coarse.derived]) for (const b of hit.windows) windowBlocks.add(b);
  for (const hit of coarse.hits)
    for (const g of hit.relaxed ?? []) for (const b of g.windows) windowBlocks.add(b);
  // A claim told over two adjacent sentences may have its anchors split between two paragraphs:
  // each such pair holds the first anchor in one of its two paragraphs, so only those are tried.
  for (const hit of coarse.hits) {
    const holds = (a: number, b: number) => coarse.anchors.get(a)?.has(b) === true;
    for (const at of coarse.anchors.get(hit.anchors[0]!) ?? [])
      for (const b of [at - 1, at])
        if (b >= 0 && b + 1 < blocks.length && hit.anchors.every((a) => holds(a, b) || holds(a, b + 1))) {
          windowBlocks.add(b);
          windowBlocks.add(b + 1);
        }
  }
  // A claim whose anchors the article names, one of them only elsewhere (elsewhere.ts).
  for (const b of elsewhereBlocks(coarse.hits, coarse.anchors, blocks.length)) windowBlocks.add(b);
  // The lead (the first paragraphs) is read with the headline (matchArticle).
  for (const b of [0, 1]) if (b < blocks.length) windowBlocks.add(b);
  const spans = work.sentencesOf([...windowBlocks].sort((a, b) => a - b).map((b) => blocks[b]!));
  return candidatesIn(index, text, terms, ids, spans, {
    blocks: false,
    survivors: coarse.derived.flatMap((h) => h.variants!),
    titleAnchors,
    names,
    starts,
  });
}

/** A variant text naming something as an owner ("The WHO's cancer research agency"). */
const OWNER_IN_CLAIM = /\p{Lu}[\p{L}\p{N}-]*['’]s(?!\p{L})/u;

/**
 * The sentence without the claim's names that it gives only as an owner ("…shut down Gmail's basic
 * HTML view" does not say Gmail shuts down), unless the claim itself names them so.
 */
function withoutOwnedNames(index: ClaimIndex, v: number, st: SentenceTerms): SentenceTerms {
  if (!st.owned || st.owned.size === 0) return st;
  const names = index.variantNames.subarray(index.variantNameStart[v]!, index.variantNameStart[v + 1]!);
  const drop = names.filter((id) => st.owned!.has(id));
  if (drop.length === 0) return st;
  const { claim } = index.claims.get(index.variantClaim[v]!);
  if ([claim, ...claim.paraphrases].some(({ text }) => OWNER_IN_CLAIM.test(text))) return st;
  const first = new Map(st.first);
  for (const id of drop) first.delete(id);
  return { ...st, first };
}

/** The headline's terms as a sentence of its own (its span is outside the text). */
function titleSentence(index: ClaimIndex, title: string, terms: Term[]): SentenceTerms {
  const spans: SentenceSpan[] = [{ start: 0, end: title.length, block: 0 }];
  return indexSentences(index, terms, spans, title).sentences[0]!;
}

/** The claims an article states or discusses, with their stance and verdict: the product's matcher. */
export function matchArticle(index: ClaimIndex, article: ArticleInput): MatchResult[] {
  return matchWithParams(index, article, DEFAULT_PARAMS);
}

/** matchArticle with its parameters given (tuning.ts, the test-only entry point, overrides them). */
export function matchWithParams(
  index: ClaimIndex,
  article: ArticleInput,
  params: Readonly<MatchParams>,
): MatchResult[] {
  const { text } = article;
  const work = articleWork(article);
  const { language, terms, titleTerms, blocks } = work;
  const title = article.title ?? '';
  // Once an article names someone in full ("Kim Jong Un"), "Kim" alone names them too: npm run
  // eval:articles, dev, curated: recall other languages 0.773 → 0.803 (German reports saying "Kim"
  // after a headline naming Kim Jong Un), precision 0.988 → 0.989, stance 0.917 → 0.907.
  const titleNames = new ShortNames(title);
  const titleAnchors = title
    ? findAnchors(index, titleTerms, new Int32Array(titleTerms.length), titleNames)
    : new Map<number, Set<number>>();
  const names = () => new ShortNames(text, titleNames.keys);
  const ids = keyIdsOf(index, terms);
  const starts = aliasStarts(index, terms);
  const found = sentenceCandidates(index, text, work, params, titleAnchors, ids, starts, names);
  if (!found) return [];
  const { sentences, spans, hits, derived, anchors } = found;
  if (hits.length === 0 && derived.length === 0) return [];

  const titleKeys = new Set<number>();
  for (const t of titleTerms) {
    const id = index.keyId.get(t.key);
    if (id !== undefined) titleKeys.add(id);
  }
  const titleTermsOf = title ? titleSentence(index, title, titleTerms) : undefined;
  // The lead: the first sentence of the text that is not the headline itself.
  const normalisedTitle = title.trim().toLowerCase();
  const lead = spans.findIndex(
    (sp) => sp.block <= 1 && text.slice(sp.start, sp.end).trim().toLowerCase() !== normalisedTitle,
  );

  // How much of its wording a claim needs depends on what its anchors already say. One anchor
  // ("Gmail") says little; an anchor that names what happened ("hospital", "heart attack",
  // "assassination attempt": a lower-case name) says most of it; anchors that only name who and
  // where ("Messi", "Al-Hilal") leave the claim to its other words ("agreed a deal").
  const minCoverageFor = (anchors: readonly number[]) =>
    anchors.length === 1
      ? params.matchMinCoverageOneAnchor
      : anchors.some((a) => !startsUpper(index.anchorNames[a]!, 0))
        ? params.matchMinCoverage
        : params.matchMinCoverageNamesOnly;
  const minCoverageOf = (hit: ClaimHit) => minCoverageFor(hit.anchors);
  const choice: VariantChoice = {
    language: params.sameLanguage ? LANGUAGES.indexOf(language) : undefined,
    minWords: params.matchMinWords,
    mainWordSwap: params.mainWordSwap,
  };
  // One anchor says least: a sentence naming it needs two of the claim's words ("Google" alone beside
  // "Gmail" is not "Google is shutting down Gmail").
  const oneAnchorChoice: VariantChoice = {
    ...choice,
    minWords: Math.max(params.matchMinWords, params.matchMinWordsOneAnchor),
  };
  // Where the article names each anchor, and each claim-without-anchors' rarest word: term starts,
  // found once (findAnchors given each term's own index as its "sentence").
  const termIndex = new Int32Array(terms.length).map((_, i) => i);
  const anchorAt = findAnchors(index, terms, termIndex, names(), starts);
  for (const hit of hits) {
    const holds = (s: number, a: number) => anchors.get(a)?.has(s) === true;
    const scoreOn = (st: SentenceTerms, s: number, also?: number, group?: RelaxedGroup) => {
      const named = group?.anchors ?? hit.anchors;
      const base = named.length === 1 ? oneAnchorChoice : choice;
      const scored = scoreClaim(index, hit.claim, st, group ? { ...base, only: group.variants } : base);
      if (scored && scored.score >= minCoverageFor(named) && !partOnly(hit, named, st.span))
        hit.scored.push({ ...scored, sentence: s, ...(also !== undefined ? { also } : {}) });
    };
    /**
     * A claim about one thing ("Google is shutting down Gmail") is not stated by a sentence that names
     * that thing only as the owner of another ("…shut down Gmail's basic HTML view").
     */
    const partOnly = (h: ClaimHit, anchorsOf: readonly number[], span: SentenceSpan) => {
      if (anchorsOf.length !== 1) return false;
      let named = false;
      for (const i of anchorAt.get(anchorsOf[0]!) ?? []) {
        const t = terms[i]!;
        if (t.start < span.start || t.start >= span.end) continue;
        named = true;
        if (!isPossessive(text, t.start, t.end)) return false;
      }
      return named && !ownedInClaim(index.claims.get(h.claim).claim);
    };
    for (const s of hit.windows) scoreOn(sentences[s]!, s);
    // A variant naming fewer of the claim's anchors, on the sentences naming those.
    for (const group of hit.relaxed ?? [])
      for (const s of group.windows)
        if (!hit.scored.some((p) => p.sentence === s && p.also === undefined))
          scoreOn(sentences[s]!, s, undefined, group);
    // The claim over two adjacent sentences, its anchors split between them. Also across a paragraph
    // break: news paragraphs are often one sentence long ("Lionel Messi's move to Saudi Arabia is a
    // 'done deal'." / "Messi will sign … with Saudi club Al-Hilal."). npm run eval:articles, dev,
    // curated: recall 0.738 → 0.762 en/ru/uk, 0.697 → 0.712 other, no false hit added.
    for (let s = 0; s + 1 < spans.length; s++) {
      // Adjacent in the text: the first pass leaves unsegmented paragraphs out of `spans`.
      if (spans[s + 1]!.block - spans[s]!.block > 1) continue;
      const both = hit.anchors.every((a) => holds(s, a) || holds(s + 1, a));
      const alone = hit.anchors.every((a) => holds(s, a)) || hit.anchors.every((a) => holds(s + 1, a));
      if (both && !alone) scoreOn(mergeTerms(sentences[s]!, sentences[s + 1]!), s, s + 1);
    }
    if (hit.scored.length === 0)
      scoreElsewhere({ index, text, terms, ids, spans, sentences, anchors, anchorAt, choice, params }, hit);
    // The headline and its lead: "Lavrov in hospital?" over "The minister was taken to…".
    if (titleTermsOf && lead >= 0 && !hit.scored.some((p) => p.sentence === lead)) {
      const inTitle = hit.anchors.some((a) => titleAnchors.has(a));
      if (inTitle && hit.anchors.every((a) => titleAnchors.has(a) || holds(lead, a)))
        scoreOn(mergeTerms(titleTermsOf, sentences[lead]!), lead);
    }
    hit.scored.sort((x, y) => x.sentence - y.sentence || (x.also ?? -1) - (y.also ?? -1));
  }
  preferSpecific(hits);
  for (const hit of derived) scoreDerived(index, hit, sentences, spans, params);
  const all = [...hits, ...derived.filter((h) => h.scored.length > 0)];

  // Where the article names each anchor, and each claim-without-anchors' rarest word: term starts,
  // found once (findAnchors given each term's own index as its "sentence").
  const within = (starts: Iterable<number>, start: number, end: number) => {
    for (const i of starts) if (terms[i]!.start >= start && terms[i]!.end <= end) return true;
    return false;
  };
  /** How much of the hit's subject text[start, end) names: its anchors, or for a claim without anchors its rarest word. */
  const namesByHit = new Map<ClaimHit, (start: number, end: number) => 'all' | 'some' | 'none'>();
  const namesOf = (hit: ClaimHit) => {
    let f = namesByHit.get(hit);
    if (!f) namesByHit.set(hit, (f = namesIn(hit)));
    return f;
  };
  const namesIn = (hit: ClaimHit) => {
    if (hit.anchors.length > 0)
      return (start: number, end: number): 'all' | 'some' | 'none' => {
        const n = hit.anchors.filter((a) => within(anchorAt.get(a) ?? [], start, end)).length;
        return n === hit.anchors.length ? 'all' : n > 0 ? 'some' : 'none';
      };
    const keys = new Set<number>();
    for (const v of hit.variants ?? []) {
      const [a] = requiredRange(index, v);
      if (a < index.derivedPost.length) keys.add(index.derivedPost[a]!);
    }
    const at: number[] = [];
    for (let i = 0; i < terms.length; i++) if (keys.has(ids[i]!)) at.push(i);
    return (start: number, end: number): 'all' | 'some' | 'none' => (within(at, start, end) ? 'all' : 'none');
  };
  // Where each stated claim is told, for the reference-only sentences ("they denied this information").
  const toldAt: { start: number; hit: ClaimHit }[] = [];
  for (const hit of all) for (const p of hit.scored) toldAt.push({ start: spans[p.sentence]!.start, hit });
  toldAt.sort((a, b) => a.start - b.start);
  const nearestBefore = (hit: ClaimHit) => (offset: number) => {
    let last: ClaimHit | undefined;
    for (const t of toldAt) if (t.start <= offset) last = t.hit;
    return last === hit;
  };
  /** Whether the headline alone states the claim (anchored claims, every anchor named there). */
  const titleStates = (hit: ClaimHit) => {
    if (!titleTermsOf || hit.anchors.length === 0 || !hit.anchors.every((a) => titleAnchors.has(a)))
      return false;
    const scored = scoreClaim(index, hit.claim, titleTermsOf, choice);
    return scored !== undefined && scored.score >= minCoverageOf(hit);
  };

  /**
   * Where cues can count for a claim (article-stance.ts): the lead, the paragraphs naming a claim's
   * anchors or rarest word, and the paragraphs holding a claim's passage with the REFERENCE_REACH
   * after them. findCues reads only those.
   */
  const cueRanges = (): [number, number][] => {
    const wanted = new Uint8Array(blocks.length);
    if (blocks.length > 0) wanted[0] = 1;
    for (const list of anchorAt.values()) for (const i of list) wanted[blockAt(blocks, terms[i]!.start)] = 1;
    for (const hit of all) {
      if (hit.anchors.length === 0) {
        const names = namesOf(hit);
        for (let b = 0; b < blocks.length; b++)
          if (names(blocks[b]!.start, blocks[b]!.end) !== 'none') wanted[b] = 1;
      }
      for (const p of hit.scored) {
        const b = spans[p.sentence]!.block;
        for (let k = b; k <= b + REFERENCE_REACH && k < blocks.length; k++) wanted[k] = 1;
      }
    }
    const out: [number, number][] = [];
    for (let b = 0; b < blocks.length; b++) {
      if (!wanted[b]) continue;
      const last = out[out.length - 1];
      if (last && wanted[b - 1]) last[1] = blocks[b]!.end;
      else out.push([blocks[b]!.start, blocks[b]!.end]);
    }
    return out;
  };
  const segmented = new Map<number, SentenceSpan[]>();
  for (const sp of spans) {
    let list = segmented.get(sp.block);
    if (!list) segmented.set(sp.block, (list = []));
    list.push(sp);
  }
  const sentencesOf = (b: number) => {
    let list = segmented.get(b);
    if (!list) segmented.set(b, (list = roughSentences(text, blocks[b]!)));
    return list;
  };
  const stanceInput = articleCues(text, title, blocks, sentencesOf, cueRanges());
  let folded: string | undefined;
  // Claims told in the same passages (near-copies, a claim and its variants) ask about the same words.
  const negations = new Map<number, number | undefined>();
  const negationBefore = (at: number) => {
    if (negations.has(at)) return negations.get(at);
    const found = negatedBefore((folded ??= foldText(text)), at);
    negations.set(at, found);
    return found;
  };
  /** Where the hit's passages negate the claim's own words (negations.ts). */
  const negationsOf = (hit: ClaimHit) => {
    const events = new Set<number>();
    for (const a of hit.anchors)
      if (!startsUpper(index.anchorNames[a]!, 0)) for (const i of anchorAt.get(a) ?? []) events.add(i);
    return negatedWords({
      text,
      negationBefore,
      terms,
      ids,
      spans,
      scored: hit.scored,
      events,
      claim: () => index.claims.get(hit.claim).claim,
    });
  };
  /** The claim's matched terms (key ids) and where text[from, to) writes them. */
  const matchedIn = (matched: readonly number[], from: number, to: number) => {
    const matchedTerms = matched.map((id) => index.keys[id]!);
    return { matchedTerms, matchedWords: matchedWordSpans(terms, new Set(matchedTerms), from, to) };
  };
  const results: MatchResult[] = [];
  for (const hit of all) {
    const { claim: c } = hit;
    const { claim } = index.claims.get(c);
    const titleNamesSubject = hit.anchors.length > 0 && hit.anchors.every((a) => titleAnchors.has(a));
    const titleNamesClaim =
      hit.anchors.length > 0 ? titleNamesSubject : headlineCarries(index, hit, titleKeys);
    if (hit.scored.length > 0) {
      const passages: SentenceSpan[] = [];
      for (const p of hit.scored)
        for (const s of p.also !== undefined ? [p.sentence, p.also] : [p.sentence])
          if (!passages.includes(spans[s]!)) passages.push(spans[s]!);
      passages.sort((x, y) => x.start - y.start);
      const reading = readStance(stanceInput, {
        passages,
        titleNamesSubject: titleNamesClaim,
        titleStates: titleStates(hit),
        names: namesOf(hit),
        nearestBefore: nearestBefore(hit),
        negated: negationsOf(hit),
      });
      const best = hit.scored.reduce((a, b) => (b.score > a.score ? b : a));
      // The sentence shown to the reader: the passage that carries the stance's evidence, if one
      // does, else the best-scoring one.
      const shown =
        hit.scored.find(
          (p) =>
            reading.evidence.where === 'text' &&
            [p.sentence, p.also].some((s) => s !== undefined && spans[s]!.start === reading.evidence.start),
        ) ?? best;
      const span = spans[shown.sentence]!;
      const end = shown.also !== undefined ? spans[shown.also]!.end : span.end;
      results.push({
        claimId: claim.id,
        kind: 'match',
        score: round(best.score),
        start: span.start,
        end,
        sentence: text.slice(span.start, end),
        passages: passages.map((p) => ({ start: p.start, end: p.end })),
        stance: reading.stance,
        stanceEvidence: reading.evidence,
        verdict: verdictFor(claim, article.published),
        ...matchedIn(shown.matched, span.start, end),
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
      const body = hit.windows.filter((s) => {
        const { start, end } = sentences[s]!.span;
        return text.slice(start, end).trim().toLowerCase() !== normalisedTitle;
      });
      if (body.length >= RELATED_MIN_BODY_SENTENCES)
        relatedAt = { sentence: body[0]!, score: 0, matched: [] };
    }
    if (!relatedAt) continue;
    const span = sentences[relatedAt.sentence]!.span;
    const reading = readStance(stanceInput, {
      passages: [span],
      titleNamesSubject: titleNamesClaim,
      titleStates: false,
      names: namesOf(hit),
      nearestBefore: () => false,
    });
    results.push({
      claimId: claim.id,
      kind: 'related',
      score: round(relatedAt.score),
      start: span.start,
      end: span.end,
      sentence: text.slice(span.start, span.end),
      passages: [{ start: span.start, end: span.end }],
      stance: reading.stance,
      stanceEvidence: reading.evidence,
      verdict: verdictFor(claim, article.published),
      ...matchedIn(relatedAt.matched, span.start, span.end),
    });
  }
  // Stated claims first, each group in reading order: the headline's claim leads, as on the page.
  // Claims told in the same passage keep one order whatever order the index found them in.
  return results.sort((a, b) =>
    a.kind !== b.kind
      ? a.kind === 'match'
        ? -1
        : 1
      : a.passages[0]!.start - b.passages[0]!.start ||
        (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
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
