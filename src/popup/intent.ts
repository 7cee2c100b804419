/**
 * What the popup was opened for, if anything but the toolbar button: the page's address carries it
 * when the popup opened as a window (?claim=, ?lookup=), else the background hands it over once.
 */
import type { PopupIntent } from '../shared/messages';
import { send } from '../shared/send';

/** What to open on; `tabId` is the tab a claim was found in (the popup then shows that tab). */
export type Opening = { claimId?: string; query?: string; tabId?: number };

export function intentFromSearch(search: string): Opening | null {
  const params = new URLSearchParams(search);
  const claimId = params.get('claim');
  const query = params.get('lookup');
  if (claimId) return { claimId };
  if (query && query.trim()) return { query: query.trim() };
  return null;
}

function toOpening(intent: PopupIntent | null): Opening | null {
  if (!intent) return null;
  return intent.kind === 'claim' ? { claimId: intent.claimId, tabId: intent.tabId } : { query: intent.query };
}

/**
 * The popup's opening: from its address, else handed over by the background (asked for any tab: the
 * claim of a card "more" names its own tab, which the popup then shows).
 */
export async function readOpening(search: string): Promise<Opening | null> {
  const fromUrl = intentFromSearch(search);
  if (fromUrl) return fromUrl;
  try {
    return toOpening((await send({ type: 'popup:intent', tabId: null })).intent);
  } catch {
    return null;
  }
}
