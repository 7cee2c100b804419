/** How the popup finds its tab and asks the background about it. */
import browser from '../shared/browser';
import type { DatasetSummary, TabState } from '../shared/messages';
import { send } from '../shared/send';

/**
 * The tab the popup is about: `?tab=<id>` when given (tests and screenshots open the popup as a
 * page, and so does the small window the in-page card opens), else the active tab of the current
 * window. Reading a tab's id needs no "tabs" permission.
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param.trim())) return Number(param.trim());
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

/** Whether the popup runs as the toolbar popup (it may close itself) rather than as a page or window. */
export function isToolbarPopup(search: string): boolean {
  return !new URLSearchParams(search).has('tab');
}

export interface TabView {
  tab: TabState;
  datasets: DatasetSummary[];
}

export async function loadTab(tabId: number): Promise<TabView> {
  return send({ type: 'tab:get', tabId });
}
