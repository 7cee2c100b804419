/**
 * The highlighted passages of the page as DOM Ranges, in reading order, with the match each one
 * carries: what the highlights paint, what a click is tested against and what the next/previous
 * shortcuts step through. Built from the engine's character spans, never by changing the DOM.
 */
import { rangeFor, type ArticleText } from '../article/text-map';
import type { PageInfo, ShownMatch } from '../shared/messages';

export interface Passage {
  claimId: string;
  match: ShownMatch;
  range: Range;
}

/** One article read on the page, what was sent about it, and the background's answer. */
export interface ReadArticleResult {
  text: ArticleText;
  page: PageInfo;
  matches: ShownMatch[];
}

function byDocumentOrder(a: Passage, b: Passage): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

/**
 * Every passage of every stated claim ("match", not "related") of every article read on the page, in
 * document order. An article's text follows its document order (text-map.ts; only a headline read
 * from outside its root may not), so the passages are put in the order of their offsets first: the
 * sort by the DOM's order (merge runs, TimSort) then compares each passage with the next only, where
 * comparing all of them, ~2,000 DOM comparisons for the 246 passages of the 10,000-word E2E article,
 * took a few ms of the first drawing.
 */
export function buildPassages(doc: Document, articles: readonly ReadArticleResult[]): Passage[] {
  const out: { passage: Passage; article: number; start: number }[] = [];
  articles.forEach(({ text, matches }, article) => {
    for (const match of matches) {
      if (match.kind !== 'match') continue;
      for (const span of match.passages) {
        const range = rangeFor(doc, text, span.start, span.end);
        if (range)
          out.push({ passage: { claimId: match.claimId, match, range }, article, start: span.start });
      }
    }
  });
  return out
    .sort((a, b) => a.article - b.article || a.start - b.start)
    .map(({ passage }) => passage)
    .sort(byDocumentOrder);
}

/** The range of a claim's shown sentence (stated or only related), for "Show on page". */
export function sentenceRange(
  doc: Document,
  articles: readonly ReadArticleResult[],
  claimId: string,
): { range: Range; match: ShownMatch } | null {
  for (const { text, matches } of articles) {
    const match = matches.find((m) => m.claimId === claimId);
    if (!match) continue;
    const range = rangeFor(doc, text, match.start, match.end);
    if (range) return { range, match };
  }
  return null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The passage under a viewport point. The point is tested against each range's own line boxes
 * (Range.getClientRects), not a caret position: a caret lookup snaps to the nearest text even in a
 * margin, while the boxes are exactly the painted highlight.
 */
export function passageAt(passages: readonly Passage[], x: number, y: number): Passage | undefined {
  for (const p of passages) {
    if (!p.range.startContainer.isConnected) continue;
    for (const rect of p.range.getClientRects()) if (contains(rect, x, y)) return p;
  }
  return undefined;
}

/** Whether any part of the range is inside the viewport. */
export function rangeVisible(range: Range, view: { width: number; height: number }): boolean {
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  return r.bottom > 0 && r.top < view.height && r.right > 0 && r.left < view.width;
}
