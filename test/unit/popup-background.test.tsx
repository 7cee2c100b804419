// @vitest-environment happy-dom
/**
 * The popup against the real background: its requests pass the router's protocol checks and reach
 * the real handlers, on the fake browser's storage and a fresh IndexedDB. The other popup tests
 * answer with fixed replies to reach rare states cheaply; these catch the two sides drifting apart
 * (a renamed field, a reply the popup cannot read).
 *
 * One background serves the whole file, as one worker would a browsing session (building its
 * indexes once), so each test asks about a tab of its own: the worker keeps every tab's results in
 * memory.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { defaultDataset } from '../support/dataset';
import { ACTIVE_TAB_ID, createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { pageInfoOf, readPage } from '../support/pages';
import { freshWorker } from '../support/fresh-worker';
import { failOnStorageFallback } from '../support/real-storage';

// A background of this file's own, started as the browser starts one: the files before this one in
// the worker may have loaded the background and left it holding their tabs and their database.
freshWorker();
const { handle } = await import('../../src/background/router');
// Nor do the files after it get this one's background.
afterAll(() => freshWorker());

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
  fake.connectBackground(handle);
});
afterEach(() => {
  cleanup();
});
failOnStorageFallback();

/** The look-up waits for typing to pause, then for the background: longer than findBy's default. */
const LOOKUP_WAIT = { timeout: 3_000 };

/** Tabs no content script reported on (the scanned one is ACTIVE_TAB_ID). */
const UNREPORTED_TAB = 7;
const LOOKUP_TAB = 8;

const claimText = (id: string) => defaultDataset.claims.find((c) => c.id === id)!.text;

describe('the popup with the real background', () => {
  it('shows the claims the background found when the content script scanned the tab', async () => {
    const { article } = readPage('seed-000.html');
    const page = pageInfoOf('https://www.euroweeklynews.com/x', article!);
    const scan = await handle(
      { type: 'article:scan', page, text: article!.text, timings: { detect: 0 } },
      { tab: { id: ACTIVE_TAB_ID } as never, frameId: 0, url: page.url },
    );
    expect(scan.ok).toBe(true);

    render(<Popup search="" />);
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(3);
    const csto = cards.find((c) => c.textContent?.includes(claimText('kz-csto-suspension-2023')));
    expect(csto, 'the CSTO claim’s card').toBeTruthy();
    expect(csto!.querySelector('.chip')!.textContent).toBe('Denied');
  });

  it('says nothing was checked on a tab the content script has not reported', async () => {
    render(<Popup search={`?tab=${UNREPORTED_TAB}`} />);
    expect(await screen.findByRole('heading', { name: 'Nothing checked on this page yet.' })).toBeTruthy();
  });

  it('looks a claim up in the datasets in use', async () => {
    render(<Popup search={`?tab=${LOOKUP_TAB}`} />);
    await screen.findByRole('heading', { name: 'Nothing checked on this page yet.' });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Look up a claim' }), {
      target: { value: 'Tokayev LDNR' },
    });
    const results = await screen.findByRole('region', { name: /match(es)? “Tokayev LDNR”/ }, LOOKUP_WAIT);
    const first = within(results).getAllByRole('article')[0]!;
    expect(first.textContent).toContain(claimText('tokayev-refuses-ldnr-recognition'));
    expect(first.querySelector('.chip')!.textContent).toBe('Confirmed');
  });
});
