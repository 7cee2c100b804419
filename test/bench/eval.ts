/**
 * npm run eval — the matcher measured on real data:
 *   1. claim ranking (CheckThat! 2022-2A tweets → Snopes, 2021-2B debates → PolitiFact), train and
 *      dev splits (the test splits are held out), MAP@1 / MAP@5 / MRR for the engine and baselines;
 *   2. percolation on the same data: each query read as a short article and matched against the
 *      whole collection as a dataset without anchors (claims reached by derived required terms);
 *   3. article-level precision, recall and stance accuracy on the fixture pages.
 * Weights are tuned on train only (test/bench/eval/tune.ts, test/bench/eval/train-ranker.ts); dev is reported.
 */
import { buildRankIndex } from '../../src/engine/rank/build';
import { rankClaims } from '../../src/engine/rank/rank';
import { carefulBm25, plainBm25 } from './eval/baselines';
import { COLLECTIONS, evalDataAvailable, EVAL_DIR, loadCollection, type Split } from './eval/data';
import { fixtureFigures } from './eval/fixtures';
import { percolationFigures, percolationIndex } from './eval/percolation';
import { score, type Scores } from './eval/metrics';

const DEPTH = 100;

interface Row {
  collection: string;
  split: Split;
  system: string;
  scores: Scores;
  msPerQuery: number;
}

function ranking(): Row[] {
  const rows: Row[] = [];
  for (const name of COLLECTIONS) {
    const c = loadCollection(name);
    const plain = plainBm25(c.claims);
    const careful = carefulBm25(c.claims);
    const index = buildRankIndex(c.claims);
    const systems: [string, (q: (typeof c.queries.train)[number]) => string[]][] = [
      ['BM25 plain (claim text)', (q) => plain.search(q.text, DEPTH).map((r) => r.id)],
      [
        'BM25 careful (Porter, stop words, claim+title+subtitle)',
        (q) => careful.search(q.text, DEPTH).map((r) => r.id),
      ],
      [
        'afterword first stage (BM25F)',
        (q) => rankClaims(index, q, { top: DEPTH, weights: null }).map((r) => r.claimId),
      ],
      ['afterword ranker', (q) => rankClaims(index, q, { top: DEPTH }).map((r) => r.claimId)],
    ];
    // Debate queries carry the transcript's speaker, date and previous lines; show what the text alone gets.
    if (c.queries.train.some((q) => q.speaker))
      systems.push([
        'afterword ranker, sentence text only',
        (q) => rankClaims(index, { id: q.id, text: q.text }, { top: DEPTH }).map((r) => r.claimId),
      ]);
    for (const split of ['train', 'dev'] as const) {
      for (const [system, run] of systems) {
        const t0 = performance.now();
        const runs = new Map(c.queries[split].map((q) => [q.id, run(q)]));
        const ms = (performance.now() - t0) / c.queries[split].length;
        rows.push({ collection: name, split, system, scores: score(runs, c.qrels[split]), msPerQuery: ms });
      }
    }
  }
  return rows;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function printRanking(rows: Row[]): void {
  console.log('\nClaim ranking (CheckThat!), queries with a relevant claim; tuned on train, dev reported');
  const header = `${pad('collection', 22)}${pad('split', 7)}${pad('system', 58)}${pad('MAP@1', 8)}${pad('MAP@5', 8)}${pad('MRR', 8)}${pad('queries', 9)}ms/query`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    console.log(
      `${pad(r.collection, 22)}${pad(r.split, 7)}${pad(r.system, 58)}${pad(r.scores.map1.toFixed(4), 8)}${pad(r.scores.map5.toFixed(4), 8)}${pad(r.scores.mrr.toFixed(4), 8)}${pad(String(r.scores.queries), 9)}${r.msPerQuery.toFixed(3)}`,
    );
  }
}

function printFixtures(): void {
  const f = fixtureFigures();
  console.log(
    `\nArticle matching on the fixture pages (${f.pages} pages, ${f.hardNegatives} hard negatives)`,
  );
  console.log(
    `  precision ${f.precision.toFixed(3)} (${f.truePositives} true, ${f.falsePositives} false matches)`,
  );
  console.log(`  recall    ${f.recall.toFixed(3)} (${f.falseNegatives} missed)`);
  console.log(`  stance accuracy ${f.stanceAccuracy.toFixed(3)} (${f.stanceCorrect}/${f.truePositives})`);
  console.log(`  related claims found ${f.related.found}/${f.related.expected}`);
  for (const m of f.mistakes) console.log(`  ${m}`);
}

function printPercolation(): void {
  console.log(
    '\nPercolation on the same queries (each read as an article; claims without anchors; kind "match" only)',
  );
  console.log(
    `${pad('collection', 22)}${pad('split', 7)}${pad('precision', 11)}${pad('recall', 9)}${pad('reported', 10)}${pad('queries', 9)}ms/query`,
  );
  for (const name of COLLECTIONS) {
    const c = loadCollection(name);
    const index = percolationIndex(c);
    for (const split of ['train', 'dev'] as const) {
      const f = percolationFigures(c, index, split);
      console.log(
        `${pad(name, 22)}${pad(split, 7)}${pad(f.precision.toFixed(3), 11)}${pad(f.recall.toFixed(3), 9)}${pad(String(f.reported), 10)}${pad(String(f.queries), 9)}${f.msPerQuery.toFixed(3)}`,
      );
    }
  }
  console.log(
    '  (precision is a lower bound: the qrels name one fact-check per query, a duplicate fact-check counts as wrong)',
  );
}

if (evalDataAvailable()) {
  printRanking(ranking());
  printPercolation();
} else console.log(`No evaluation data at ${EVAL_DIR} (set AFTERWORD_EVAL_DIR): ranking figures skipped.`);
printFixtures();
