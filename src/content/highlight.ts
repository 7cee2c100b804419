/**
 * Painting matched passages with the CSS Custom Highlight API: the page's DOM is not touched (no
 * wrapper spans), so nothing shifts and the page's scripts see no new nodes. Styles live in
 * highlights.css, injected by the browser as an extension stylesheet.
 */
import type { ArticleText } from '../article/text-map';
import { rangeFor } from '../article/text-map';
import type { ClaimStatus, MatchResult } from '../engine/types';

export const HIGHLIGHT_PREFIX = 'afterword-';

const STATUS_GROUP: Record<ClaimStatus, string> = {
  denied: 'false',
  'rated-false': 'false',
  retracted: 'false',
  'rated-mixed': 'mixed',
  unconfirmed: 'unconfirmed',
  confirmed: 'true',
  'rated-true': 'true',
};

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const group of new Set(Object.values(STATUS_GROUP))) CSS.highlights.delete(HIGHLIGHT_PREFIX + group);
}

/** Highlights every passage of every stated claim; returns how many ranges were painted. */
export function paintHighlights(doc: Document, article: ArticleText, matches: readonly MatchResult[]): number {
  clearHighlights();
  if (!highlightsSupported()) return 0;
  const byGroup = new Map<string, Range[]>();
  let painted = 0;
  for (const m of matches) {
    if (m.kind !== 'match') continue;
    const group = STATUS_GROUP[m.verdict.status];
    for (const p of m.passages) {
      const range = rangeFor(doc, article, p.start, p.end);
      if (!range) continue;
      const list = byGroup.get(group) ?? [];
      list.push(range);
      byGroup.set(group, list);
      painted++;
    }
  }
  for (const [group, ranges] of byGroup) CSS.highlights.set(HIGHLIGHT_PREFIX + group, new Highlight(...ranges));
  return painted;
}
