/**
 * Painting matched passages with the CSS Custom Highlight API: the page's DOM is not touched (no
 * wrapper spans), so nothing shifts and the page's scripts see no new nodes. Styles live in
 * highlights.css, injected by the browser as an extension stylesheet. Each passage goes into the
 * highlight src/ui/stance.ts names for it: coloured by what became of the claim, styled by what the
 * article does with it (spreads it, or answers it).
 */
import { HIGHLIGHT_NAMES, highlightName } from '../ui/stance';
import type { Passage } from './passages';

export { HIGHLIGHT_NAMES };

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}

/** Highlights every passage, one Highlight per status colour and mark style; returns how many ranges were painted. */
export function paintPassages(passages: readonly Passage[]): number {
  clearHighlights();
  if (!highlightsSupported()) return 0;
  const byName = new Map<string, Range[]>();
  for (const p of passages) {
    const name = highlightName(p.match.verdict.status, p.match.stance);
    const list = byName.get(name) ?? [];
    list.push(p.range);
    byName.set(name, list);
  }
  for (const [name, ranges] of byName) CSS.highlights.set(name, new Highlight(...ranges));
  return passages.length;
}
