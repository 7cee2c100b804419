/**
 * Is this page a news article? Asked on every page the reader opens, so it reads a handful of
 * elements and never walks the tree: article metadata (og:type, JSON-LD, article:published_time),
 * or a single <article> holding a headline. Home pages (many <article> teasers), search results,
 * forums and apps answer no.
 */

export type PageKind = 'article' | 'not-article';

const ARTICLE_LD_TYPES =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle)"/;
const NON_ARTICLE_OG =
  /^(?:website|profile|product|book|music\.|video\.(?:other|tv_show|episode)|business\.)/;

export function detectPage(doc: Document): PageKind {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType && NON_ARTICLE_OG.test(ogType)) return 'not-article';
  if (ogType === 'article') return 'article';
  if (doc.querySelector('meta[property="article:published_time"]')) return 'article';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length < 200_000 && ARTICLE_LD_TYPES.test(text)) return 'article';
  }
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0]!.querySelector('h1')) return 'article';
  return 'not-article';
}
