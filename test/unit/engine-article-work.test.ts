/**
 * One article matched against several datasets in turn (what the background does: the bundled
 * default, then each subscription) finds in each what matching that dataset alone finds: the
 * article's analysis, kept from one dataset to the next (match/article-work.ts), changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { type ArticleInput, buildIndex, matchArticle, type Dataset } from '../../src/engine/index';
import { defaultDataset } from '../support/dataset';
import { listPages, readPage } from '../support/pages';

/** The default in two halves and whole: three indexes that share words, anchors and claims. */
const indexes = (() => {
  const half = Math.ceil(defaultDataset.claims.length / 2);
  const part = (id: string, claims: Dataset['claims']): Dataset => ({ ...defaultDataset, id, claims });
  return [
    buildIndex([part('first-half', defaultDataset.claims.slice(0, half))]),
    buildIndex([part('second-half', defaultDataset.claims.slice(half))]),
    buildIndex([defaultDataset]),
  ];
})();

const articles = listPages()
  .map((p) => readPage(p.file).article)
  .filter((a) => a !== undefined)
  .map((a) => ({ text: a.text, title: a.metadata.title, language: a.metadata.language }));

/** What one index finds in the article when nothing was matched just before it but another text. */
function alone(index: (typeof indexes)[number], article: ArticleInput) {
  matchArticle(indexes[0]!, { text: 'An unrelated sentence about the weather in Lisbon.', language: 'en' });
  return matchArticle(index, article);
}

describe('an article matched against several datasets in turn', () => {
  it('finds in each what that dataset alone finds, on every fixture article', () => {
    expect(articles.length).toBeGreaterThan(5);
    let found = 0;
    for (const article of articles) {
      const inTurn = indexes.map((index) => matchArticle(index, article));
      const each = indexes.map((index) => alone(index, article));
      expect(inTurn).toEqual(each);
      found += inTurn[2]!.length;
    }
    // The check compares real findings, not empty lists.
    expect(found).toBeGreaterThan(5);
  });

  it('reads a changed headline or language hint as another article', () => {
    const article = articles.find((a) => a.title)!;
    const index = indexes[2]!;
    const before = matchArticle(index, article);
    const untitled = matchArticle(index, { ...article, title: undefined });
    expect(untitled).toEqual(alone(index, { ...article, title: undefined }));
    expect(matchArticle(index, article)).toEqual(before);
    // The language hint chooses how the text's words are stemmed: Ukrainian here, Russian after.
    const text = 'Президент заявив, що Казахстан призупиняє членство в ОДКБ.';
    const asUkrainian = matchArticle(index, { text, language: 'uk' });
    const asRussian = matchArticle(index, { text, language: 'ru' });
    expect(asRussian).toEqual(alone(index, { text, language: 'ru' }));
    expect(asUkrainian).toEqual(alone(index, { text, language: 'uk' }));
  });
});
