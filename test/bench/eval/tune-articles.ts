/**
 * Grid over the anchored-claim thresholds on the real-article DEV split (npm run eval:articles'
 * data): precision, recall (en/ru/uk, other languages) and stance of the curated dataset for each
 * setting. `npx tsx test/bench/eval/tune-articles.ts` (`--elsewhere`: the grid of
 * ELSEWHERE_MIN_COVERAGE and ELSEWHERE_MIN_WORDS). The constants in src/engine/match/constants.ts
 * cite the run that chose them; the held-out articles are measured elsewhere.
 */
import {
  articleFigures,
  type ArticleFigures,
  articlesAvailable,
  loadArticles,
  precision,
  recall,
  stanceAccuracy,
  VARIANTS,
  variantIndex,
} from './articles';

/** One line of a grid: the setting's values, then precision, recall (en/ru/uk, other), stance, false hits. */
function row(setting: readonly (string | number | boolean)[], f: ArticleFigures): string {
  return [
    ...setting,
    precision(f.all).toFixed(3),
    recall(f.main).toFixed(3),
    recall(f.other).toFixed(3),
    stanceAccuracy(f.all).toFixed(3),
    f.all.fp,
  ].join('\t');
}

if (!articlesAvailable()) {
  console.log('No labelled articles: nothing to tune.');
} else if (process.argv.includes('--elsewhere')) {
  // The window naming all of a claim's anchors but one (constants.ts ELSEWHERE_MIN_COVERAGE).
  const articles = loadArticles();
  const index = variantIndex(VARIANTS[0]!);
  console.log('coverage words  P      R-main R-other stance  fp');
  for (const elsewhereMinWords of [1, 2, 3])
    for (const elsewhereMinCoverage of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01]) {
      const f = articleFigures(index, articles, undefined, { elsewhereMinCoverage, elsewhereMinWords });
      console.log(row([elsewhereMinCoverage.toFixed(2), elsewhereMinWords], f));
    }
} else {
  const articles = loadArticles();
  const index = variantIndex(VARIANTS[0]!);
  console.log('concept one-anchor names-only words sameLang  P      R-main R-other stance  fp');
  for (const sameLanguage of [true, false])
    for (const matchMinWords of [1, 2])
      for (const matchMinCoverageOneAnchor of [0.45, 0.55, 0.65])
        for (const matchMinCoverageNamesOnly of [0.3, 0.4, 0.5, 0.6])
          for (const matchMinCoverage of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
            const f = articleFigures(index, articles, undefined, {
              matchMinCoverage,
              matchMinCoverageNamesOnly,
              matchMinCoverageOneAnchor,
              matchMinWords,
              sameLanguage,
            });
            console.log(
              row(
                [
                  matchMinCoverage.toFixed(2),
                  matchMinCoverageOneAnchor.toFixed(2),
                  matchMinCoverageNamesOnly.toFixed(2),
                  matchMinWords,
                  sameLanguage,
                ],
                f,
              ),
            );
          }
}
