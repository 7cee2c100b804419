/**
 * The storage keys' one declaration (src/shared/storage.ts): the paused sites, hidden hints and
 * reports an install of the previous version (0.1.0, which kept no layout version) left in
 * storage.local are moved by the background into its reader database and then removed, all of it or
 * (when the move fails midway) none of it; anything stored, damaged or from another version, reads
 * as a valid value.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageHash } from '../../src/shared/hidden-hints';
import { createFakeBrowser, POPUP_SENDER, type FakeBrowser } from '../support/fake-browser';
import { freshWorker } from '../support/fresh-worker';

let fake: FakeBrowser;
/** A new page or worker: modules loaded afresh, storage as it was. */
async function freshContext() {
  freshWorker();
  const storage = await import('../../src/shared/storage');
  // A new worker opens the database afresh, as the browser would.
  await storage.closeReaderDb();
  return storage;
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

// A spy on a browser API or console (a full disk, a silenced warning) is undone after each test,
// even one that failed before undoing it, so the next test of this file starts without it (vitest
// itself undoes spies between files, shared worker or not).
afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('an install upgraded from 0.1.0', () => {
  // What 0.1.0 left, a damaged write included, and a key of something else that stays untouched.
  const OLD_LAYOUT = () => ({
    pausedSites: ['news.example', 'a.example', 'a.example', 3],
    hiddenHints: [
      { page: pageHash('https://example.com/a'), claimIds: ['kz-csto-suspension-2023'] },
      { page: 7 },
    ],
    wrongMatchReports: [REPORT, { id: 'half a report' }],
    somethingElse: { kept: true },
  });

  /** What the reader database holds, as the background answers the extension's pages. */
  async function inDatabase() {
    const { handle } = await import('../../src/background/router');
    const ask = async (request: object) => {
      const reply = await handle(request, POPUP_SENDER);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as never;
    };
    const paused: { sites: { site: string }[] } = await ask({ type: 'paused:list' });
    const hidden: { claimIds: string[] } = await ask({ type: 'hints:get', url: 'https://example.com/a#x' });
    const reports: { reports: unknown[] } = await ask({ type: 'reports:list' });
    return { paused: paused.sites.map((p) => p.site), hidden: hidden.claimIds, reports: reports.reports };
  }

  const MOVED = {
    paused: ['a.example', 'news.example'],
    hidden: ['kz-csto-suspension-2023'],
    reports: [REPORT],
  };

  it('is moved into the reader database when the worker starts, and removed from storage.local', async () => {
    fake.state.local = OLD_LAYOUT();
    const s = await freshContext();
    await import('../../src/background/index');
    await vi.waitFor(() => expect(fake.state.local).not.toHaveProperty('pausedSites'));
    expect(fake.state.local).toEqual({
      storageVersion: s.CURRENT_STORAGE_VERSION,
      somethingElse: { kept: true },
    });
    expect(await inDatabase()).toEqual(MOVED);
    // The next start finds the work done and changes nothing.
    const before = structuredClone(fake.state.local);
    const next = await freshContext();
    expect(await next.upgradeStorage()).toBe(next.CURRENT_STORAGE_VERSION);
    expect(await next.moveReaderDataToDb()).toBe(false);
    expect(fake.state.local).toEqual(before);
    expect(await inDatabase()).toEqual(MOVED);
  });

  it('loses nothing when the move fails midway: storage.local keeps it all until the next start', async () => {
    fake.state.local = OLD_LAYOUT();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The database refuses the third record written: the transaction is aborted whole.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 3) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const s = await freshContext();
    await s.upgradeStorageInBackground();
    spy.mockRestore();
    expect(warn).toHaveBeenCalledWith('Afterword: stored settings could not be upgraded', expect.anything());
    warn.mockRestore();
    expect(fake.state.local).toMatchObject({ pausedSites: ['a.example', 'news.example'] });
    expect(fake.state.local).toHaveProperty('hiddenHints');
    expect(fake.state.local).toHaveProperty('wrongMatchReports');
    const db = await s.openReaderDb();
    expect([await db.count('paused'), await db.count('hidden'), await db.count('reports')]).toEqual([
      0, 0, 0,
    ]);

    const next = await freshContext();
    await next.upgradeStorageInBackground();
    expect(fake.state.local).not.toHaveProperty('pausedSites');
    expect(await inDatabase()).toEqual(MOVED);
  });

  it('deletes what expired even when the move fails', async () => {
    fake.state.local = OLD_LAYOUT();
    const first = await freshContext();
    // Paused over a year ago: its time is up.
    await (await first.openReaderDb()).put('paused', { site: 'old.example', pausedAt: 1, expiresAt: 2 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const s = await freshContext();
    await s.upgradeStorageInBackground();
    spy.mockRestore();
    warn.mockRestore();
    expect(fake.state.local).toHaveProperty('pausedSites');
    expect(await (await s.openReaderDb()).get('paused', 'old.example')).toBeUndefined();
  });

  it('moves again without doubling anything when storage.local could not be cleared after the move', async () => {
    fake.state.local = OLD_LAYOUT();
    fake.storage.local.remove.mockRejectedValueOnce(new Error('storage is busy'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const s = await freshContext();
    await s.upgradeStorageInBackground();
    warn.mockRestore();
    expect(fake.state.local).toHaveProperty('pausedSites');
    const next = await freshContext();
    await next.upgradeStorageInBackground();
    expect(fake.state.local).not.toHaveProperty('pausedSites');
    expect(await inDatabase()).toEqual(MOVED);
  });

  it('upgrades an empty install to the current layout without inventing settings', async () => {
    const s = await freshContext();
    await s.upgradeStorageInBackground();
    expect(fake.state.local).toEqual({ storageVersion: s.CURRENT_STORAGE_VERSION });
    expect(await inDatabase()).toEqual({ paused: [], hidden: [], reports: [] });
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
    expect(s.HIDDEN_HINTS.read(fake.state.local.hiddenHints)).toMatchObject([
      { page: 'k3j2', claimIds: ['c1'] },
    ]);
  });

  it('tells a listener the value as its key reads it', async () => {
    const s = await freshContext();
    const heard: string[][] = [];
    const stop = s.onStoredChanged(s.PAUSED_SITES, (sites) => heard.push(sites));
    await fake.storage.local.set({ pausedSites: ['b.example', 'a.example', 'b.example'] });
    await fake.storage.local.remove('pausedSites');
    stop();
    expect(heard).toEqual([['a.example', 'b.example'], []]);
  });
});
