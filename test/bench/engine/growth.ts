/**
 * How matching grows with the article's length, on each kind of hostile text
 * (test/support/pathological-text.ts): the best of two runs at SMALL and at LARGE characters. The
 * text grows LARGE / SMALL times; a linear matcher's time grows about as much, a quadratic one's
 * by the square. Timing belongs here, not in the unit tests, which a busy machine would fail.
 * Also the time to read a 5 MB page, the largest the content script hands over.
 *
 * Part of npm run bench; alone: npx tsx test/bench/engine/growth.ts
 */
import { matchArticle } from '../../../src/engine/match/percolate';
import { defaultIndex } from '../../support/dataset';
import { PATHOLOGICAL } from '../../support/pathological-text';
import { asNewArticle } from './stats';

const SMALL = 50_000;
const LARGE = 400_000;
/** Growth past this many times the text's growth is reported as worse than linear (noise allowed). */
const LINEAR_SLACK = 3;
const HUGE_PAGE = 5 * 1024 * 1024;

const match = (text: string) =>
  matchArticle(defaultIndex(), asNewArticle({ text, title: text.slice(0, 80) }));

function bestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export interface GrowthRow {
  name: string;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs. */
  growth: number;
}

export function measureGrowth(): { rows: GrowthRow[]; hugePageMs: number } {
  match(PATHOLOGICAL['ordinary news text']!(2_000)); // warm-up: the index and the code paths
  const rows = Object.entries(PATHOLOGICAL).map(([name, make]) => {
    const small = make(SMALL);
    const large = make(LARGE);
    const smallMs = bestOf(2, () => match(small));
    const largeMs = bestOf(2, () => match(large));
    return { name, smallMs, largeMs, growth: largeMs / smallMs };
  });
  const huge = PATHOLOGICAL['ordinary news text']!(HUGE_PAGE);
  return { rows, hugePageMs: bestOf(1, () => match(huge)) };
}

export function printGrowth(): void {
  const factor = LARGE / SMALL;
  const { rows, hugePageMs } = measureGrowth();
  console.log(
    `\nGrowth: matching hostile text of ${SMALL.toLocaleString('en-US')} and ${LARGE.toLocaleString('en-US')} characters (${factor}× the text)`,
  );
  for (const r of rows) {
    const verdict = r.growth <= factor * LINEAR_SLACK ? 'linear' : 'WORSE THAN LINEAR';
    console.log(
      `  ${r.name.padEnd(28)} ${r.smallMs.toFixed(1).padStart(8)} ms → ${r.largeMs.toFixed(1).padStart(8)} ms  (${r.growth.toFixed(1)}×, ${verdict})`,
    );
  }
  console.log(`  a 5 MB page of news text: ${hugePageMs.toFixed(0)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) printGrowth();
