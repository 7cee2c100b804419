/** Reads a page into what the engine needs: the article's text with its node map, and its metadata. */
import { detectPage } from './detect';
import { clipText, PAGE_LIMITS } from './limits';
import { readMetadata, type ArticleMetadata } from './metadata';
import { paragraphChars } from './paragraph-text';
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

/** Enough paragraph text for an element to be an article of its own, not a teaser or a caption. */
const MIN_APPENDED_CHARS = 400;

export interface AppendedArticle extends ArticleText {
  root: Element;
  title?: string;
  published?: string;
}

/**
 * Another article on the same page (an infinite-scroll news page appends the next story as a new
 * <article>): its own text, headline and date, or null when the element is too short to be one.
 * The page's metadata (JSON-LD, og:*) describes the first article only, so nothing is taken from it.
 */
export function readAppendedArticle(el: Element): AppendedArticle | null {
  if (paragraphChars(el) < MIN_APPENDED_CHARS) return null;
  const headline = el.querySelector('h1, h2');
  const map = buildArticleText(el);
  const title =
    clipText(headline?.textContent?.replace(/\s+/g, ' ').trim() ?? '', PAGE_LIMITS.titleChars).trimEnd() ||
    undefined;
  const date = el.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  // A cut date would be a wrong one: a longer one is dropped.
  const published = date && date.length <= PAGE_LIMITS.dateChars ? date : undefined;
  return { ...map, root: el, ...(title ? { title } : {}), ...(published ? { published } : {}) };
}
