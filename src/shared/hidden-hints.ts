/**
 * Hints the reader hid on a page ("Wrong match?" hides the hint there; the popup undoes it). Kept in
 * the extension's own database on this device (src/shared/reader-db.ts, for HIDDEN_HINT_KEEP_DAYS),
 * never sent; pages ask the background (hints:… requests), a tab's content script only about a page
 * of its own site. Pages are remembered by a hash of their address, not the address itself: the
 * reader may have chosen not to put the address in the report, and a list of the pages they read
 * should not sit in storage in plain text either.
 */
import { onReaderDataChanged } from './settings';
import { send } from './send';

/**
 * The page an address stands for: without its fragment, so a jump to a section of the same article
 * keeps the same hidden hints.
 */
export function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * A 53-bit hash of the page's address (cyrb53), in base 36. Synchronous and available everywhere: a
 * content script on a plain-http page has no crypto.subtle. Collisions among the few hundred pages
 * kept are vanishingly unlikely, and the cost of one would be a hint hidden on another page.
 */
export function pageHash(url: string): string {
  const text = pageOf(url);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The ids of the claims whose hints the reader hid on the page at `url` (the popup). */
export async function hiddenHintsOn(url: string): Promise<string[]> {
  return (await send({ type: 'hints:get', url })).claimIds;
}

/** The same, asked by a tab's content script about its own page. */
export async function hiddenHintsHere(url: string): Promise<string[]> {
  return (await send({ type: 'hints:page', url })).claimIds;
}

/** Hides (or shows again) a claim's hint on the page at `url`; returns the page's hidden claim ids. */
export async function setHintHidden(url: string, claimId: string, hidden: boolean): Promise<string[]> {
  return (await send({ type: 'hints:set', url, claimId, hidden })).claimIds;
}

/** Calls `listener` whenever hidden hints change (in any tab or page); it re-reads what it needs. */
export function onHiddenHintsChanged(listener: () => void): () => void {
  return onReaderDataChanged('hidden', listener);
}
