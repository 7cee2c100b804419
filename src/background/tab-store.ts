/**
 * Results per tab. Kept in memory and mirrored to storage.session, so a popup opened after the
 * browser stopped and restarted the service worker still finds them. Session storage never
 * touches the disk and is cleared when the browser closes.
 *
 * The mirror is best-effort: storage.session has a quota shared by every tab (10 MB in Chrome), so
 * a write that fails (over quota, or storage gone) must not fail this tab's scan, and one tab filling
 * the quota must not fail another's. The memory copy always holds the result; only a worker restart
 * in between loses it, and then the tab reads as not yet scanned rather than as its previous page.
 */
import browser from '../shared/browser';
import type { ContentTimings, ShownMatch, TabState } from '../shared/messages';
import { tabStateKey } from '../shared/storage';

const memory = new Map<number, TabState>();
const key = (tabId: number) => tabStateKey(tabId).key;

export async function getTab(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const items: Record<string, unknown> = await browser.storage.session.get(key(tabId)).catch(() => ({}));
  const stored = tabStateKey(tabId).read(items[key(tabId)]);
  if (stored) memory.set(tabId, stored);
  return stored ?? { state: 'idle' };
}

/** Keeps the tab's state, in memory and in session storage. */
export async function setTab(tabId: number, state: TabState): Promise<void> {
  keepTab(tabId, state);
  await storeTab(tabId, state);
}

/** Keeps the tab's state in memory: what getTab, the popup and tab:get read from now on. */
export function keepTab(tabId: number, state: TabState): void {
  memory.set(tabId, state);
}

/** Whether `state` is still the tab's (no newer one was kept since). */
const isCurrentTab = (tabId: number, state: TabState): boolean => memory.get(tabId) === state;

/** Whether the tab still shows these matches (its timings may have been added since: addTimings keeps them). */
export function showsMatches(tabId: number, matches: readonly ShownMatch[]): boolean {
  const state = memory.get(tabId);
  return state?.state === 'scanned' && state.matches === matches;
}

/**
 * Writes the tab's state kept by keepTab to session storage, unless a newer one was kept since (its
 * own write carries it). A failed write leaves the memory copy in use.
 */
export async function storeTab(tabId: number, state: TabState): Promise<void> {
  if (!isCurrentTab(tabId, state)) return;
  try {
    await browser.storage.session.set({ [key(tabId)]: state });
  } catch (error) {
    // Logged in the extension's own console only; the stale copy is removed so a restarted
    // worker does not show the tab's previous page as this one.
    console.warn(`Afterword: the results of tab ${tabId} are kept in memory only:`, error);
    await browser.storage.session.remove(key(tabId)).catch(() => undefined);
  }
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
  await browser.storage.session.remove(key(tabId)).catch(() => undefined);
}
