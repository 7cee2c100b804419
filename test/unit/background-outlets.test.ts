/**
 * "About this site", the Outlets view and claims' origins, as the background answers the popup and
 * the options page from the datasets in use (the bundled default here): an outlet is found by the
 * page's address only, and its record is counts and dates, never a score.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply, RequestType, Responses } from '../../src/shared/messages';
import { createFakeBrowser } from '../support/fake-browser';
import { failOnStorageFallback } from '../support/real-storage';
import { freshWorker } from '../support/fresh-worker';

const popup = { url: 'chrome-extension://test/src/popup/index.html' } as never;
const contentScript = { tab: { id: 3 }, frameId: 0, url: 'https://evil.example/a' } as never;

async function ask<T extends RequestType>(
  request: { type: T } & Record<string, unknown>,
): Promise<Responses[T]> {
  freshWorker();
  const { handle } = await import('../../src/background/router');
  const reply = (await handle(request, popup)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

// A spy on a browser API or console (a full disk, a silenced warning) is undone after each test,
// even one that failed before undoing it, so the next test of this file starts without it (vitest
// itself undoes spies between files, shared worker or not).
afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  createFakeBrowser();
});
failOnStorageFallback();

describe('outlets:site', () => {
  it('finds Euro Weekly News by the page’s registrable domain, with its record in counts and dates', async () => {
    const { outlet } = await ask({
      type: 'outlets:site',
      url: 'https://www.euroweeklynews.com/2022/09/14/some-other-story/',
    });
    expect(outlet).toMatchObject({ name: 'Euro Weekly News', kind: 'news', domains: ['euroweeklynews.com'] });
    expect(outlet!.reported).toBe(2);
    expect(outlet!.counts).toMatchObject({ denied: 2, unconfirmed: 0 });
    const csto = outlet!.claims.find((c) => c.claim.id === 'kz-csto-suspension-2023')!;
    expect(csto).toMatchObject({
      reportedOn: '2022-09-14',
      status: 'denied',
      decidedOn: '2022-09-15',
      days: 1,
      // It carried the denials of the next day (their source cites it as `via`).
      followUp: 'reported-outcome',
      followUpOn: '2022-09-15',
    });
    // Nothing in the answer grades the outlet.
    expect(Object.keys(outlet!)).not.toEqual(expect.arrayContaining(['score']));
  });

  it('finds a Telegram channel by the handle in a t.me address', async () => {
    const { outlet } = await ask({ type: 'outlets:site', url: 'https://t.me/s/yellow_folder/123' });
    expect(outlet).toMatchObject({ name: '@yellow_folder', kind: 'telegram' });
  });

  it('knows no outlet for an unknown site, nor for one whose address merely contains a known name', async () => {
    for (const url of [
      'https://evil.example/bbc-news/euroweeklynews.com',
      'https://euroweeklynews.com.evil.example/',
      'http://127.0.0.1:8000/seed-000.html',
    ]) {
      expect((await ask({ type: 'outlets:site', url })).outlet, url).toBeNull();
    }
  });

  it('is for the extension’s own pages only: a page cannot ask it', async () => {
    freshWorker();
    const { handle } = await import('../../src/background/router');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reply = await handle({ type: 'outlets:site', url: 'https://evil.example/' }, contentScript);
    warn.mockRestore();
    expect(reply).toEqual({ ok: false, error: 'Only the extension’s own pages may send outlets:site' });
  });
});

describe('outlets:list', () => {
  it('lists every outlet of the datasets by name when nothing is typed', async () => {
    const { outlets, total } = await ask({ type: 'outlets:list', query: '' });
    expect(total).toBe(12);
    expect(outlets).toHaveLength(12);
    const names = outlets.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(outlets.find((o) => o.name === 'TASS')).toMatchObject({ reported: 0, claims: [] });
  });

  it('searches by a part of the name, by host and by handle', async () => {
    const names = async (query: string) =>
      (await ask({ type: 'outlets:list', query })).outlets.map((o) => o.name);
    expect(await names('weekly')).toEqual(['Euro Weekly News']);
    expect(await names('www.euroweeklynews.com')).toEqual(['Euro Weekly News']);
    expect(await names('mk.ru')).toEqual(['Moskovsky Komsomolets']);
    expect(await names('@yellow_folder')).toEqual(['@yellow_folder']);
    expect(await names('yellow')).toEqual(['@yellow_folder']);
    expect(await names('zzz-no-such-outlet')).toEqual([]);
  });
});

describe('outlets:origins', () => {
  it('tells who first reported a claim and who followed, each with its kind', async () => {
    const { origins } = await ask({
      type: 'outlets:origins',
      claims: [
        { datasetId: 'afterword-default', claimId: 'kz-csto-suspension-2023' },
        { datasetId: 'afterword-default', claimId: 'no-such-claim' },
      ],
    });
    expect(origins).toHaveLength(1);
    expect(origins[0]!.steps.slice(0, 2)).toEqual([
      {
        date: '2022-09-14',
        role: 'made',
        name: '@yellow_folder',
        outlet: { key: 'yellow-folder', name: '@yellow_folder', kind: 'telegram' },
      },
      {
        date: '2022-09-14',
        role: 'reported',
        name: 'Euro Weekly News',
        outlet: { key: 'euro-weekly-news', name: 'Euro Weekly News', kind: 'news' },
      },
    ]);
  });
});
