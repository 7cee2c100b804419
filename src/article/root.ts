/**
 * Where the article's own text lives: the element marked as the article body, else the <article>
 * or main region with the most paragraph text. Navigation, comments, related links and share bars
 * are skipped when the text is read (see text-map.ts), so the root may be generous.
 */

const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-article-body]',
  '.article-body',
  '.article__body',
  '.entry-content',
  '.post-content',
  '.story-body',
];

/**
 * Regions weighed as the article's root at most. A news page has one <main> and a handful of
 * <article> elements (the story, a few teasers); a page with more is not read for more of them.
 */
const MAX_ROOT_CANDIDATES = 50;

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.getElementsByTagName('p')) n += p.textContent?.length ?? 0;
  return n;
}

export function findArticleRoot(doc: Document): Element {
  for (const sel of BODY_SELECTORS) {
    const el = doc.querySelector(sel);
    // The marked body, widened to its <article> so the headline and captions come along.
    if (el && paragraphText(el) > 200) return el.closest('article') ?? el;
  }
  // Each candidate's paragraphs are counted over its whole subtree, so nested candidates would cost
  // the square of the page; the first few in document order hold the article on any real page.
  const candidates = [...doc.querySelectorAll('article, main, [role="main"]')].slice(0, MAX_ROOT_CANDIDATES);
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of candidates) {
    const score = paragraphText(el) * (el.tagName === 'ARTICLE' ? 1.2 : 1);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}
