/**
 * The options page's requests about datasets and their sources. The router spreads these into its
 * table. They change what the reader's browser downloads and trusts, so only the extension's own
 * pages may send them, never a content script (whose sender URL is the web page's).
 */
import browser, { type Runtime } from '../shared/browser';
import { BUNDLED_SOURCE_ID } from '../shared/messages';
import { takeTransfer } from '../shared/transfer';
import type { Handler } from './handler';
import {
  addSource,
  answerHeld,
  changeOf,
  enableSource,
  exportSource,
  listSourceViews,
  removeSource,
  rollbackSource,
  setCheckInterval,
  setSourceKey,
} from './updates/manage';
import { UpdateError, toProblem } from './updates/problems';
import { checkAll, checkSource, importFile, whenStarted } from './updates/run';

type SourceRequest =
  | 'sources:list'
  | 'sources:add'
  | 'sources:remove'
  | 'sources:enable'
  | 'sources:update'
  | 'sources:rollback'
  | 'sources:changes'
  | 'sources:hold'
  | 'sources:key'
  | 'sources:interval'
  | 'sources:import'
  | 'sources:export';

function fromExtensionPage(sender: Runtime.MessageSender): void {
  const own = browser.runtime.getURL('');
  if (!sender.url?.startsWith(own)) throw new Error('Only the extension’s own pages may manage datasets');
}

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string' || value === '') throw new Error(`${what} is missing`);
  return value;
};

/** Checks the sender and waits for the start-up (a stopped check found and recorded) before answering. */
function guarded<T extends SourceRequest>(handler: Handler<T>): Handler<T> {
  return async (request, sender) => {
    fromExtensionPage(sender);
    await whenStarted();
    return handler(request, sender);
  };
}

export const sourceHandlers: { [T in SourceRequest]: Handler<T> } = {
  'sources:list': guarded(async () => listSourceViews()),
  'sources:add': guarded(async (request) => {
    try {
      const sourceId = await addSource(
        text(request.url, 'The address'),
        typeof request.publicKey === 'string' ? request.publicKey : undefined,
      );
      // The first download starts at once; the page follows it through sources:changed events.
      void checkSource(sourceId);
      return { sourceId };
    } catch (error) {
      if (error instanceof UpdateError) return { problem: toProblem(error, Date.now()) };
      throw error;
    }
  }),
  'sources:remove': guarded(async (request) => {
    await removeSource(text(request.sourceId, 'The source'));
    return { ok: true };
  }),
  'sources:enable': guarded(async (request) => {
    await enableSource(text(request.sourceId, 'The source'), request.enabled === true);
    return { ok: true };
  }),
  'sources:update': guarded(async (request) => ({
    outcomes: typeof request.sourceId === 'string' ? [await checkSource(request.sourceId)] : await checkAll(),
  })),
  'sources:rollback': guarded(async (request) => {
    try {
      return { version: await rollbackSource(text(request.sourceId, 'The source')) };
    } catch (error) {
      if (error instanceof UpdateError) return { problem: toProblem(error, Date.now()) };
      throw error;
    }
  }),
  'sources:changes': guarded(async (request) => ({
    change:
      request.sourceId === BUNDLED_SOURCE_ID
        ? null
        : await changeOf(text(request.sourceId, 'The source'), request.held === true),
  })),
  'sources:hold': guarded(async (request) => {
    try {
      const install = request.install === true;
      return { version: await answerHeld(text(request.sourceId, 'The source'), install), installed: install };
    } catch (error) {
      if (error instanceof UpdateError) return { problem: toProblem(error, Date.now()) };
      throw error;
    }
  }),
  'sources:key': guarded(async (request) => {
    try {
      const sourceId = text(request.sourceId, 'The source');
      const result = await setSourceKey(
        sourceId,
        text(request.publicKey, 'The key'),
        request.confirm === true,
      );
      // Checked at once with the new key, so the reader sees straight away whether it fits.
      if (result.saved) void checkSource(sourceId);
      return result;
    } catch (error) {
      if (error instanceof UpdateError) return { problem: toProblem(error, Date.now()) };
      throw error;
    }
  }),
  'sources:interval': guarded(async (request) => ({
    minutes: await setCheckInterval(Number(request.minutes)),
  })),
  'sources:import': guarded(async (request) => {
    const file = await takeTransfer(text(request.transferId, 'The file'));
    if (!file) throw new Error('The file was not handed over; choose it again');
    const outcome = await importFile(
      file.bytes,
      typeof request.fileName === 'string' && request.fileName ? request.fileName : file.name,
    );
    return { sourceId: outcome.sourceId, outcome };
  }),
  'sources:export': guarded(async (request) => exportSource(text(request.sourceId, 'The source'))),
};
