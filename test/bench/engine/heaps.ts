/**
 * How the claim collections' vocabulary grows with their size (Heaps' law, V = K·n^β), fitted on
 * the real CheckThat! claims in a fixed random order, and the vocabulary of the generated datasets
 * the benchmark uses, to check that they grow as a real collection would.
 *   npx tsx test/bench/engine/heaps.ts
 */
import type { RankClaim } from '../../../src/engine/rank/types';
import { generateClaims, HEAPS_BETA, realClaims } from './data';
import { prng } from './stats';

const words = (c: RankClaim) => `${c.claim} ${c.title ?? ''}`.match(/\p{L}+/gu) ?? [];

const real = realClaims();
const rand = prng(3);
const shuffled = real
  .map((c) => ({ c, r: rand() }))
  .sort((a, b) => a.r - b.r)
  .map((x) => x.c);
const vocabulary = new Set<string>();
const points: [number, number][] = [];
let next = 500;
shuffled.forEach((c, i) => {
  for (const w of words(c)) vocabulary.add(w.toLowerCase());
  if (i + 1 === next || i + 1 === shuffled.length) {
    points.push([i + 1, vocabulary.size]);
    next *= 2;
  }
});
const xs = points.map((p) => Math.log(p[0]));
const ys = points.map((p) => Math.log(p[1]));
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const [mx, my] = [mean(xs), mean(ys)];
const beta =
  xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
const k = Math.exp(my - beta * mx);
console.log('Real collections (claims → distinct words):');
for (const [n, v] of points) console.log(`  ${String(n).padStart(7)}  ${v}`);
console.log(`Fit: V = ${k.toFixed(1)} · n^${beta.toFixed(3)} (data.ts uses β = ${HEAPS_BETA})`);

for (const size of (process.env.SIZES ?? '100000,1000000').split(',').map(Number)) {
  const predicted = k * size ** beta;
  for (const growth of ['resampled', 'near-copies'] as const) {
    const v = new Set<string>();
    for (const c of generateClaims(real, size, growth)) for (const w of words(c)) v.add(w.toLowerCase());
    console.log(
      `${size.toLocaleString('en-US')} claims, ${growth}: ${v.size} distinct words (the fit predicts ${predicted.toFixed(0)})`,
    );
  }
}
