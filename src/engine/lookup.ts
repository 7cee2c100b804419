/**
 * The reader's look-up: free text, in any supported language, against every claim of every dataset,
 * answered as the reader types. Ranking is the engine's ranker (rank/, BM25F and its re-ranker);
 * this file only decides what a claim is to the ranker (its text and each paraphrase, in their own
 * languages, with the anchors' aliases and the actors' names beside them) and completes the word
 * being typed, because "Kaz" must already find Kazakhstan.
 */
import type { Claim } from './model';
import { buildRankIndex, type RankIndex } from './rank/build';
import { rankClaims } from './rank/rank';
import type { RankClaim } from './rank/types';
import { foldWord } from './text/normalize';
import { tokenize } from './text/tokenize';

export interface LookupResult {
  claimId: string;
  score: number;
}

/** What the background asks of a look-up; the ranker behind it may change, this may not. */
export interface ClaimLookup {
  search(query: string, limit?: number): LookupResult[];
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

  return {
    search(query: string, limit = 10): LookupResult[] {
      const text = query.slice(0, MAX_QUERY_CHARS);
      if (!text.trim() || docs.length === 0) return [];
      const top = limit * 4;
      const scores = new Map<string, number>();
      rank(text, top, scores);
      // The last word, while it is still being typed, also stands for the words it begins.
      const tokens = tokenize(text);
      const last = tokens.at(-1);
      if (last && last.end === text.length) {
        const head = text.slice(0, last.start);
        for (const word of completions(foldWord(last.raw))) rank(`${head}${word}`, top, scores);
      }
      return [...scores]
        .map(([claimId, score]) => ({ claimId, score }))
        .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId))
        .slice(0, limit);
    },
  };
}
