/**
 * Learns the ranker's second-stage weights on the TRAIN splits (both collections together), picks
 * the L2 strength by 5-fold cross-validation on train, and prints the weights for
 * src/engine/rank/model.ts with train (and, for information only, dev) MAP@5.
 *   npx tsx test/bench/eval/train-ranker.ts
 */
import { buildRankIndex, type RankIndex } from '../../../src/engine/rank/build';
import { FEATURE_NAMES, FEATURES } from '../../../src/engine/rank/features';
import { linearScore } from '../../../src/engine/rank/model';
import { candidates, type Candidate } from '../../../src/engine/rank/rank';
import { COLLECTIONS, loadCollection, type Split } from './data';
import { trainPairwise, type Group } from './learn';
import { averagePrecisionAt } from './metrics';

interface QueryCands {
  collection: string;
  relevant: Set<string>;
  cands: Candidate[];
  index: RankIndex;
}

const DEPTH = Number(process.env.DEPTH ?? 50);

function collect(split: Split): QueryCands[] {
  const out: QueryCands[] = [];
  for (const name of COLLECTIONS) {
    const c = loadCollection(name);
    const index = buildRankIndex(c.claims);
    for (const q of c.queries[split]) {
      const relevant = c.qrels[split].get(q.id);
      if (!relevant) continue;
      out.push({ collection: name, relevant, cands: candidates(index, q, { depth: DEPTH }), index });
    }
  }
  return out;
}

function map5(qs: readonly QueryCands[], w: Float64Array, collection?: string): number {
  let sum = 0;
  let n = 0;
  for (const q of qs) {
    if (collection && q.collection !== collection) continue;
    const ranked = [...q.cands]
      .sort((a, b) => linearScore(b.features, w) - linearScore(a.features, w) || a.doc - b.doc)
      .map((c) => q.index.ids[c.doc]!);
    sum += averagePrecisionAt(ranked, q.relevant, 5);
    n++;
  }
  return sum / n;
}

function groups(qs: readonly QueryCands[]): Group[] {
  return qs
    .map((q) => ({
      features: q.cands.map((c) => c.features),
      relevant: q.cands.map((c) => q.relevant.has(q.index.ids[c.doc]!)),
    }))
    .filter((g) => g.relevant.some(Boolean));
}

const train = collect('train');
const dev = collect('dev');
for (const name of COLLECTIONS) {
  const qs = train.filter((q) => q.collection === name);
  const found = qs.filter((q) => q.cands.some((c) => q.relevant.has(q.index.ids[c.doc]!))).length;
  console.log(
    `${name}: first-stage top ${DEPTH} holds a relevant claim for ${((100 * found) / qs.length).toFixed(1)}% of train queries`,
  );
}

const baseline = new Float64Array(FEATURES);
baseline[0] = 1;
console.log('first stage only  train', COLLECTIONS.map((c) => map5(train, baseline, c).toFixed(4)).join(' '));

// 5-fold cross-validation on train for λ.
const folds = 5;
let bestLambda = 0;
let bestCv = -1;
for (const lambda of [0, 1e-4, 1e-3, 1e-2]) {
  let cv = 0;
  for (let f = 0; f < folds; f++) {
    const fit = train.filter((_, i) => i % folds !== f);
    const held = train.filter((_, i) => i % folds === f);
    const w = trainPairwise(groups(fit), FEATURES, lambda);
    cv += (map5(held, w, COLLECTIONS[0]) + map5(held, w, COLLECTIONS[1])) / 2;
  }
  cv /= folds;
  console.log(`λ ${lambda}: 5-fold train CV mean MAP@5 (2A, 2B averaged) ${cv.toFixed(4)}`);
  if (cv > bestCv) {
    bestCv = cv;
    bestLambda = lambda;
  }
}
const w = trainPairwise(groups(train), FEATURES, bestLambda);
console.log(`chosen λ ${bestLambda}`);
console.log('weights:');
FEATURE_NAMES.forEach((name, i) => console.log(`  ${w[i]!.toFixed(4)}, // ${name}`));
console.log(
  'train',
  COLLECTIONS.map((c) => map5(train, w, c).toFixed(4)).join(' '),
  ' dev (report only)',
  COLLECTIONS.map((c) => map5(dev, w, c).toFixed(4)).join(' '),
);
