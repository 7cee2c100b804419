/** Hints hidden on a page: kept per page by a hash of its address, bounded, and undone one by one. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIDDEN_HINTS_KEY,
  MAX_HIDDEN_PAGES,
  hiddenHintsOn,
  pageHash,
  setHintHidden,
} from '../../src/shared/hidden-hints';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));
beforeEach(() => {
  fake = createFakeBrowser();
});

beforeEach(() => {
  fake.state.local = {};
});

describe('hidden hints', () => {
  it('are kept per page, a jump within the page keeping them, and undone one claim at a time', async () => {
    await setHintHidden('https://example.com/a', 'c1', true);
    await setHintHidden('https://example.com/a#comments', 'c2', true);
    expect(await hiddenHintsOn('https://example.com/a#top')).toEqual(['c1', 'c2']);
    expect(await hiddenHintsOn('https://example.com/b')).toEqual([]);
    await setHintHidden('https://example.com/a', 'c1', false);
    expect(await hiddenHintsOn('https://example.com/a')).toEqual(['c2']);
  });

  it('never store the address itself', async () => {
    await setHintHidden('https://example.com/private/article', 'c1', true);
    expect(JSON.stringify(fake.state.local[HIDDEN_HINTS_KEY])).not.toContain('example.com');
    expect(pageHash('https://example.com/x')).not.toBe(pageHash('https://example.com/y'));
  });

  it('forget the pages hidden longest ago past the bound', async () => {
    for (let i = 0; i <= MAX_HIDDEN_PAGES; i++) await setHintHidden(`https://example.com/${i}`, 'c', true);
    expect(await hiddenHintsOn('https://example.com/0')).toEqual([]);
    expect(await hiddenHintsOn(`https://example.com/${MAX_HIDDEN_PAGES}`)).toEqual(['c']);
    expect((fake.state.local[HIDDEN_HINTS_KEY] as unknown[]).length).toBe(MAX_HIDDEN_PAGES);
  });
});
