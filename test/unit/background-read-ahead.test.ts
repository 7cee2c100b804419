/**
 * The worker starts reading the datasets in use when a page starts to load in a tab, so that a
 * worker the browser stopped has them read, or mostly, by the time the page's scan arrives.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Responses } from '../../src/shared/messages';
import { desk, encodeJson, fakeHost } from '../support/dataset-host';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { pageInfoOf, readPage } from '../support/pages';
import { failOnStorageFallback } from '../support/real-storage';
import { freshWorker } from '../support/fresh-worker';

let fake: FakeBrowser;
/** The object stores that IndexedDB reads by key went to, in order. */
let reads: string[];

beforeEach(() => {
  fake = createFakeBrowser();
  reads = [];
  const get = IDBObjectStore.prototype.get;
  vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
    reads.push(this.name);
    return get.call(this, key);
  });
});
failOnStorageFallback();

const indexReads = () => reads.filter((store) => store === 'indexes').length;

describe('reading the datasets ahead', () => {
  it('starts when a page starts loading in a tab; the scan that follows does not read them again', async () => {
    // A dataset the reader subscribed to, installed by an earlier worker.
    const host = fakeHost();
    host.serve('desk.json', encodeJson(desk(1)));
    freshWorker();
    const { addSource } = await import('../../src/background/updates/manage');
    const { checkSource } = await import('../../src/background/updates/run');
    const id = await addSource(host.url('desk.json'), undefined);
    const sleep = async () => undefined;
    expect(await checkSource(id, { fetch: host.fetch, sleep, random: () => 0.5 })).toMatchObject({
      result: 'updated',
    });

    // A new worker: memory gone, the database kept.
    freshWorker();
    reads = [];
    await import('../../src/background/index');
    expect(indexReads()).toBe(0);

    fake.tabs.onUpdated.fire(7, { status: 'loading' }, { id: 7 } as never);
    // The installed dataset's index is read before any page asked for a match.
    await vi.waitFor(() => expect(indexReads()).toBeGreaterThan(0));
    const before = indexReads();

    const { handle } = await import('../../src/background/router');
    const article = readPage('seed-000.html').article!;
    const reply = await handle(
      {
        type: 'article:scan',
        page: pageInfoOf('https://news.example/a', article),
        text: article.text,
        timings: { detect: 0 },
      },
      { tab: { id: 7, windowId: 1 }, frameId: 0, url: 'https://news.example/a' } as never,
    );
    if (!reply.ok) throw new Error(reply.error);
    const { matches } = reply.value as Responses['article:scan'];
    expect(matches.map((m) => m.claim.id)).toContain('kz-csto-suspension-2023');
    expect(indexReads()).toBe(before);
  });
});
