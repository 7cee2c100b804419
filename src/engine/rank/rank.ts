/**
 * Ranking claims for one query: BM25F picks candidates from the inverted index, the second stage
 * re-scores the best RERANK_DEPTH with phrase, coverage, number, name, date and speaker evidence.
 * Cost: the query's postings plus RERANK_DEPTH short claims — never a scan of the collection.
 */
import { bm25fTop, type Bm25fParams } from './bm25f';
import type { RankIndex } from './build';
import { BM25F, QUERY_WEIGHTS, RERANK_DEPTH } from './constants';
import { FEATURES, featuresOf, releaseQuery, viewQuery } from './features';
import { linearScore, RERANK_WEIGHTS } from './model';
import { prepareQuery, type QueryWeights } from './prepare';
import { rankLanguage } from './text';
import type { RankedClaim, RankQuery } from './types';

export interface RankOptions {
  top?: number;
  bm25f?: Bm25fParams;
  queryWeights?: QueryWeights;
  depth?: number;
  /** null: first stage only. */
  weights?: Float64Array | null;
  language?: string;
}

export interface Candidate {
  doc: number;
  bm25: number;
  features: Float64Array;
  score: number;
}

/** The first stage's candidates with their features (what the learner and the ranker share). */
export function candidates(index: RankIndex, query: RankQuery, o: RankOptions = {}): Candidate[] {
  const prepared = prepareQuery(index, query, o.queryWeights ?? QUERY_WEIGHTS, rankLanguage(o.language));
  const first = bm25fTop(index, prepared.terms, o.bm25f ?? BM25F, o.depth ?? RERANK_DEPTH);
  if (first.length === 0) return [];
  const view = viewQuery(index, prepared);
  const top = first[0]!.score;
  const out = first.map((c, rank) => {
    const features = new Float64Array(FEATURES);
    featuresOf(index, view, c.doc, c.score, top, rank, features);
    return { doc: c.doc, bm25: c.score, features, score: c.score };
  });
  releaseQuery(view);
  return out;
}

export function rankClaims(index: RankIndex, query: RankQuery, o: RankOptions = {}): RankedClaim[] {
  const weights = o.weights === undefined ? RERANK_WEIGHTS : o.weights;
  const list = candidates(index, query, o);
  if (weights) {
    for (const c of list) c.score = linearScore(c.features, weights);
    list.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
  return list
    .slice(0, o.top ?? 10)
    .map((c) => ({ claimId: index.ids[c.doc]!, score: Math.round(c.score * 10000) / 10000 }));
}
