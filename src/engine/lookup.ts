/**
 * The reader's look-up: free text, in any supported language, against every claim of every dataset,
 * answered as the reader types. Ranking is the engine's ranker (rank/, BM25F and its re-ranker);
 * this file only decides what a claim is to the ranker (its text and each paraphrase, in their own
 * languages, with the anchors' aliases and the actors' names beside them), completes the word
 * being typed, because "Kaz" must already find Kazakhstan, corrects words the collection never
 * uses ("putn" → "putin", "пакушение" → "покушение", lookup/fuzzy.ts), and orders what it finds by
 * how many of the query's words a claim carries before the ranker's score, because a reader who
 * types "kazakhstan csto" means the claims about both.
 *
 * Words the collection does use are never corrected, so a correctly spelt query reaches the ranker
 * exactly as typed (the ranker's own figures, `npm run eval`, do not pass through this file).
 */
import type { Claim } from './model';
import { buildRankIndex, type RankIndex } from './rank/build';
import { rankClaims } from './rank/rank';
import { isRankStopword } from './rank/stopwords';
import { rankLanguage, rankTerms } from './rank/text';
import type { RankClaim } from './rank/types';
import { buildFuzzyVocabulary, type FuzzyVocabulary } from './lookup/fuzzy';
import { foldWord } from './text/normalize';
import { tokenize } from './text/tokenize';

export interface LookupResult {
  claimId: string;
  score: number;
  /** Share (0–1) of the query's words the claim carries, corrected and completed words included. */
  coverage: number;
}

/** A respelling of the query that finds more than the query as typed. */
export interface LookupSuggestion {
  /** The query with each corrected word replaced ("assassination putin"). */
  query: string;
  /** Claims the respelling finds that the query as typed does not. */
  gained: number;
}

export interface LookupAnswer {
  results: LookupResult[];
  suggestion?: LookupSuggestion;
}

/** What the background asks of a look-up; the ranker behind it may change, this may not. */
export interface ClaimLookup {
  search(query: string, limit?: number): LookupResult[];
  /** The results with a "did you mean" when corrected spelling found more. */
  lookUp(query: string, limit?: number): LookupAnswer;
}

/** Best first: more of the query's words, then the ranker's score, then the id (a stable order). */
export function compareResults(a: LookupResult, b: LookupResult): number {
  return b.coverage - a.coverage || b.score - a.score || a.claimId.localeCompare(b.claimId);
}

/** A word being typed completes to at most this many words of the collection (the most frequent). */
const COMPLETIONS = 3;
/** Shorter prefixes than this are not completed: one letter matches half the vocabulary. */
const MIN_PREFIX = 2;
/** Queries are cut here; a look-up is a phrase, not an article. */
export const MAX_QUERY_CHARS = 300;

/** Ukrainian-only letters; other Cyrillic text is read as Russian (the ranker's default for Cyrillic). */
const UKRAINIAN = /[іїєґ]/i;

function queryLanguage(text: string): string {
  return UKRAINIAN.test(text) ? 'uk' : 'en';
}

/** A function word in the script it is written in (Cyrillic is read as Russian or Ukrainian). */
function isStopword(folded: string, language: string): boolean {
  const c = folded.charCodeAt(0);
  const cyrillic = c >= 0x0400 && c <= 0x04ff;
  return isRankStopword(folded, cyrillic ? (language === 'uk' ? 'uk' : 'ru') : 'en');
}

/**
 * The ranker's documents for one claim: its text and each paraphrase. The anchors' aliases and the
 * names of whoever reported, denied or rated it ride along in the subtitle field (the ranker's
 * speaker field is for its second stage only), so "Peskov" finds what Peskov denied.
 */
function docsOf(claim: Claim): RankClaim[] {
  const names = new Set(claim.anchors.flatMap((a) => [a.name, ...a.aliases]));
  for (const e of claim.events) if (e.actor) names.add(e.actor.name);
  const subtitle = [...names].join(' · ');
  return [
    { id: claim.id, claim: claim.text, subtitle, language: claim.language },
    ...claim.paraphrases.map((p) => ({ id: claim.id, claim: p.text, subtitle, language: p.language })),
  ];
}

