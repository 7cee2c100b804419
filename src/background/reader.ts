/**
 * The background's side of the reader's experience: matching a page's articles (the first and any
 * an infinite-scroll page appends), a paused site, the look-up, and opening the popup on a claim
 * from the in-page card. The router spreads these handlers into its table.
 */
import type { PageInfo, ShownMatch } from '../shared/messages';
import { clearBadge, setBadge } from './badge';
import { senderTab, type Handler } from './handler';
import { takeIntent } from './intent';
import { lookupClaims } from './lookup';
import { matchEverywhere } from './match-all';
import { rememberReading } from './memory/follow-up';
import { openPopupFor } from './open-popup';
import { mergeMatches, setTab } from './tab-store';
import { countSaid } from './toolbar';

/**
 * The engine's results for one article against every dataset in use (match-all.ts), with each
 * claim, its dataset and that dataset's date, and other datasets' versions of a claim they disagree on.
 */
export function matchPage(page: PageInfo, text: string): Promise<ShownMatch[]> {
  return matchEverywhere({ text, title: page.title, published: page.published, language: page.language });
}

type ReaderRequest = 'article:more' | 'article:paused' | 'lookup:search' | 'card:more' | 'popup:intent';

export const readerHandlers: { [T in ReaderRequest]: Handler<T> } = {
  'article:more': async (request, sender) => {
    const tabId = senderTab(sender);
    const shown = (await matchPage(request.page, String(request.text ?? ''))).map((m) => ({
      ...m,
      page: request.page,
    }));
    const merged = await mergeMatches(tabId, shown);
    if (merged) {
      await setBadge(tabId, merged);
      void rememberReading(sender, request.page, shown).catch((error: unknown) =>
        console.warn('Afterword: the claims read could not be remembered', error),
      );
    }
    return { matches: shown, said: countSaid(merged ?? shown) };
  },
  'article:paused': async (request, sender) => {
    const tabId = senderTab(sender);
    await setTab(tabId, { state: 'paused', page: { url: String(request.url) } });
    await clearBadge(tabId);
    return { ok: true };
  },
  // The look-up covers every dataset in use (lookup.ts waits for them after a worker start).
  'lookup:search': async (request) =>
    typeof request.query === 'string' ? await lookupClaims(request.query, request.limit) : { hits: [] },
  'card:more': async (request, sender) => {
    const tabId = senderTab(sender);
    const opened = await openPopupFor(
      { kind: 'claim', tabId, claimId: String(request.claimId) },
      { windowId: sender.tab?.windowId, tabId },
    );
    return { opened };
  },
  'popup:intent': async (request) => ({
    intent: await takeIntent(typeof request.tabId === 'number' ? request.tabId : null),
  }),
};
