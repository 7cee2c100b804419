/**
 * A cheap reading of an element's text for the content script's settle check: how it starts and
 * how long it is. The check runs every time the page has been quiet for a moment, so it must cost
 * the same on a hostile page as on an article: it never builds the element's whole text (a 20 MB
 * text node is counted by its length, not copied), stops counting past a length no re-read would
 * take in, and stops after a number of nodes no article has.
 */
import { PAGE_LIMITS } from './limits';

/**
 * Characters counted at most. The root's text also holds what the reader skips (share bars,
 * captions, scripts), hence twice the article's budget; growth past it would add nothing a second
 * read could take in, since that read stops at the budget too.
 */
export const SUMMARY_MAX_CHARS = 2 * PAGE_LIMITS.articleChars;
/** Nodes visited at most: a long article's root holds a few thousand; a page past this stops being measured. */
export const SUMMARY_MAX_NODES = 200_000;

export interface TextSummary {
  /** The first `openingChars` characters of the element's text (its textContent). */
  opening: string;
  /** The length of its text, counted up to SUMMARY_MAX_CHARS. */
  length: number;
}

export function summariseText(root: Node, openingChars: number): TextSummary {
  let opening = '';
  let length = 0;
  let visited = 0;
  // Depth-first in document order, by sibling and parent links: no recursion, no stack to overflow.
  let node: Node | null = root.firstChild;
  while (node && length < SUMMARY_MAX_CHARS && visited < SUMMARY_MAX_NODES) {
    visited++;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      if (opening.length < openingChars) opening += data.slice(0, openingChars - opening.length);
      length += data.length;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return { opening, length: Math.min(length, SUMMARY_MAX_CHARS) };
}
