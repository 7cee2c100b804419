/**
 * Is this page a news article? Asked on every page the reader opens, so it reads a handful of
 * elements and never walks the tree: article metadata (og:type, JSON-LD, article:published_time),
 * or a single <article> holding a headline. Home pages (many <article> teasers), search results,
 * forums and apps answer no.
 */

import { jsonLdBlocks } from './metadata';

export type PageKind = 'article' | 'not-article';

/** schema.org types that make a page an article, wherever they stand in its JSON-LD. */
const ARTICLE_LD_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
]);
/**
 * Objects and arrays of one JSON-LD block looked at: a news page's graph has a few dozen. The walk
 * stops there, so a huge block costs its JSON.parse (linear) and no more.
 */
const MAX_LD_NODES = 10_000;

const isArticleType = (t: unknown) => typeof t === 'string' && ARTICLE_LD_TYPES.has(t);

/** Whether any object in the parsed block has an article "@type" (a string, or one in an array). Iterative. */
function declaresArticle(block: unknown): boolean {
  const stack: unknown[] = [block];
  for (let seen = 0; stack.length > 0 && seen < MAX_LD_NODES; seen++) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    const type = (value as { '@type'?: unknown })['@type'];
    if (isArticleType(type) || (Array.isArray(type) && type.some(isArticleType))) return true;
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}

const NON_ARTICLE_OG =
  /^(?:website|profile|product|book|music\.|video\.(?:other|tv_show|episode)|business\.)/;

export function detectPage(doc: Document): PageKind {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType && NON_ARTICLE_OG.test(ogType)) return 'not-article';
  if (ogType === 'article') return 'article';
  if (doc.querySelector('meta[property="article:published_time"]')) return 'article';
  // Parsed, not searched with a pattern: a pattern over the text backtracks on a long "@type"
  // array without its closing bracket, quadratically in the block's length.
  for (const block of jsonLdBlocks(doc)) if (declaresArticle(block)) return 'article';
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0]!.querySelector('h1')) return 'article';
  return 'not-article';
}
