/**
 * Hostile updates (the sibling of dataset-hostile.test.ts, which is about hostile files): a
 * publisher's address taken over, or a broken export, trying to change what the reader sees
 * without the reader noticing. Each attempt must either be refused in words or wait for the reader.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultDataset } from '../support/dataset';
import { encodeJson, fakeHost, publisher, type Publisher } from '../support/dataset-host';
import { createFakeBrowser } from '../support/fake-browser';
import { board } from '../support/mass-change';
// The shipped key's secret half is not in the repository: a test that replaces the bundled default
// names a key of its own (test/support/default-key-seam.ts).
import { shipAsDefaultKeys } from '../support/default-key-seam';
import { freshWorker } from '../support/fresh-worker';

async function load() {
  freshWorker();
  const [run, manage, datasets] = await Promise.all([
    import('../../src/background/updates/run'),
    import('../../src/background/updates/manage'),
    import('../../src/background/datasets'),
  ]);
  return { ...run, ...manage, ...datasets };
}

let m: Awaited<ReturnType<typeof load>>;
let host: ReturnType<typeof fakeHost>;
let shipped: Publisher;

beforeEach(async () => {
  createFakeBrowser();
  host = fakeHost();
  shipped = await publisher();
  shipAsDefaultKeys(shipped);
  m = await load();
});

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const check = (id: string) => m.checkSource(id, { fetch: host.fetch, ...noWait });
const inUse = async () => (await m.activeDatasets()).map((d) => `${d.meta.id}@${d.meta.version}`);
const bundledAt = `${defaultDataset.id}@${defaultDataset.version}`;

async function signedBoard(pub: Publisher) {
  const v1 = encodeJson(board(1, 200));
  host.serve('board.json', v1);
  host.serve('board.json.sig', await pub.sign(v1));
  const id = await m.addSource(host.url('board.json'), pub.pub);
  expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
  return id;
}

describe('a mass change, even correctly signed, waits for the reader', () => {
  it('every verdict turned at once (a stolen key or a broken export): held, the data in use kept', async () => {
    const pub = await publisher();
    const id = await signedBoard(pub);
    const flipped = encodeJson(board(2, 200, { denied: 200 }));
    host.serve('board.json', flipped);
    host.serve('board.json.sig', await pub.sign(flipped));
    expect(await check(id)).toMatchObject({ result: 'held', version: 2 });
    expect(await inUse()).toEqual([bundledAt, 'board@1']);
  });

  it('most claims dropped (a truncated export): held', async () => {
    const pub = await publisher();
    const id = await signedBoard(pub);
    const truncated = encodeJson(board(2, 200, { removed: 190 }));
    host.serve('board.json', truncated);
    host.serve('board.json.sig', await pub.sign(truncated));
    expect(await check(id)).toMatchObject({ result: 'held', version: 2 });
    expect(await inUse()).toEqual([bundledAt, 'board@1']);
  });

  it('a series of small steps each under the share is installed step by step, each one recorded', async () => {
    // The hold is about one update; a slow drift is what "what the last update changed" and rollback show.
    const pub = await publisher();
    const id = await signedBoard(pub);
    const step = encodeJson(board(2, 200, { denied: 40 }));
    host.serve('board.json', step);
    host.serve('board.json.sig', await pub.sign(step));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    const v = (await m.listSourceViews()).sources.find((s) => s.id === id)!;
    expect(v.change).toMatchObject({ newly: { denied: 40 } });
  });
});

describe('the bundled default cannot be taken over', () => {
  const newer = () =>
    encodeJson({ ...defaultDataset, version: defaultDataset.version + 1, title: 'Not ours' });

  it('by a subscription without a key, by one with its own key, or by an import', async () => {
    const attacker = await publisher();
    host.serve('plain.json', newer());
    const plain = await m.addSource(host.url('plain.json'), undefined);
    expect((await check(plain)).problem).toMatchObject({ code: 'default-unsigned' });

    const bytes = newer();
    host.serve('own.json', bytes);
    host.serve('own.json.sig', await attacker.sign(bytes));
    const own = await m.addSource(host.url('own.json'), attacker.pub);
    expect((await check(own)).problem).toMatchObject({ code: 'default-unsigned' });

    expect(await m.importFile(newer(), 'default.json')).toMatchObject({
      result: 'failed',
      problem: { code: 'default-unsigned' },
    });
    expect(await inUse()).toEqual([bundledAt]);
  });

  it('by the shipped key’s signature moved onto other bytes', async () => {
    const genuine = newer();
    const forged = encodeJson({ ...defaultDataset, version: defaultDataset.version + 1, title: 'Forged' });
    host.serve('default.json', forged);
    host.serve('default.json.sig', await shipped.sign(genuine));
    const id = await m.addSource(host.url('default.json'), shipped.pub);
    expect((await check(id)).problem).toMatchObject({ code: 'bad-signature' });
    expect(await inUse()).toEqual([bundledAt]);
  });
});

describe('a key change', () => {
  it('is never saved without the reader’s confirmation, and the old key stops counting once it is', async () => {
    const first = await publisher();
    const attacker = await publisher();
    const id = await signedBoard(first);
    expect((await m.setSourceKey(id, attacker.pub, false)).saved).toBe(false);
    // The attacker's file is still refused: the key was only described.
    const theirs = encodeJson(board(2, 200, { denied: 1 }));
    host.serve('board.json', theirs);
    host.serve('board.json.sig', await attacker.sign(theirs));
    expect((await check(id)).problem).toMatchObject({ code: 'bad-signature' });

    const second = await publisher();
    await m.setSourceKey(id, second.pub, true);
    const oldSigned = encodeJson(board(3, 200, { denied: 2 }));
    host.serve('board.json', oldSigned);
    host.serve('board.json.sig', await first.sign(oldSigned));
    expect((await check(id)).problem).toMatchObject({ code: 'bad-signature' });
  });

  it('refuses a key that is not one: garbage, a truncated key, a secret key file', async () => {
    const pub = await publisher();
    const id = await signedBoard(pub);
    for (const text of ['x'.repeat(50_000), btoa('short'), '{"format":"afterword-secret-key"}']) {
      await expect(m.setSourceKey(id, text, true)).rejects.toMatchObject({ code: 'bad-key' });
    }
    expect((await m.listSourceViews()).sources.find((s) => s.id === id)?.keyId).toBe(pub.key.keyId);
  });
});
