/**
 * The reader's settings, in storage.local (kept on this device, never synced; the key and its
 * reading are declared in ./storage): for now the sites where Afterword is paused. One module, so the content script, the popup and the options page read
 * and write them the same way. Content scripts may read storage.local directly: the check costs one
 * storage.local.get before anything else runs on a page.
 */
import { onStoredChanged, PAUSED_SITES, readStored, writeStored } from './storage';

export const PAUSED_SITES_KEY = PAUSED_SITES.key;

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

export function pausedSites(): Promise<string[]> {
  return readStored(PAUSED_SITES);
}

export async function isPaused(url: string): Promise<boolean> {
  const site = siteOf(url);
  return site !== null && (await pausedSites()).includes(site);
}

/** Pauses (or resumes) Afterword on the site of `url`; returns the new list. */
export async function setPaused(url: string, paused: boolean): Promise<string[]> {
  const site = siteOf(url);
  const list = await pausedSites();
  if (site === null) return list;
  const next = paused ? PAUSED_SITES.read([...list, site]) : list.filter((s) => s !== site);
  await writeStored(PAUSED_SITES, next);
  return next;
}

/** Calls `listener` with the new list whenever the paused sites change (in any tab or page). */
export function onPausedSitesChanged(listener: (sites: string[]) => void): () => void {
  return onStoredChanged(PAUSED_SITES, listener);
}
