/**
 * npm run eval:articles — the matcher on real news articles (../shared/eval/articles/dev): per
 * dataset variant (curated: anchors and paraphrases; imported: claim text and events only), per
 * story and per language, precision, recall and stance accuracy, the confusion of stances, and
 * every miss, false hit and wrong stance with the article and the sentence.
 *   --quiet   figures only, no list of mistakes
 */
import {
  ARTICLES_DIR,
  articleFigures,
  articlesAvailable,
  loadArticles,
  MAIN_LANGUAGES,
  precision,
  recall,
  stanceAccuracy,
  VARIANTS,
  variantIndex,
  type ArticleFigures,
  type Tally,
} from './eval/articles';

const quiet = process.argv.includes('--quiet');

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function row(name: string, t: Tally, width = 48): string {
  return `${pad(name, width)}${pad(precision(t).toFixed(3), 11)}${pad(recall(t).toFixed(3), 9)}${pad(stanceAccuracy(t).toFixed(3), 9)}${pad(String(t.tp), 5)}${pad(String(t.fp), 5)}${pad(String(t.fn), 5)}`;
}

function header(first: string, width = 48): string {
  return `${pad(first, width)}${pad('precision', 11)}${pad('recall', 9)}${pad('stance', 9)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}`;
}

function print(name: string, f: ArticleFigures, articles: number): void {
  console.log(`\n== ${name}: ${articles} articles, ${f.msPerArticle.toFixed(2)} ms an article`);
  console.log(header(''));
  console.log(row('all', f.all));
  console.log(row('articles in en/ru/uk', f.main));
  console.log(row('articles in other languages', f.other));
  console.log(`\n${header('story')}`);
  for (const [story, t] of [...f.byStory].sort()) console.log(row(story, t));
  console.log(`\n${header('language')}`);
  for (const [lang, t] of [...f.byLanguage].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn)))
    console.log(row(lang, t));
  console.log('\nstance confusion on true hits (label → reported)');
  const stances = ['asserts', 'hedged', 'reports-denial', 'debunks'] as const;
  console.log(`${pad('', 16)}${stances.map((s) => pad(s, 16)).join('')}`);
  for (const label of stances) {
    const r = f.confusion.get(label);
    console.log(`${pad(label, 16)}${stances.map((s) => pad(String(r?.get(s) ?? 0), 16)).join('')}`);
  }
  if (quiet) return;
  console.log('\nmistakes');
  for (const m of f.mistakes)
    console.log(
      `  ${pad(m.kind, 10)}${m.article.id} [${m.article.language}] ${m.claim}: ${m.detail.replace(/\s+/g, ' ').slice(0, 220)}`,
    );
}

if (!articlesAvailable()) {
  console.log(`No labelled articles at ${ARTICLES_DIR} (set AFTERWORD_ARTICLES_DIR): nothing measured.`);
} else {
  const articles = loadArticles();
  for (const v of VARIANTS) {
    const index = variantIndex(v);
    const f = articleFigures(index, articles);
    print(`${v.name} (${v.file})`, f, articles.length);
    if (v.name === 'imported') {
      const en = articleFigures(index, articles, (a) => a.language === 'en');
      console.log(`\n${header('imported, English articles only')}`);
      console.log(row('en', en.all));
    }
  }
  console.log(`\n(recall groups: ${[...MAIN_LANGUAGES].join('/')} and the rest)`);
}
