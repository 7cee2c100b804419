/**
 * The requests about the reader's paused sites, hidden hints and wrong-match reports
 * (src/shared/protocol.ts says who may send each). A tab's content script learns whether its own
 * site is paused and which hints are hidden on a page of its own site, never the lists; after a
 * change the extension's pages and every tab are told that something changed, and ask again.
 */
import browser, { type Runtime } from '../../shared/browser';
import type { ReaderDataEvent } from '../../shared/messages';
import { REPORT_KEEP_DAYS } from '../../shared/reader-db';
import { siteOf } from '../../shared/settings';
import { upgradeStorageInBackground } from '../../shared/storage';
import type { Handler } from '../handler';
import {
  addReport,
  clearReports,
  hiddenOnPage,
  isSitePaused,
  listPausedSites,
  listReports,
  setHidden,
  setSitePaused,
} from './store';

type ReaderDataType =
  | 'paused:here'
  | 'paused:list'
  | 'paused:set'
  | 'hints:page'
  | 'hints:get'
  | 'hints:set'
  | 'reports:list'
  | 'reports:add'
  | 'reports:clear';

/**
 * Tells the extension's pages, and for paused sites and hidden hints every tab's content script,
 * that the reader's data changed. Every tab, because the background may not read the tabs'
 * addresses; the message names only the kind of data, so a tab learns nothing of another site.
 */
async function announce(what: ReaderDataEvent['what']): Promise<void> {
  const event: ReaderDataEvent = { type: 'reader:changed', what };
  await browser.runtime.sendMessage(event).catch(() => undefined);
  if (what === 'reports') return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.id < 0
        ? undefined
        : browser.tabs.sendMessage(tab.id, event).catch(() => undefined),
    ),
  );
}

/** The content script's page must be on the site of the address it sent the request from. */
function ownSite(url: string, sender: Runtime.MessageSender): void {
  const site = siteOf(url);
  if (site === null || site !== siteOf(sender.url))
    throw new Error('A page may ask only about the hints hidden on its own site');
}

/** Moved from storage.local (an older version's) before the first read. */
const ready = () => upgradeStorageInBackground();

export const readerDataHandlers: { [T in ReaderDataType]: Handler<T> } = {
  'paused:here': async (_request, sender) => {
    await ready();
    return { paused: await isSitePaused(sender.url ?? '') };
  },
  'paused:list': async () => {
    await ready();
    return { sites: await listPausedSites() };
  },
  'paused:set': async (request) => {
    await ready();
    if (await setSitePaused(request.url, request.paused)) await announce('paused');
    return { sites: await listPausedSites() };
  },
  'hints:page': async (request, sender) => {
    ownSite(request.url, sender);
    await ready();
    return { claimIds: await hiddenOnPage(request.url) };
  },
  'hints:get': async (request) => {
    await ready();
    return { claimIds: await hiddenOnPage(request.url) };
  },
  'hints:set': async (request) => {
    await ready();
    const claimIds = await setHidden(request.url, request.claimId, request.hidden);
    await announce('hidden');
    return { claimIds };
  },
  'reports:list': async () => {
    await ready();
    return { reports: await listReports(), keepDays: REPORT_KEEP_DAYS };
  },
  'reports:add': async (request) => {
    await ready();
    const report = await addReport(request.report);
    await announce('reports');
    return { report };
  },
  'reports:clear': async () => {
    await ready();
    await clearReports();
    await announce('reports');
    return { ok: true };
  },
};
