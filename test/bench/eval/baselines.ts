/**
 * Reference rankers the engine is measured against, written the plain way on purpose and
 * independent of src/engine's analysis: a plain BM25 over the claim text, and the careful one
 * (Porter stemming, English stop words, claim + title + subtitle).
 */
import { stemmer as porter } from '@orama/stemmers/english';
import type { RankClaim } from '../../../src/engine/rank/types';

/** The usual English stop-word list (NLTK's). */
export const ENGLISH_STOP_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having
do does did doing a an the and but if or because as until while of at by for with about against between into through during before
after above below to from up down in out on off over under again further then once here there when where why how all any both each
few more most other some such no nor not only own same so than too very s t can will just don should now d ll m o re ve y ain aren
couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn`.split(/\s+/),
);

export type Analyzer = (text: string) => string[];

export const plainAnalyzer: Analyzer = (text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

export const carefulAnalyzer: Analyzer = (text) =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => !ENGLISH_STOP_WORDS.has(w))
    .map((w) => porter(w));

export interface Bm25Options {
  analyzer: Analyzer;
  fields: (c: RankClaim) => string;
  k1?: number;
  b?: number;
}

/** A textbook BM25 with an inverted index: score = Σ idf·tf(k1+1)/(tf + k1(1-b+b·len/avg)). */
export class Bm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: Float64Array;
  private readonly avg: number;
  private readonly k1: number;
  private readonly b: number;
  readonly ids: string[];

  constructor(
    claims: readonly RankClaim[],
    private readonly opts: Bm25Options,
  ) {
    this.k1 = opts.k1 ?? 1.2;
    this.b = opts.b ?? 0.75;
    this.ids = claims.map((c) => c.id);
    this.lengths = new Float64Array(claims.length);
    let total = 0;
    claims.forEach((c, doc) => {
      const terms = opts.analyzer(opts.fields(c));
      this.lengths[doc] = terms.length;
      total += terms.length;
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push({ doc, tf: n });
      }
    });
    this.avg = total / Math.max(1, claims.length);
  }

  search(text: string, top = 10): { id: string; score: number }[] {
    const n = this.ids.length;
    const scores = new Map<number, number>();
    for (const t of new Set(this.opts.analyzer(text))) {
      const list = this.postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, top)
      .map(([doc, score]) => ({ id: this.ids[doc]!, score }));
  }
}

export const plainBm25 = (claims: readonly RankClaim[]) =>
  new Bm25(claims, { analyzer: plainAnalyzer, fields: (c) => c.claim });

export const carefulBm25 = (claims: readonly RankClaim[]) =>
  new Bm25(claims, {
    analyzer: carefulAnalyzer,
    fields: (c) => [c.claim, c.title ?? '', c.subtitle ?? ''].join(' '),
  });
