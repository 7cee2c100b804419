/**
 * Whether numbers and names must agree for claims without anchors (src/engine/match/constants.ts),
 * on the TRAIN splits: each rule on and off, precision and recall of percolating every train query.
 *   npx tsx test/bench/eval/tune-agreement.ts
 */
import { COLLECTIONS, loadCollection } from './data';
import { percolationFigures, percolationIndex } from './percolation';

const collections = COLLECTIONS.map(loadCollection);
for (const namesFromFirstWord of [false, true]) {
  const indexes = collections.map((c) => percolationIndex(c, { namesFromFirstWord }));
  for (const derivedNumbersAgree of [false, true]) {
    for (const derivedNamesAgree of [false, true]) {
      if (namesFromFirstWord && !derivedNamesAgree) continue;
      for (const derivedMinPredicate of derivedNamesAgree || namesFromFirstWord
        ? [0]
        : [0, 0.2, 0.3, 0.4, 0.5]) {
        const figs = collections.map((c, i) =>
          percolationFigures(c, indexes[i]!, 'train', {
            derivedNumbersAgree,
            derivedNamesAgree,
            derivedMinPredicate,
          }),
        );
        console.log(
          `numbers ${derivedNumbersAgree ? 'on ' : 'off'} names ${derivedNamesAgree ? 'on ' : 'off'}${namesFromFirstWord ? ' (first word too)' : ''} predicate ≥ ${derivedMinPredicate}  ` +
            figs
              .map(
                (f, i) =>
                  `${COLLECTIONS[i]} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F0.5 ${f.f05.toFixed(3)}`,
              )
              .join(' | '),
        );
      }
    }
  }
}
