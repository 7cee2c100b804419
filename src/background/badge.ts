/**
 * The toolbar button per tab: the count of claims the article states on the badge, coloured by
 * toolbar.ts's rule (the alarm only for claims this article spreads that were later denied or rated
 * false), and a tooltip that says which state the tab is in.
 */
import type { MatchResult } from '../engine/index';
import browser from '../shared/browser';
import { withChanges } from './memory/badge-view';
import { unseenCount } from './memory/unseen';
import { getTab } from './tab-store';
import { articleView, toolbarView, type ToolbarView } from './toolbar';

/** Whether a tab is in a private window (unknown counts as private: the reading memory stays out). */
function isPrivate(tabId: number): Promise<boolean> {
  return browser.tabs
    .get(tabId)
    .then((tab) => tab.incognito !== false)
    .catch(() => true);
}

/** `incognito`: whether the tab is in a private window, when the caller has the tab already. */
async function apply(tabId: number, tabView: ToolbarView, incognito?: boolean): Promise<void> {
  // A tab's own count comes first; without one, unseen changes to claims read show (toolbar.ts) —
  // never in a private window, where nothing of what the reader read elsewhere is shown.
  const changes = tabView.text === '' ? await unseenCount() : 0;
  const hidden = changes > 0 && (incognito ?? (await isPrivate(tabId)));
  const view = withChanges(tabView, changes > 0 && !hidden ? changes : 0);
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

/** Every tab's badge again (the count of unseen changes moved); tabs without a count of their own show it. */
export async function refreshBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.id < 0
        ? undefined
        : getTab(tab.id)
            .then((state) => apply(tab.id!, toolbarView(state), tab.incognito !== false))
            .catch(() => undefined),
    ),
  );
}
