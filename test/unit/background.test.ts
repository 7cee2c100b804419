/**
 * The background around the engine, with the browser API replaced at its seam: a scan sets the
 * badge and keeps results per tab; a restarted service worker still answers the popup.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { failOnStorageFallback } from '../support/real-storage';
import { defaultDataset } from '../support/dataset';
import { pageInfoOf, readPage } from '../support/pages';
import { freshWorker } from '../support/fresh-worker';
import type { Responses } from '../../src/shared/messages';

let fake: FakeBrowser;
async function freshBackground() {
  freshWorker();
  return import('../../src/background/router');
}

/** A content script in a tab's top frame, and the popup (an extension page): as the browser describes them. */
const tab = (id: number) => ({ tab: { id }, frameId: 0, url: 'https://news.example/a' }) as never;
const popup = { url: 'chrome-extension://test/src/popup/index.html' } as never;

beforeEach(() => {
  fake = createFakeBrowser();
});
failOnStorageFallback();

describe('background', () => {
  it('matches a scanned article, badges the tab with the count and keeps the results', async () => {
    const { handle } = await freshBackground();
    const { article } = readPage('seed-000.html');
    const page = pageInfoOf('https://www.euroweeklynews.com/x', article!);
    const reply = await handle(
      { type: 'article:scan', page, text: article!.text, timings: { detect: 0.1, extract: 1 } },
      tab(7),
    );
    expect(reply.ok).toBe(true);
    // The page's live region says the count in the background's words: seed-000 states three claims.
    expect(reply.ok && (reply.value as Responses['article:scan']).said).toBe(
      'Afterword: 3 tracked claims in this article',
    );
    // The badge follows the reply (the page does not wait for it).
    await vi.waitFor(() =>
      expect(fake.badges.get(7)).toMatchObject({
        text: '3',
        color: '#b42318',
        // seed-000 states one claim later denied and passes on another.
        title:
          'Afterword: 3 tracked claims in this article — 2 of them, stated or passed on here, were later denied, rated false or retracted',
      }),
    );

    const got = await handle({ type: 'tab:get', tabId: 7 }, popup);
    if (!got.ok) throw new Error(got.error);
    const state = (
      got.value as {
        tab: { state: string; matches: { claim: { text: string } }[] };
      }
    ).tab;
    expect(state.state).toBe('scanned');
    expect(state.matches.map((m) => m.claim.text)).toContain(
      'Kazakhstan will suspend its membership in the CSTO from early 2023.',
    );
  });

  it('answers the popup after the service worker was stopped and started again', async () => {
    const first = await freshBackground();
    const { article } = readPage('seed-004.html');
    await first.handle(
      {
        type: 'article:scan',
        page: pageInfoOf('https://sputnikglobe.com/x', article!),
        text: article!.text,
        timings: { detect: 0 },
      },
      tab(3),
    );
    // The session copy is written after the reply: a worker stopped before that finds the tab unscanned.
    await vi.waitFor(() => expect(fake.session.has('tab:3')).toBe(true));
    const second = await freshBackground(); // new module instance: in-memory state gone, session storage kept
    const got = await second.handle({ type: 'tab:get', tabId: 3 }, popup);
    expect(got.ok && (got.value as { tab: { state: string } }).tab.state).toBe('scanned');
  });

  it('clears the badge for a page that is not an article and ignores malformed requests', async () => {
    const { handle } = await freshBackground();
    fake.badges.set(5, { text: '2' });
    await handle({ type: 'article:none', url: 'https://example.com/', timings: { detect: 0.05 } }, tab(5));
    expect(fake.badges.get(5)?.text).toBe('');
    expect(await handle({ type: 'nope' }, tab(5))).toEqual({ ok: false, error: 'Unknown request "nope"' });
    expect(
      await handle({ type: 'article:scan', page: { url: 'x' }, text: 'x', timings: { detect: 0 } }, popup),
    ).toEqual({
      ok: false,
      error: 'Only a page’s content script (top frame) may send article:scan',
    });
  });

  it('a tab whose results storage.session cannot hold still gets them, and so does every other tab', async () => {
    const { handle } = await freshBackground();
    const { article } = readPage('seed-000.html');
    const scan = (tabId: number) =>
      handle(
        {
          type: 'article:scan',
          page: pageInfoOf(`https://news.example/${tabId}`, article!),
          text: article!.text,
          timings: { detect: 0 },
        },
        tab(tabId),
      );
    expect((await scan(1)).ok).toBe(true);
    await vi.waitFor(() => expect(fake.badges.get(1)?.title).toBeTruthy());
    // The quota is full after the first tab: every later write fails, as in Chrome past 10 MB.
    fake.sessionQuota.bytes = [...fake.session].reduce(
      (n, [k, v]) => n + k.length + JSON.stringify(v).length,
      0,
    );
    for (const id of [2, 3]) {
      const reply = await scan(id);
      expect(reply.ok, `tab ${id}`).toBe(true);
      await vi.waitFor(() => expect(fake.badges.get(id)?.title).toBe(fake.badges.get(1)?.title));
      expect(fake.badges.get(id)?.text).toBe(fake.badges.get(1)?.text);
      expect(fake.badges.get(id)?.text).not.toBe('');
      const got = await handle({ type: 'tab:get', tabId: id }, popup);
      expect(got.ok && (got.value as { tab: { state: string } }).tab.state).toBe('scanned');
    }
    expect(fake.session.has('tab:2')).toBe(false);

    // The tab navigates on; its new page cannot be stored either: a restarted worker finds the tab
    // not yet scanned, never the previous page's results.
    fake.sessionQuota.bytes = Infinity;
    await scan(2);
    // Its results were stored (after the answer) before the quota ran out.
    await vi.waitFor(() => expect(fake.session.has('tab:2')).toBe(true));
    fake.sessionQuota.bytes = 0;
    await handle({ type: 'article:none', url: 'https://news.example/home', timings: { detect: 0 } }, tab(2));
    const restarted = await freshBackground();
    const got = await restarted.handle({ type: 'tab:get', tabId: 2 }, popup);
    expect(got.ok && (got.value as { tab: { state: string } }).tab.state).toBe('idle');
  });

  it('bundles the dataset it serves unchanged from public/', async () => {
    const { handle } = await freshBackground();
    const got = await handle({ type: 'datasets:list' }, popup);
    const bundled = defaultDataset;
    expect(got.ok && got.value).toEqual({
      datasets: [
        {
          id: bundled.id,
          title: bundled.title,
          version: bundled.version,
          asOf: bundled.asOf,
          publisher: 'Afterword',
          license: 'CC-BY-4.0',
          claims: bundled.claims.length,
        },
      ],
    });
  });
});
