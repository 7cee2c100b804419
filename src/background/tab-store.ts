/**
 * Results per tab. Kept in memory and mirrored to storage.session, so a popup opened after the
 * browser stopped and restarted the service worker still finds them. Session storage never
 * touches the disk and is cleared when the browser closes.
 */
import browser from '../shared/browser';
import type { ContentTimings, TabState } from '../shared/messages';

const memory = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
  if (stored) memory.set(tabId, stored);
  return stored ?? { state: 'idle' };
}

export async function setTab(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function addTimings(tabId: number, timings: ContentTimings): Promise<void> {
  const state = await getTab(tabId);
  if (state.state === 'idle') return;
  await setTab(tabId, { ...state, timings });
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
