/**
 * Opening the popup on something: the toolbar popup itself where the browser allows it
 * (action.openPopup: Chrome 127+, Firefox inside a reader's gesture), else a small window showing the
 * same page, else a tab (browsers without windows). No permission is needed for any of them.
 */
import browser from '../shared/browser';
import type { PopupIntent } from '../shared/messages';
import { dropIntent, setIntent } from './intent';

export const POPUP_PAGE = 'src/popup/index.html';
/** The popup's own size (popup.css lays it out for ~400 px). */
const WINDOW_SIZE = { width: 420, height: 640 };

/** The popup page's address for an intent: the window and tab fallbacks carry it in the query. */
export function popupUrl(intent: PopupIntent, tabId?: number): string {
  const params = new URLSearchParams();
  const tab = intent.kind === 'claim' ? intent.tabId : tabId;
  if (tab !== undefined && tab >= 0) params.set('tab', String(tab));
  if (intent.kind === 'claim') params.set('claim', intent.claimId);
  else params.set('lookup', intent.query);
  return browser.runtime.getURL(`${POPUP_PAGE}?${params.toString()}`);
}

export async function openPopupFor(
  intent: PopupIntent,
  where: { windowId?: number; tabId?: number } = {},
): Promise<'popup' | 'window' | 'tab'> {
  // Set before the first await, and openPopup called in this same turn, for Firefox's gesture rule.
  setIntent(intent);
  try {
    const opening = browser.action.openPopup(
      where.windowId !== undefined ? { windowId: where.windowId } : undefined,
    );
    await opening;
    return 'popup';
  } catch {
    // Not allowed here (no gesture, no focused window, older browser): the page opens on its own.
    dropIntent();
  }
  const url = popupUrl(intent, where.tabId);
  if (browser.windows?.create) {
    await browser.windows.create({ url, type: 'popup', ...WINDOW_SIZE });
    return 'window';
  }
  await browser.tabs.create({ url });
  return 'tab';
}
