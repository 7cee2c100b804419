/**
 * The peers the engine is benchmarked against, set up the way a developer reaching for them would:
 * MiniSearch (BM25+, its defaults, claim + title + subtitle), FlexSearch (an Index with the
 * LatinBalance encoder, `suggest` so long queries still find partial matches), a straightforward
 * stemmed BM25 (test/bench/eval/baselines.ts) and a brute-force scan scoring every claim.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { RankClaim } from '../../../src/engine/rank/types';
import { carefulAnalyzer, carefulBm25 } from '../eval/baselines';

export interface Peer {
  name: string;
  search(text: string, top: number): string[];
}

export function miniSearchPeer(claims: readonly RankClaim[]): Peer {
  const ms = new MiniSearch<RankClaim>({ fields: ['claim', 'title', 'subtitle'], idField: 'id' });
  ms.addAll(claims as RankClaim[]);
  return {
    name: 'MiniSearch 7.2 (BM25+)',
    search: (text, top) =>
      ms
        .search(text)
        .slice(0, top)
        .map((r) => String(r.id)),
  };
}

export function flexSearchPeer(claims: readonly RankClaim[]): Peer {
  const index = new FlexSearch.Index({ tokenize: 'strict', encoder: FlexSearch.Charset.LatinBalance });
  claims.forEach((c, i) => index.add(i, [c.claim, c.title ?? '', c.subtitle ?? ''].join(' ')));
  return {
    name: 'FlexSearch 0.8 (LatinBalance, suggest)',
    search: (text, top) =>
      (index.search(text, { limit: top, suggest: true }) as number[]).map((i) => claims[i]!.id),
  };
}

export function bm25Peer(claims: readonly RankClaim[]): Peer {
  const bm = carefulBm25(claims);
  return {
    name: 'stemmed BM25 (Porter, stop words)',
    search: (text, top) => bm.search(text, top).map((r) => r.id),
  };
}

/** Every claim scored against the query: idf-weighted overlap of stemmed terms, no index at all. */
export function bruteForcePeer(claims: readonly RankClaim[]): Peer {
  const docs = claims.map(
    (c) => new Set(carefulAnalyzer([c.claim, c.title ?? '', c.subtitle ?? ''].join(' '))),
  );
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return {
    name: 'brute-force scan (idf overlap)',
    search(text, top) {
      const q = [...new Set(carefulAnalyzer(text))].map(
        (t) => [t, Math.log(1 + n / (1 + (df.get(t) ?? 0)))] as const,
      );
      const scored: [number, number][] = [];
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (const [t, w] of q) if (docs[i]!.has(t)) s += w;
        if (s > 0) scored.push([i, s / Math.sqrt(docs[i]!.size + 1)]);
      }
      return scored
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, top)
        .map(([i]) => claims[i]!.id);
    },
  };
}
