/**
 * The sites where the reader paused Afterword. They are kept in the extension's own database
 * (src/shared/reader-db.ts), which only the background opens: the popup and the options page list
 * and change them through the background, and a tab's content script only asks whether its own
 * page's site is paused (paused:here), so no page can read the list.
 */
import browser from './browser';
import { isReaderDataEvent, type PausedSite, type ReaderDataEvent } from './messages';
import { send } from './send';

export type { PausedSite } from './messages';

/**
 * The site a URL belongs to, as the pause list stores it: the host name in lower case without a
 * leading "www.", so pausing www.example.com also pauses example.com. Null for non-web addresses.
 */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return host || null;
}

/** The paused sites (the extension's pages only), each with the day Afterword comes back on it. */
export async function pausedSites(): Promise<PausedSite[]> {
  return (await send({ type: 'paused:list' })).sites;
}

/** Whether Afterword is paused on this page's site (a content script's question about its own page). */
export async function isPausedHere(): Promise<boolean> {
  return (await send({ type: 'paused:here' })).paused;
}

/** Pauses (or resumes) Afterword on the site of `url` (the extension's pages only); returns the new list. */
export async function setPaused(url: string, paused: boolean): Promise<PausedSite[]> {
  return (await send({ type: 'paused:set', url, paused })).sites;
}

/**
 * Calls `listener` whenever the background says the reader's data of this kind changed (in any tab
 * or page); returns the function that stops listening. The listener asks again for what it shows.
 */
export function onReaderDataChanged(what: ReaderDataEvent['what'], listener: () => void): () => void {
  const handler = (message: unknown) => {
    if (isReaderDataEvent(message) && message.what === what) listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
