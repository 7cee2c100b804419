/**
 * Pages that change after load. A single-page news app that swaps an article in with pushState gets
 * read again and highlighted; a live page whose ticker rewrites part of the DOM ten times a second is
 * read once, not on every mutation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from './support/page-tools';
import type { ExtensionHarness } from './support/browser';
import { expectNoRequestsAfterEach } from './support/network-check';
import { countChanges, waitForChanges } from './support/waits';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';

let harness: ExtensionHarness;
expectNoRequestsAfterEach(() => harness);
/** How many times the live ticker rewrites itself while a test watches the scan stay put (about 3 s). */
const TICKER_UPDATES = 30;

beforeAll(async () => {
  harness = await sharedExtension();
});

afterAll(async () => {
  await releaseSharedExtension();
});

describe('pages that change after load', () => {
  it('reads a single-page app again when it navigates to an article', async () => {
    const page = await harness.openFixture('dynamic/spa-news.html');
    const tabId = await harness.tabIdOf(page);
    expect((await harness.tabState(tabId)).state).toBe('not-article');
    expect(await harness.highlights(page)).toEqual([]);

    await page.click('[data-story]');
    const state = await until(
      () => harness.tabState(tabId),
      (s) => s.state === 'scanned',
    );
    expect(state.state === 'scanned' && state.page.url).toMatch(/story=kazakhstan-csto$/);
    expect(state.state === 'scanned' && state.matches.map((m) => m.claimId)).toContain(
      'kz-csto-suspension-2023',
    );
    expect(await harness.badgeText(tabId)).not.toBe('');
    const highlights = await until(
      () => harness.highlights(page),
      (h) => h.length > 0,
    );
    expect(highlights.flatMap((h) => h.ranges).join(' ')).toContain('will suspend its membership');
    await page.close();
  });

  it('does not read a live page again for each mutation', async () => {
    const page = await harness.openFixture('dynamic/live-ticker.html');
    const tabId = await harness.tabIdOf(page);
    const first = await harness.tabState(tabId);
    expect(first.state).toBe('scanned');
    // Thirty ticker updates (the clock's text, each a DOM change): the scan stays the one from the load.
    await countChanges(page, '#clock');
    await waitForChanges(page, TICKER_UPDATES);
    const later = await harness.tabState(tabId);
    expect(later.state === 'scanned' && later.scannedAt).toBe(first.state === 'scanned' && first.scannedAt);
    const highlights = await harness.highlights(page);
    expect(highlights.flatMap((h) => h.ranges).join(' ')).toContain(
      'Kazakhstan and Armenia are not negotiating',
    );
    await page.close();
  });
});
