/** Reads a page into what the engine needs: the article's text with its node map, and its metadata. */
import { detectPage } from './detect';
import { readMetadata, type ArticleMetadata } from './metadata';
import { findArticleRoot } from './root';
import { buildArticleText, type ArticleText } from './text-map';

export interface ReadArticle extends ArticleText {
  root: Element;
  metadata: ArticleMetadata;
}

export { detectPage };

export function readArticle(doc: Document): ReadArticle {
  const root = findArticleRoot(doc);
  const headline = root.querySelector('h1') ?? doc.querySelector('main h1, article h1, h1');
  const map = buildArticleText(root, headline);
  return { ...map, root, metadata: readMetadata(doc, root) };
}
