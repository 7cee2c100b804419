/**
 * Hints hidden on a page: kept by the background per page by a hash of its address, bounded, undone
 * one by one, and told to a tab's content script only for a page of its own site.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../src/background/router';
import { hiddenHintsOn, pageHash, setHintHidden } from '../../src/shared/hidden-hints';
import { closeReaderDb, MAX_HIDDEN_PAGES, openReaderDb } from '../../src/shared/reader-db';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(async () => {
  await closeReaderDb();
  fake = createFakeBrowser();
  fake.connectBackground(handle);
});

const tabOn = (url: string) => ({ tab: { id: 4 }, frameId: 0, url }) as never;

describe('hidden hints', () => {
  it('are kept per page, a jump within the page keeping them, and undone one claim at a time', async () => {
    await setHintHidden('https://example.com/a', 'c1', true);
    await setHintHidden('https://example.com/a#comments', 'c2', true);
    expect(await hiddenHintsOn('https://example.com/a#top')).toEqual(['c1', 'c2']);
    expect(await hiddenHintsOn('https://example.com/b')).toEqual([]);
    await setHintHidden('https://example.com/a', 'c1', false);
    expect(await hiddenHintsOn('https://example.com/a')).toEqual(['c2']);
  });

  it('never store the address itself, and nothing in the storage a page can read', async () => {
    await setHintHidden('https://example.com/private/article', 'c1', true);
    const stored = await (await openReaderDb()).getAll('hidden');
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('example.com');
    expect(Object.keys(fake.state.local).filter((k) => k !== 'storageVersion')).toEqual([]);
    expect(pageHash('https://example.com/x')).not.toBe(pageHash('https://example.com/y'));
  });

  it('forget the pages hidden longest ago past the bound', async () => {
    for (let i = 0; i <= MAX_HIDDEN_PAGES; i++) await setHintHidden(`https://example.com/${i}`, 'c', true);
    expect(await hiddenHintsOn('https://example.com/0')).toEqual([]);
    expect(await hiddenHintsOn('https://example.com/1')).toEqual(['c']);
    expect(await hiddenHintsOn(`https://example.com/${MAX_HIDDEN_PAGES}`)).toEqual(['c']);
    expect(await (await openReaderDb()).count('hidden')).toBe(MAX_HIDDEN_PAGES);
  });

  it('are told to a tab only for a page of its own site, and every tab hears that they changed', async () => {
    await setHintHidden('https://example.com/a', 'c1', true);
    expect(fake.tabMessages).toContainEqual({
      tabId: 42,
      message: { type: 'reader:changed', what: 'hidden' },
    });
    const ask = (url: string, from: string) => handle({ type: 'hints:page', url }, tabOn(from));
    expect(await ask('https://example.com/a', 'https://example.com/a')).toEqual({
      ok: true,
      value: { claimIds: ['c1'] },
    });
    // After a same-site navigation (history.pushState) the address it names may differ from the sender's.
    expect(await ask('https://example.com/a', 'https://www.example.com/b')).toMatchObject({ ok: true });
    expect(await ask('https://example.com/a', 'https://elsewhere.example/')).toEqual({
      ok: false,
      error: 'A page may ask only about the hints hidden on its own site',
    });
  });
});
