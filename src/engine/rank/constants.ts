/**
 * Ranking weights. Each was chosen on the TRAIN splits of ../shared/eval/claimmatch
 * (CheckThat! 2022-2A tweets → Snopes, 2021-2B debates → PolitiFact) with test/bench/eval/tune.ts;
 * dev is only reported. Figures are MAP@5 on train unless said otherwise.
 */
import type { Bm25fParams } from './bm25f';
import type { QueryWeights } from './prepare';

/**
 * BM25F, fields claim / title / subtitle / speaker. Grid k1 ∈ {0.9,1.2,1.6,2}, b ∈ {0.4,…,0.9},
 * title ∈ {0.5,1,1.5}, subtitle ∈ {0,0.5,1}: 2A train is flat within 0.003 across k1 0.9–1.2 and
 * b 0.4–0.9 (best 0.858 at k1 0.9); 2B train prefers k1 2 (0.528 at 1.2 → 0.528 at 2 within noise).
 * Title 1.5 wins on both. The speaker field at 1 with the debate speaker's name in the query
 * (QUERY_WEIGHTS.speaker): 2B train recall@50 0.809 vs 0.773 without, first-stage MAP@5 0.566 vs
 * 0.524 (speaker 1.5 / field 1: 0.573 but recall@50 0.805); 2A has no speakers and is unchanged.
 */
export const BM25F: Bm25fParams = { k1: 1.2, b: [0.6, 0.6, 0.6, 0.6], w: [1, 1.5, 0.5, 1] };

/**
 * Query parts. Tweet author at full weight: 2A train 0.858 vs 0.852 at 0.5 and 0.849 at 0 (tweets
 * quote the person the claim is about). Debate context (previous three transcript lines) at 0.5:
 * 2B train recall@50 0.809 vs 0.805 at 0.25 (MAP@5 0.566 either way). Speaker: see BM25F.
 */
export const QUERY_WEIGHTS: QueryWeights = { author: 1, context: 0.5, repeat: 0, speaker: 1 };

/** Candidates the second stage re-scores: the first stage's top 50 hold a relevant claim for 96.8% of 2A train queries and 80.9% of 2B train (top 100: 97.6% / 84.5%; with the older first stage, CV MAP@5 0.7629 at 100 vs 0.7613 at 50 — not worth twice the features). */
export const RERANK_DEPTH = 50;
