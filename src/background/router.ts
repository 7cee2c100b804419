/**
 * Answers the typed requests of src/shared/messages.ts. Every request is checked with isRequest;
 * content-script requests are attributed to the sender's tab, never to a tab id they claim.
 */
import { matchArticle } from '../engine/match/percolate';
import type { Runtime } from '../shared/browser';
import { isRequest, type Reply, type Request, type Responses, type ShownMatch } from '../shared/messages';
import { clearBadge, setBadge } from './badge';
import { claimById, datasetSummaries, getIndex } from './datasets';
import { addTimings, getTab, setTab } from './tab-store';

type Handler<T extends Request['type']> = (request: Extract<Request, { type: T }>, sender: Runtime.MessageSender) => Promise<Responses[T]>;

function senderTab(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined || id < 0) throw new Error('This request must come from a page');
  return id;
}

const handlers: { [T in Request['type']]: Handler<T> } = {
  'article:scan': async (request, sender) => {
    const tabId = senderTab(sender);
    const matches = matchArticle(getIndex(), {
      text: request.text,
      title: request.page.title,
      published: request.page.published,
      language: request.page.language,
    });
    const shown: ShownMatch[] = matches.flatMap((m) => {
      const found = claimById(m.claimId);
      return found ? [{ ...m, claim: found.claim, datasetId: found.datasetId }] : [];
    });
    await setTab(tabId, { state: 'scanned', page: request.page, matches: shown, scannedAt: new Date().toISOString(), timings: request.timings });
    await setBadge(tabId, matches);
    return { matches };
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
  'tab:get': async (request) => ({ tab: await getTab(request.tabId), datasets: datasetSummaries() }),
  'datasets:list': async () => ({ datasets: datasetSummaries() }),
};

export async function handle(message: unknown, sender: Runtime.MessageSender): Promise<Reply<Request['type']>> {
  if (!isRequest(message)) return { ok: false, error: 'Unknown request' };
  try {
    const handler = handlers[message.type] as Handler<typeof message.type>;
    return { ok: true, value: await handler(message as never, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
