/**
 * First stage: BM25F over the claim's fields. Each field's frequency is length-normalised with its
 * own b and weighted before the single saturation k1 (Robertson & Zaragoza's BM25F), so a word in
 * the title counts as the same evidence as in the claim, only more or less of it.
 */
import { FIELDS, type RankIndex } from './build';
import { topK } from './top';

export interface Bm25fParams {
  k1: number;
  /** Per field: length normalisation. */
  b: readonly number[];
  /** Per field: weight of a term occurrence. */
  w: readonly number[];
}

/** One query term: its dictionary id and how much it counts (query frequency × source weight). */
export interface WeightedTerm {
  id: number;
  weight: number;
}

export function idf(index: RankIndex, term: number): number {
  const n = index.ids.length;
  const df = index.df[term]!;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Scratch accumulators, one per index, reused across queries (ranking is synchronous). */
const scratch = new WeakMap<RankIndex, { acc: Float64Array; touched: Uint32Array; mark: Uint8Array }>();

export function bm25fTop(
  index: RankIndex,
  query: readonly WeightedTerm[],
  p: Bm25fParams,
  k: number,
): { doc: number; score: number }[] {
  const n = index.ids.length;
  let s = scratch.get(index);
  if (!s)
    scratch.set(
      index,
      (s = { acc: new Float64Array(n), touched: new Uint32Array(n), mark: new Uint8Array(n) }),
    );
  const { acc, touched, mark } = s;
  let count = 0;
  const norm = new Float64Array(FIELDS);
  for (const q of query) {
    const termIdf = idf(index, q.id) * q.weight;
    for (let e = index.postStart[q.id]!; e < index.postStart[q.id + 1]!; e++) {
      const d = index.postDoc[e]!;
      let tf = 0;
      for (let f = 0; f < FIELDS; f++) {
        const c = index.postTf[e * FIELDS + f]!;
        if (c === 0 || p.w[f] === 0) continue;
        norm[f] = 1 - p.b[f]! + (p.b[f]! * index.fieldLen[d * FIELDS + f]!) / index.avgFieldLen[f]!;
        tf += (p.w[f]! * c) / norm[f]!;
      }
      if (tf === 0) continue;
      if (!mark[d]) {
        mark[d] = 1;
        touched[count++] = d;
      }
      acc[d]! += (termIdf * tf * (p.k1 + 1)) / (tf + p.k1);
    }
  }
  const out = topK(touched, count, acc, k);
  for (let i = 0; i < count; i++) {
    const d = touched[i]!;
    acc[d] = 0;
    mark[d] = 0;
  }
  return out;
}
