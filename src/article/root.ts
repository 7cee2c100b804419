/**
 * Where the article's own text lives: the element marked as the article body, else the <article>
 * or main region with the most paragraph text. Navigation, comments, related links and share bars
 * are skipped when the text is read (see text-map.ts), so the root may be generous.
 */
import { paragraphChars, paragraphCharsByRegion } from './paragraph-text';

const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-article-body]',
  '.article-body',
  '.article__body',
  '.entry-content',
  '.post-content',
  '.story-body',
];

/** Where a page's main text may live: <article>, <main>, or an element with the main role. */
const isCandidate = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'ARTICLE' ||
  el.tagName.toUpperCase() === 'MAIN' ||
  el.getAttribute('role') === 'main';

/**
 * An <article> inside a <main> is the root unless the <main> holds over 1.2 times its paragraph
 * text: the story rather than the page region that also holds its teasers.
 */
const ARTICLE_WEIGHT = 1.2;

export function findArticleRoot(doc: Document): Element {
  for (const sel of BODY_SELECTORS) {
    const el = doc.querySelector(sel);
    // The marked body, widened to its <article> so the headline and captions come along.
    if (el && paragraphChars(el) > 200) return el.closest('article') ?? el;
  }
  // Every candidate weighed in one walk of the page (paragraph-text.ts), nested ones included; on a
  // tie the first in document order, the outermost of nested ones, wins.
  let best: Element | undefined;
  let bestScore = 0;
  for (const { region, chars } of paragraphCharsByRegion(doc.documentElement, isCandidate)) {
    const score = chars * (region.tagName.toUpperCase() === 'ARTICLE' ? ARTICLE_WEIGHT : 1);
    if (score > bestScore) {
      best = region;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}
