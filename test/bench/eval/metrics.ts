/**
 * The CheckThat! measures. AP@k divides by the number of relevant claims of the query (as the lab's
 * scorer does); queries without a relevant pair are skipped. MRR looks at the whole returned list.
 */

export interface Scores {
  map1: number;
  map5: number;
  mrr: number;
  queries: number;
}

export function averagePrecisionAt(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (relevant.has(ranked[i]!)) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return relevant.size === 0 ? 0 : sum / relevant.size;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  for (let i = 0; i < ranked.length; i++) if (relevant.has(ranked[i]!)) return 1 / (i + 1);
  return 0;
}

export function score(runs: Map<string, readonly string[]>, qrels: Map<string, Set<string>>): Scores {
  let map1 = 0;
  let map5 = 0;
  let mrr = 0;
  let n = 0;
  for (const [q, relevant] of qrels) {
    if (relevant.size === 0) continue;
    const ranked = runs.get(q) ?? [];
    map1 += averagePrecisionAt(ranked, relevant, 1);
    map5 += averagePrecisionAt(ranked, relevant, 5);
    mrr += reciprocalRank(ranked, relevant);
    n++;
  }
  return { map1: map1 / n, map5: map5 / n, mrr: mrr / n, queries: n };
}
