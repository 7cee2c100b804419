/**
 * The keyboard shortcuts (the manifest's "commands"): the browser tells the background, which tells
 * the active tab's content script. A tab without the content script (a browser page) just ignores it.
 */
import browser, { type Tabs } from '../shared/browser';
import { PAGE_COMMANDS, type PageCommand, type PageRequest } from '../shared/messages';

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (!PAGE_COMMANDS.includes(command as PageCommand)) return;
  let tabId = tab?.id;
  if (tabId === undefined) tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return;
  const message: PageRequest = { type: 'page:command', command: command as PageCommand };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
