/**
 * Painting matched passages with the CSS Custom Highlight API: the page's DOM is not touched (no
 * wrapper spans), so nothing shifts and the page's scripts see no new nodes. Styles live in
 * highlights.css, injected by the browser as an extension stylesheet.
 */
import type { ClaimStatus } from '../engine/types';
import type { Passage } from './passages';

export const HIGHLIGHT_PREFIX = 'afterword-';

export type StatusGroup = 'false' | 'mixed' | 'unconfirmed' | 'true';

export const STATUS_GROUP: Record<ClaimStatus, StatusGroup> = {
  denied: 'false',
  'rated-false': 'false',
  retracted: 'false',
  'rated-mixed': 'mixed',
  unconfirmed: 'unconfirmed',
  confirmed: 'true',
  'rated-true': 'true',
};

const GROUPS: readonly StatusGroup[] = ['false', 'mixed', 'unconfirmed', 'true'];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const group of GROUPS) CSS.highlights.delete(HIGHLIGHT_PREFIX + group);
}

/** Highlights every passage, one Highlight per status group; returns how many ranges were painted. */
export function paintPassages(passages: readonly Passage[]): number {
  clearHighlights();
  if (!highlightsSupported()) return 0;
  const byGroup = new Map<StatusGroup, Range[]>();
  for (const p of passages) {
    const group = STATUS_GROUP[p.match.verdict.status] ?? 'unconfirmed';
    const list = byGroup.get(group) ?? [];
    list.push(p.range);
    byGroup.set(group, list);
  }
  for (const [group, ranges] of byGroup)
    CSS.highlights.set(HIGHLIGHT_PREFIX + group, new Highlight(...ranges));
  return passages.length;
}
