/**
 * The toolbar button per tab: the count of claims the article states on the badge, coloured by
 * toolbar.ts's rule (the alarm only for claims this article spreads that were later denied or rated
 * false), and a tooltip that says which state the tab is in.
 */
import type { MatchResult } from '../engine/index';
import browser from '../shared/browser';
import { getTab } from './tab-store';
import { articleView, toolbarView, type ToolbarView } from './toolbar';

async function apply(tabId: number, view: ToolbarView): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: view.text });
  if (view.color) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: view.color });
    if ('setBadgeTextColor' in browser.action)
      await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
  }
  await browser.action.setTitle({ tabId, title: view.title });
}

/** The badge and tooltip for an article's results. */
export async function setBadge(tabId: number, matches: readonly MatchResult[]): Promise<void> {
  await apply(tabId, articleView(matches));
}

/**
 * No count on the badge; the tooltip says why, from the tab's state as just stored (callers set it
 * first): not read yet, not an article, or paused on this site.
 */
export async function clearBadge(tabId: number): Promise<void> {
  await apply(tabId, toolbarView(await getTab(tabId)));
}
