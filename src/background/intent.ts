/**
 * What the popup should open on, when something other than the toolbar button opened it (the
 * in-page card's "more", the context menu's look-up). Kept in memory and mirrored to session
 * storage for a worker restart in between; taken once, and only for a short while.
 */
import browser from '../shared/browser';
import type { PopupIntent } from '../shared/messages';
import { POPUP_INTENT, type PendingIntent } from '../shared/storage';

const KEY = POPUP_INTENT.key;
/** A popup opened later than this after the request is the reader's own, not the one asked for. */
export const INTENT_TTL_MS = 30_000;

let pending: PendingIntent | undefined;

/** Synchronous on purpose: Firefox opens a popup only in the same turn as the reader's gesture. */
export function setIntent(intent: PopupIntent, now = Date.now()): void {
  pending = { intent, at: now };
  void browser.storage.session.set({ [KEY]: pending }).catch(() => undefined);
}

export function dropIntent(): void {
  pending = undefined;
  void browser.storage.session.remove(KEY).catch(() => undefined);
}

/** The pending intent for a popup about `tabId` (null: any tab), removed once taken. */
export async function takeIntent(tabId: number | null, now = Date.now()): Promise<PopupIntent | null> {
  const items: Record<string, unknown> = pending
    ? {}
    : await browser.storage.session.get(KEY).catch(() => ({}));
  const entry = pending ?? POPUP_INTENT.read(items[KEY]);
  dropIntent();
  if (!entry || now - entry.at > INTENT_TTL_MS) return null;
  if (entry.intent.kind === 'claim' && tabId !== null && entry.intent.tabId !== tabId) return null;
  return entry.intent;
}
