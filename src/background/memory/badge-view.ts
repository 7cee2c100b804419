/**
 * The toolbar button while claims the reader read have changed and they have not opened the news:
 * on a tab without a count of its own, the number of changes in a colour of its own (never one of
 * an article's, toolbar.ts) and a tooltip that says what the number counts. Pure.
 */
import { plural } from '../../ui/strings';

/** Blue: no status's hue, so the count is not read as an article's claims; AA against white text. */
export const CHANGES_BADGE_COLOUR = '#175cd3';

export interface BadgeLike {
  text: string;
  color: string | null;
  title: string;
}

/** `view` (a tab's own), or with no count of its own and unseen changes, the changes' count. */
export function withChanges<V extends BadgeLike>(view: V, unseen: number): V | BadgeLike {
  if (view.text !== '' || unseen <= 0) return view;
  return { text: String(unseen), color: CHANGES_BADGE_COLOUR, title: plural('toolbarChanges', unseen) };
}
