/**
 * The storage keys' one declaration (src/shared/storage.ts): an install's storage.local written by
 * the previous version (0.1.0, which kept no layout version) reads as the reader left it in every
 * page, is upgraded by the background alone (so no page undoes another's write), and keeps a write
 * made while it runs; anything stored, damaged or from another version, reads as a valid value.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

/** A new page or worker: modules loaded afresh, storage as it was. */
async function freshContext() {
  vi.resetModules();
  const [storage, settings, hints, reports] = await Promise.all([
    import('../../src/shared/storage'),
    import('../../src/shared/settings'),
    import('../../src/shared/hidden-hints'),
    import('../../src/shared/reports'),
  ]);
  return { ...storage, ...settings, ...hints, ...reports };
}

const REPORT = {
  id: 'r1',
  createdAt: '2026-11-24T10:00:00.000Z',
  claimId: 'kz-csto-suspension-2023',
  datasetId: 'afterword-default',
  claimText: 'Kazakhstan will suspend its membership in the CSTO from early 2023.',
  kind: 'match',
  sentence: 'Kazakhstan is going to suspend its membership in the CSTO.',
  matchedTerms: ['kazakhstan', 'csto'],
  score: 0.8,
};

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('an install upgraded from 0.1.0', () => {
  // What 0.1.0 left, a damaged write included, and a key of something else that stays untouched.
  const OLD_LAYOUT = () => ({
    pausedSites: ['news.example', 'a.example', 'a.example', 3],
    hiddenHints: [{ page: 'k3j2', claimIds: ['kz-csto-suspension-2023'] }, { page: 7 }],
    wrongMatchReports: [REPORT, { id: 'half a report' }],
    somethingElse: { kept: true },
  });

  it('reads in a page as the reader left it, and a page writes nothing to upgrade it', async () => {
    fake.state.local = OLD_LAYOUT();
    const s = await freshContext();
    expect(await s.pausedSites()).toEqual(['a.example', 'news.example']);
    expect(await s.listReports()).toEqual([REPORT]);
    expect(await s.hiddenHintsOn('https://example.com/a')).toEqual([]);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect(fake.state.local).toEqual(OLD_LAYOUT());
  });

  it('is upgraded by the background when its worker starts, and records the layout', async () => {
    fake.state.local = OLD_LAYOUT();
    const s = await freshContext();
    await import('../../src/background/index');
    await vi.waitFor(() => expect(fake.state.local.storageVersion).toBe(s.CURRENT_STORAGE_VERSION));
    expect(fake.state.local).toEqual({
      storageVersion: s.CURRENT_STORAGE_VERSION,
      pausedSites: ['a.example', 'news.example'],
      hiddenHints: [{ page: 'k3j2', claimIds: ['kz-csto-suspension-2023'] }],
      wrongMatchReports: [REPORT],
      somethingElse: { kept: true },
    });
    // The next start finds the work done and changes nothing.
    const before = structuredClone(fake.state.local);
    const next = await freshContext();
    expect(await next.upgradeStorage()).toBe(next.CURRENT_STORAGE_VERSION);
    expect(fake.state.local).toEqual(before);
  });

  it('keeps a site the popup pauses while a tab reads its settings and the background upgrades', async () => {
    fake.state.local = OLD_LAYOUT();
    const tab = await freshContext();
    const background = await freshContext();
    const popup = await freshContext();
    // The popup's write lands just after the first read of every key (an upgrade's), before its write.
    const get = fake.storage.local.get;
    const realGet = get.getMockImplementation()!;
    let popupWrite: Promise<unknown> | undefined;
    get.mockImplementation(async (keys) => {
      const out = await realGet(keys);
      if (Array.isArray(keys) && !popupWrite) {
        popupWrite = popup.setPaused('https://paused.example/page', true);
        await popupWrite;
      }
      return out;
    });
    const [read] = await Promise.all([tab.pausedSites(), background.upgradeStorage()]);
    await popupWrite;
    expect(read).toEqual(expect.arrayContaining(['a.example', 'news.example']));
    expect(await popup.pausedSites()).toEqual(['a.example', 'news.example', 'paused.example']);
    expect(fake.state.local.storageVersion).toBe(tab.CURRENT_STORAGE_VERSION);
  });

  it('upgrades an empty install to the current layout without inventing settings', async () => {
    const s = await freshContext();
    expect(await s.hiddenHintsOn('https://example.com/a')).toEqual([]);
    await s.upgradeStorageInBackground();
    expect(fake.state.local).toEqual({ storageVersion: s.CURRENT_STORAGE_VERSION });
  });

  it('takes a page’s write in today’s shape before the upgrade, and the upgrade keeps it', async () => {
    fake.state.local = { pausedSites: ['b.example', 'b.example'] };
    const page = await freshContext();
    await page.setHintHidden('https://example.com/a', 'c1', true);
    const background = await freshContext();
    await background.upgradeStorageInBackground();
    expect(fake.state.local.storageVersion).toBe(background.CURRENT_STORAGE_VERSION);
    expect(fake.state.local.pausedSites).toEqual(['b.example']);
    expect(await page.hiddenHintsOn('https://example.com/a')).toEqual(['c1']);
  });
});

describe('every key', () => {
  it('is declared once, and reads anything stored under it as a valid value, without throwing', async () => {
    const s = await freshContext();
    const keys = [...s.LOCAL_KEYS, s.STORAGE_VERSION, s.POPUP_INTENT, s.tabStateKey(3)];
    expect(new Set(keys.map((k) => `${k.area}:${k.key}`)).size).toBe(keys.length);
    for (const k of keys) expect(k.read(undefined), k.key).toEqual(k.fallback);
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        for (const k of keys) {
          const value = k.read(stored);
          if (Array.isArray(k.fallback)) expect(Array.isArray(value), k.key).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what it knows of an entry a newer version wrote with more fields', async () => {
    fake.state.local = {
      storageVersion: 1,
      hiddenHints: [{ page: 'k3j2', claimIds: ['c1'], hiddenAt: '2027-01-01' }],
    };
    const s = await freshContext();
    expect(await s.hiddenHintsOn('https://example.com/a')).toEqual([]);
    expect(s.HIDDEN_HINTS.read(fake.state.local.hiddenHints)).toMatchObject([
      { page: 'k3j2', claimIds: ['c1'] },
    ]);
  });

  it('tells a listener the value as its key reads it', async () => {
    const s = await freshContext();
    const heard: string[][] = [];
    const stop = s.onPausedSitesChanged((sites) => heard.push(sites));
    await fake.storage.local.set({ pausedSites: ['b.example', 'a.example', 'b.example'] });
    await fake.storage.local.remove('pausedSites');
    stop();
    expect(heard).toEqual([['a.example', 'b.example'], []]);
  });
});
