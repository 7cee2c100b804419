/**
 * Answers the typed requests of src/shared/messages.ts. Every request is checked against the
 * protocol's table (src/shared/protocol.ts) before any handler sees it: its sender must be the kind
 * its type declares and its fields must be its schema's. Content-script requests are attributed to
 * the sender's tab, never to a tab id they claim.
 */
import browser, { type Runtime } from '../shared/browser';
import type { Reply, Request, TabState } from '../shared/messages';
import { checkRequest } from '../shared/protocol';
import { clearBadge, setBadge } from './badge';
import { type ActiveDataset, matchingDatasets } from './datasets';
import { senderTab, type Handler } from './handler';
import { rememberReading } from './memory/follow-up';
import { memoryHandlers } from './memory/handlers';
import { outletHandlers } from './outlets';
import { matchPage, readerHandlers } from './reader';
import { readerDataHandlers } from './reader-data/handlers';
import { sourceHandlers } from './source-handlers';
import { addTimings, getTab, keepTab, setTab, showsMatches, storeTab } from './tab-store';
import { countSaid } from './toolbar';

/** Runs `work` in a task after this one, once the handler's answer has been posted. */
const afterReply = (work: () => void) => void setTimeout(work, 0);

/** The datasets in use, as the popup lists them. */
const summaries = (datasets: readonly ActiveDataset[]) => datasets.map((d) => ({ ...d.meta }));

const handlers: { [T in Request['type']]: Handler<T> } = {
  'article:scan': async (request, sender) => {
    const tabId = senderTab(sender);
    const shown = await matchPage(request.page, request.text);
    // The results are kept in memory at once: the popup and tab:get read that copy. The rest waits
    // until the answer is on its way: the session-storage copy (40–80 ms on a worker just started,
    // 6–10 ms warm), the badge (its title formats the count) and the reading memory took 1–12 ms
    // of the worker's thread before the reply when they were only started here (a probe of warm
    // loads with the 100,000-claim dataset, median 1.5 ms).
    const state: TabState = {
      state: 'scanned',
      page: request.page,
      matches: shown,
      scannedAt: new Date().toISOString(),
      timings: request.timings,
    };
    keepTab(tabId, state);
    afterReply(() => {
      // A newer state of the tab writes itself (storeTab skips this one). The badge counts these
      // matches while the tab still shows them: the page's timings (article:highlighted) keep them,
      // another article of the page or a navigation badges the tab itself.
      const badge = showsMatches(tabId, shown) ? setBadge(tabId, shown) : undefined;
      void Promise.all([storeTab(tabId, state), badge]).catch((error: unknown) =>
        console.warn(`Afterword: the badge of tab ${tabId} was not set`, error),
      );
      // The reading memory never fails a page's scan: a broken database only means nothing is remembered.
      void rememberReading(sender, request.page, shown).catch((error: unknown) =>
        console.warn('Afterword: the claims read could not be remembered', error),
      );
    });
    return { matches: shown, said: countSaid(shown) };
  },
  'article:none': async (request, sender) => {
    const tabId = senderTab(sender);
    await setTab(tabId, { state: 'not-article', page: { url: request.url }, timings: request.timings });
    await clearBadge(tabId);
    return { ok: true };
  },
  'article:highlighted': async (request, sender) => {
    await addTimings(senderTab(sender), request.timings);
    return { ok: true };
  },
  'tab:get': async (request) => ({
    tab: await getTab(request.tabId),
    datasets: summaries(await matchingDatasets()),
  }),
  'datasets:list': async () => ({ datasets: summaries(await matchingDatasets()) }),
  // The popup, the in-page card and the look-up (reader.ts).
  ...readerHandlers,
  // The options page's dataset sources and updates (source-handlers.ts).
  ...sourceHandlers,
  // "About this site", the Outlets view and claims' origins (outlets.ts).
  ...outletHandlers,
  // The reading memory: "Since you read it", "Your claims", Follow (memory/handlers.ts).
  ...memoryHandlers,
  // The reader's paused sites, hidden hints and reports (reader-data/handlers.ts).
  ...readerDataHandlers,
};

export async function handle(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<Reply<Request['type']>> {
  const checked = checkRequest(message, sender, browser.runtime.getURL(''));
  if (!checked.ok) {
    // Logged in the extension's own console only: the page that sent it learns no more than the reply.
    const from = sender.url?.slice(0, 200) ?? 'an unknown sender';
    console.warn(`Afterword: refused a request from ${from}: ${checked.error}`);
    return { ok: false, error: checked.error };
  }
  const request = checked.request;
  try {
    const handler = handlers[request.type] as Handler<typeof request.type>;
    return { ok: true, value: await handler(request as never, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
