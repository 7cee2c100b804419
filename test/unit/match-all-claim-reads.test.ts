/**
 * matchEverywhere (src/background/match-all.ts) reads a dataset's claims as matching stops at them
 * (ClaimsNotRead). Each dataset in use gets its own reads: a page stating claims of many chunks of
 * one subscribed dataset must not leave the next dataset without a read, or the whole page fails
 * to match. The engine and the datasets are stand-ins here: what is under test is the retry.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../src/engine/index';

const fakes = (() => {
  interface FakeDataset {
    name: string;
    /** The chunks a match of this dataset stops at until they are read. */
    needs: number[];
    read: Set<number>;
    /** Reading every chunk still leaves these unread (a version removed while it was read). */
    lost?: number[];
    /** Every read fails (the version is gone from the database). */
    removed?: boolean;
    meta: { id: string; title: string };
    readClaims(positions?: readonly number[]): Promise<void>;
  }
  class ClaimsNotRead extends Error {
    constructor(
      readonly dataset: FakeDataset,
      readonly position: number,
    ) {
      super(`chunk ${position} of ${dataset.name} is not read yet`);
    }
    read(): Promise<void> {
      return this.dataset.readClaims([this.position]);
    }
  }
  const dataset = (name: string, needs: number[], lost: number[] = [], removed = false): FakeDataset => {
    const d: FakeDataset = {
      name,
      needs,
      lost,
      removed,
      read: new Set(),
      meta: { id: name, title: name },
      readClaims(positions) {
        if (d.removed) return Promise.reject(new Error(`The claims of ${name} are no longer installed`));
        for (const c of positions ?? needs) if (!lost.includes(c)) d.read.add(c);
        return Promise.resolve();
      },
    };
    return d;
  };
  return { ClaimsNotRead, dataset, inUse: [] as FakeDataset[], later: [] as FakeDataset[][] };
})();

vi.doMock('../../src/background/datasets', () => ({
  ClaimsNotRead: fakes.ClaimsNotRead,
  // The set in use; after a change (fakes.later), the next set on each call.
  matchingDatasets: () => Promise.resolve((fakes.inUse = fakes.later.shift() ?? fakes.inUse)),
  claimIn: () => undefined,
}));

vi.doMock('../../src/engine/index', async (importOriginal) => ({
  ...(await importOriginal<typeof Engine>()),
  // Stops at the first chunk not read, as the engine does at the first claim it cannot decode.
  matchArticle: (index: ReturnType<typeof fakes.dataset>) => {
    const missing = index.needs.find((c) => !index.read.has(c));
    if (missing !== undefined) throw new fakes.ClaimsNotRead(index, missing);
    return [];
  },
}));

// The stand-ins take effect in modules loaded from here on: the files before this one in the worker
// may have loaded the real ones. They go again after the file, so the files after it get the real
// datasets and engine.
afterAll(() => {
  vi.doUnmock('../../src/background/datasets');
  vi.doUnmock('../../src/engine/index');
  vi.resetModules();
});
vi.resetModules();
const { matchEverywhere } = await import('../../src/background/match-all');

const article = { title: 'Minister resigns', text: 'The minister resigned on Monday.', language: 'en' };

/** The stand-in dataset as matchEverywhere sees it: its index is itself. */
const inUse = (...datasets: ReturnType<typeof fakes.dataset>[]) => {
  fakes.inUse = datasets.map((d) => Object.assign(d, { index: d }));
};

beforeEach(() => {
  fakes.inUse = [];
  fakes.later = [];
});

describe('matching reads the claims it stops at', () => {
  it('a page stating claims of many chunks of one dataset still matches the datasets after it', async () => {
    const many = fakes.dataset('many', [0, 1, 2, 3, 4, 5]);
    const second = fakes.dataset('second', [7]);
    const third = fakes.dataset('third', [2]);
    inUse(many, second, third);

    await expect(matchEverywhere(article)).resolves.toEqual([]);
    expect([...second.read]).toEqual([7]);
    expect([...third.read]).toEqual([2]);
  });

  it('a dataset whose claims stay unread once all were read fails the match instead of looping', async () => {
    inUse(fakes.dataset('gone', [0, 1], [1]));
    await expect(matchEverywhere(article)).rejects.toBeInstanceOf(fakes.ClaimsNotRead);
  });

  it('a source removed while its claims are read: the page is matched against the set in use now', async () => {
    const removed = fakes.dataset('removed', [3], [], true);
    const kept = fakes.dataset('kept', [1]);
    const before = [removed, kept].map((d) => Object.assign(d, { index: d }));
    const after = [fakes.dataset('kept', [1])].map((d) => Object.assign(d, { index: d }));
    fakes.later = [before, after];

    await expect(matchEverywhere(article)).resolves.toEqual([]);
    expect([...after[0]!.read]).toEqual([1]);
  });

  it('a read that fails while the set in use stays the same fails the match', async () => {
    inUse(fakes.dataset('broken', [0], [], true));
    await expect(matchEverywhere(article)).rejects.toThrow('no longer installed');
  });
});
