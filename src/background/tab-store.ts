/**
 * Results per tab. Kept in memory and mirrored to storage.session, so a popup opened after the
 * browser stopped and restarted the service worker still finds them. Session storage never
 * touches the disk and is cleared when the browser closes.
 */
import browser from '../shared/browser';
import type { ContentTimings, ShownMatch, TabState } from '../shared/messages';

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
  if (state.state !== 'scanned' && state.state !== 'not-article') return;
  await setTab(tabId, { ...state, timings });
}

/**
 * Adds the matches of another article on the same page (infinite scroll) to the tab's results: a
 * claim already listed stays as it is, unless it was only related there and is stated here.
 * Returns the tab's matches after the merge, or null when the tab holds no scanned article.
 */
export async function mergeMatches(tabId: number, more: readonly ShownMatch[]): Promise<ShownMatch[] | null> {
  const state = await getTab(tabId);
  if (state.state !== 'scanned') return null;
  const matches = [...state.matches];
  for (const m of more) {
    const at = matches.findIndex((x) => x.claimId === m.claimId && x.datasetId === m.datasetId);
    if (at === -1) matches.push(m);
    else if (matches[at]!.kind === 'related' && m.kind === 'match') matches[at] = m;
  }
  await setTab(tabId, { ...state, matches });
  return matches;
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