/** Sorted unique folded words of the collection, with how many times each occurs. */
function wordList(docs: readonly RankClaim[]): { words: string[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const field of [d.claim, d.subtitle ?? '', d.speaker ?? '']) {
      for (const t of tokenize(field)) {
        const w = foldWord(t.raw);
        if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return { words: [...counts.keys()].sort(), counts };
}

function firstAtLeast(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildLookup(claims: readonly Claim[]): ClaimLookup {
  const docs = claims.flatMap(docsOf);
  // The ranker's ids are per document; several documents (text, paraphrases) make one claim.
  const docClaim = docs.map((d) => d.id);
  const index: RankIndex = buildRankIndex(docs.map((d, i) => ({ ...d, id: String(i) })));
  const { words, counts } = wordList(docs);
  // Each claim's ranking terms over all its documents: what "carries a word of the query" means.
  const claimTerms = new Map<string, Set<string>>();
  for (const d of docs) {
    let set = claimTerms.get(d.id);
    if (!set) claimTerms.set(d.id, (set = new Set()));
    const lang = rankLanguage(d.language);
    for (const field of [d.claim, d.subtitle ?? '']) for (const t of rankTerms(field, lang)) set.add(t.key);
  }
  // Built on the first misspelt word: correctly spelt look-ups never pay for it.
  let fuzzy: FuzzyVocabulary | undefined;

  const completions = (prefix: string): string[] => {
    if (prefix.length < MIN_PREFIX) return [];
    const out: string[] = [];
    for (let i = firstAtLeast(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) {
      if (words[i] !== prefix) out.push(words[i]!);
    }
    return out.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).slice(0, COMPLETIONS);
  };

  const rank = (text: string, top: number, into: Map<string, number>) => {
    for (const r of rankClaims(index, { id: 'lookup', text }, { top, language: queryLanguage(text) })) {
      const claimId = docClaim[Number(r.claimId)];
      if (claimId === undefined) continue;
      const best = into.get(claimId);
      if (best === undefined || r.score > best) into.set(claimId, r.score);
    }
  };

  /** The ranker's scores for `text`, the word still being typed standing also for the words it begins. */
  const scoresOf = (text: string, top: number, typing: readonly string[]): Map<string, number> => {
    const scores = new Map<string, number>();
    rank(text, top, scores);
    const last = tokenize(text).at(-1);
    if (last && typing.length > 0) {
      const head = text.slice(0, last.start);
      for (const word of typing) rank(`${head}${word}`, top, scores);
    }
    return scores;
  };

  const lookUp = (query: string, limit = 10): LookupAnswer => {
    const text = query.slice(0, MAX_QUERY_CHARS);
    if (!text.trim() || docs.length === 0) return { results: [] };
    const top = limit * 4;
    const language = queryLanguage(text);
    const tokens = tokenize(text);
    const lastTyping = tokens.length > 0 && tokens.at(-1)!.end === text.length;

    // Each word of the query: what it may stand for (itself, its completions or its correction).
    let corrected = '';
    let at = 0;
    let anyCorrection = false;
    const slots: Set<string>[] = [];
    let typing: string[] = [];
    tokens.forEach((token, i) => {
      const folded = foldWord(token.raw);
      let word = folded;
      const isLast = i === tokens.length - 1;
      const begun = isLast && lastTyping ? completions(folded) : [];
      if (isLast && lastTyping) typing = begun;
      if (!counts.has(folded) && begun.length === 0 && !/\d/.test(folded) && !isStopword(folded, language)) {
        fuzzy ??= buildFuzzyVocabulary(counts);
        const fix = fuzzy.correct(folded);
        if (fix) {
          word = fix.word;
          anyCorrection = true;
        }
      }
      corrected += text.slice(at, token.start) + (word === folded ? token.raw : word);
      at = token.end;
      const keys = new Set<string>();
      for (const w of [word, ...begun]) for (const t of rankTerms(w, rankLanguage(language))) keys.add(t.key);
      if (keys.size > 0) slots.push(keys);
    });
    corrected += text.slice(at);

    const typed = scoresOf(text, top, typing);
    const scores = anyCorrection ? scoresOf(corrected, top, typing) : typed;
    if (anyCorrection)
      for (const [id, s] of typed) if (!scores.has(id) || scores.get(id)! < s) scores.set(id, s);

    const coverageOf = (claimId: string): number => {
      const terms = claimTerms.get(claimId);
      if (!terms || slots.length === 0) return 0;
      let hit = 0;
      for (const keys of slots) if ([...keys].some((k) => terms.has(k))) hit++;
      return hit / slots.length;
    };
    const results = [...scores]
      .map(([claimId, score]) => ({ claimId, score, coverage: coverageOf(claimId) }))
      .sort(compareResults)
      .slice(0, limit);

    if (!anyCorrection) return { results };
    let gained = 0;
    for (const id of scores.keys()) if (!typed.has(id)) gained++;
    return gained > 0 ? { results, suggestion: { query: corrected, gained } } : { results };
  };

  return { lookUp, search: (query, limit) => lookUp(query, limit).results };
}
