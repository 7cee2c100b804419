/**
 * The real background's answers to the requests about paused sites, hidden hints and reports, for a
 * page test whose other answers the test writes (fake.state.handlers): the page then reads and
 * writes the reader database (fake-indexeddb) as it would in the browser.
 */
import { readerDataHandlers } from '../../src/background/reader-data/handlers';
import { listPausedSites, listReports } from '../../src/background/reader-data/store';
import { closeReaderDb } from '../../src/shared/reader-db';
import { POPUP_SENDER, type Handlers } from './fake-browser';

export function readerDataAnswers(): Handlers {
  return Object.fromEntries(
    Object.entries(readerDataHandlers).map(([type, handler]) => [
      type,
      (request: never) => (handler as (r: never, s: typeof POPUP_SENDER) => unknown)(request, POPUP_SENDER),
    ]),
  );
}

/** Each test starts with an empty reader database: forget the connection to the previous one. */
export const freshReaderDb = closeReaderDb;

/** The paused sites' names and the reports, as the reader database holds them. */
export async function readerData() {
  return {
    paused: (await listPausedSites()).map((p) => p.site),
    reports: await listReports(),
  };
}
