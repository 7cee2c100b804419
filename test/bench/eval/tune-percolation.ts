/**
 * Chooses the derived-claim constants of src/engine/match/constants.ts on the TRAIN splits:
 * F0.5 (precision counts double) of percolating every train query against its collection, summed
 * over 2A and 2B. Prints the grid; dev is not looked at.
 *   npx tsx test/bench/eval/tune-percolation.ts
 */
import { COLLECTIONS, loadCollection } from './data';
import { percolationFigures, percolationIndex } from './percolation';

const collections = COLLECTIONS.map(loadCollection);
const rows: { key: string; score: number; detail: string }[] = [];
for (const requiredTerms of [3, 4, 5, 6]) {
  for (const minRequired of [2, 3, 4]) {
    if (minRequired > requiredTerms) continue;
    const indexes = collections.map((c) => percolationIndex(c, { requiredTerms, minRequired }));
    for (const derivedMinCoverage of [0.6, 0.7, 0.8]) {
      for (const derivedMinWords of [3, 4, 5]) {
        const figs = collections.map((c, i) =>
          percolationFigures(c, indexes[i]!, 'train', { derivedMinCoverage, derivedMinWords }),
        );
        const key = `required ${requiredTerms}, min ${minRequired}, coverage ${derivedMinCoverage}, words ${derivedMinWords}`;
        const detail = figs
          .map(
            (f, i) =>
              `${COLLECTIONS[i]} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F0.5 ${f.f05.toFixed(3)}`,
          )
          .join(' | ');
        rows.push({ key, score: figs.reduce((s, f) => s + f.f05, 0), detail });
      }
    }
  }
}
rows.sort((a, b) => b.score - a.score);
for (const r of rows.slice(0, Number(process.env.TOP ?? 25)))
  console.log(`${r.score.toFixed(4)}  ${r.key}  ${r.detail}`);
