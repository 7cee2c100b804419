/**
 * "Look up in Afterword" on the context menu of selected text: the selection is looked up in the
 * datasets, inside the browser, and the popup (or a small window) opens on the results.
 */
import browser, { type Menus, type Tabs } from '../shared/browser';
import { MAX_QUERY_CHARS } from '../engine/index';
import { t } from '../ui/strings';
import { openPopupFor } from './open-popup';

export const LOOKUP_MENU_ID = 'afterword-lookup';

/** Menus outlive the worker; they are (re)made once per install or update. */
export async function createMenus(): Promise<void> {
  if (!browser.contextMenus) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookup'), contexts: ['selection'] });
}

/** The selection as a query: white space squashed, cut at the look-up's limit. */
export function selectionQuery(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
}

export function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): void {
  if (info.menuItemId !== LOOKUP_MENU_ID) return;
  const query = selectionQuery(info.selectionText);
  if (!query) return;
  // Not awaited before openPopup: see open-popup.ts.
  void openPopupFor(
    { kind: 'lookup', query },
    { windowId: tab?.windowId, tabId: tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined },
  ).catch(() => undefined);
}
