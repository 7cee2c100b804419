/**
 * The article as one string the engine can read, with a map from every character back to the text
 * node it came from, so the engine's spans become DOM Ranges without touching the page's DOM.
 * Each block (paragraph, heading, list item, caption) ends with "\n"; inside a node every character
 * maps one to one (white space is turned into spaces, never removed), so offsets stay exact.
 */
import { PAGE_LIMITS } from './limits';
import { type TreeVisitor, walkTree } from './walk';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the article text. */
  start: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'DIALOG',
]);

/** Class or id words of page furniture that sits inside articles: comments, share bars, teasers. */
const FURNITURE =
  /(?:^|[\s_-])(?:comments?|comment-list|respond|related|recommended|read-?more|more-stories|most-read|popular|share|sharing|social|newsletter|subscribe|promo|advert|ads?|sponsor|outbrain|taboola|byline-share|cookie|consent|breadcrumbs?|tags?)(?:$|[\s_-])/i;

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'PRE',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

/** Upper bound on text read from one page (limits.ts): counted inside each text node, not only between them. */
export const MAX_ARTICLE_CHARS = PAGE_LIMITS.articleChars;

/** Characters of an element's id and class read for furniture words: real ones are a few dozen. */
const MAX_MARKER_CHARS = 500;

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner')
    return true;
  // Only the start of a huge class attribute is read: page furniture names itself in a few words.
  const marker = `${el.id} ${el.getAttribute('class') ?? ''}`.slice(0, MAX_MARKER_CHARS);
  return marker.length > 1 && FURNITURE.test(marker);
}

export function buildArticleText(root: Element, headline?: Element | null): ArticleText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atBlockStart = true;

  const breakBlock = () => {
    if (!atBlockStart && length < MAX_ARTICLE_CHARS) {
      parts.push('\n');
      length += 1;
      atBlockStart = true;
    }
  };

  const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());
  const visitor: TreeVisitor = {
    enter: (el) => {
      if (isBlock(el)) breakBlock();
    },
    leave: (el) => {
      if (isBlock(el)) breakBlock();
    },
    text: (node) => {
      // Only what is left of the budget is read: one 20 MB text node costs no more than the limit.
      // The map stays exact, since a node's kept characters are a prefix of it.
      const data =
        node.data.length > MAX_ARTICLE_CHARS - length
          ? node.data.slice(0, MAX_ARTICLE_CHARS - length)
          : node.data;
      if (!data || (atBlockStart && !/\S/.test(data))) return;
      const clean = data.replace(/[\t\n\r\f\v\u2028\u2029]/g, ' ');
      segments.push({ node, start: length });
      parts.push(clean);
      length += clean.length;
      atBlockStart = false;
    },
    skip: skipped,
    done: () => length >= MAX_ARTICLE_CHARS,
  };

  // A headline outside the root still belongs to the article the reader sees.
  if (headline && !root.contains(headline)) walkTree(headline, visitor);
  walkTree(root, visitor);
  return { text: parts.join(''), segments };
}

/** The segment holding character `offset` (binary search; segments are in text order). */
function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over text[start, end), or null when the span no longer maps (the page changed). */
export function rangeFor(doc: Document, map: ArticleText, start: number, end: number): Range | null {
  const { segments } = map;
  if (segments.length === 0 || end <= start) return null;
  const a = segments[segmentAt(segments, start)]!;
  const b = segments[segmentAt(segments, end - 1)]!;
  const startOffset = start - a.start;
  const endOffset = end - b.start;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  if (startOffset > a.node.length || endOffset > b.node.length || startOffset < 0) return null;
  const range = doc.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  return range;
}
