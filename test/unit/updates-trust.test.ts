/**
 * The rules that keep an update from silently betraying the reader: only the default's own key may
 * replace the bundled default, an update that changes too much at once waits for the reader, a key
 * is added or changed only with the reader's confirmation, and a source that stopped delivering is
 * called stale. Run end to end in Node (fake-indexeddb, the fake browser, a fake https host).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { STALE_AFTER_MS } from '../../src/background/updates/policy';
import type { SourceView } from '../../src/shared/messages';
import { defaultDataset } from '../support/dataset';
import { desk, encodeJson, fakeHost, publisher, type Publisher } from '../support/dataset-host';
import { createFakeBrowser } from '../support/fake-browser';
import { board } from '../support/mass-change';
// The shipped key's secret half is not in the repository: a test that replaces the bundled default
// names a key of its own (test/support/default-key-seam.ts).
import { shipAsDefaultKeys } from '../support/default-key-seam';
import { freshWorker } from '../support/fresh-worker';

async function load() {
  freshWorker();
  const [run, manage, datasets, versions] = await Promise.all([
    import('../../src/background/updates/run'),
    import('../../src/background/updates/manage'),
    import('../../src/background/datasets'),
    import('../../src/background/store/versions'),
  ]);
  return { ...run, ...manage, ...datasets, ...versions };
}

let m: Awaited<ReturnType<typeof load>>;
let host: ReturnType<typeof fakeHost>;
let defaultPublisher: Publisher;

beforeEach(async () => {
  createFakeBrowser();
  host = fakeHost();
  defaultPublisher = await publisher();
  shipAsDefaultKeys(defaultPublisher);
  m = await load();
});

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const check = (id: string) => m.checkSource(id, { fetch: host.fetch, ...noWait });
const inUse = async () => (await m.activeDatasets()).map((d) => `${d.meta.id}@${d.meta.version}`);

async function view(id: string): Promise<SourceView> {
  const found = (await m.listSourceViews()).sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
}

const bundledNewer = () => ({ ...defaultDataset, version: defaultDataset.version + 1 });

describe('replacing the bundled default', () => {
  it('is refused in words for an unsigned subscription, and the default stays in use', async () => {
    host.serve('default.json', encodeJson(bundledNewer()));
    const id = await m.addSource(host.url('default.json'), undefined);
    const outcome = await check(id);
    expect(outcome).toMatchObject({
      result: 'failed',
      problem: { code: 'default-unsigned', args: [host.url('default.json'), defaultDataset.id] },
    });
    expect(await inUse()).toEqual([`${defaultDataset.id}@${defaultDataset.version}`]);
    expect((await view(id)).dataset).toBeUndefined();
  });

  it('is refused for a subscription signed by another publisher’s key', async () => {
    const other = await publisher();
    const bytes = encodeJson(bundledNewer());
    host.serve('default.json', bytes);
    host.serve('default.json.sig', await other.sign(bytes));
    const id = await m.addSource(host.url('default.json'), other.pub);
    expect((await check(id)).problem).toMatchObject({ code: 'default-unsigned' });
    expect(await inUse()).toEqual([`${defaultDataset.id}@${defaultDataset.version}`]);
  });

  it('is refused for an imported file (a file comes without a signature)', async () => {
    const outcome = await m.importFile(encodeJson(bundledNewer()), 'default.json');
    expect(outcome).toMatchObject({ result: 'failed', problem: { code: 'default-unsigned' } });
    expect((await m.listSourceViews()).sources.map((s) => s.id)).toEqual(['bundled']);
  });

  it('is refused for an update of an existing source that switches to the default’s id', async () => {
    host.serve('desk.json', encodeJson(desk(1)));
    const id = await m.addSource(host.url('desk.json'), undefined);
    await check(id);
    host.serve('desk.json', encodeJson({ ...bundledNewer(), version: 2 }));
    expect((await check(id)).problem).toMatchObject({ code: 'default-unsigned' });
    expect((await view(id)).dataset).toMatchObject({ id: 'desk', version: 1 });
  });

  it('is accepted when the key shipped for the default signed it', async () => {
    const bytes = encodeJson(bundledNewer());
    host.serve('default.json', bytes);
    host.serve('default.json.sig', await defaultPublisher.sign(bytes));
    const id = await m.addSource(host.url('default.json'), defaultPublisher.pub);
    expect(await check(id)).toMatchObject({ result: 'updated' });
    expect(await inUse()).toEqual([`${defaultDataset.id}@${defaultDataset.version + 1}`]);
  });
});

describe('a held update', () => {
  async function heldSource() {
    host.serve('board.json', encodeJson(board(1, 50)));
    const id = await m.addSource(host.url('board.json'), undefined);
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    // 11 of 50 is 22 %: over the share and the minimum count.
    host.serve('board.json', encodeJson(board(2, 50, { denied: 11 })));
    expect(await check(id)).toEqual({ sourceId: id, result: 'held', version: 2 });
    return id;
  }

  it('is not installed: the version in use stays, and the page learns what it would change', async () => {
    const id = await heldSource();
    const v = await view(id);
    expect(v.dataset?.version).toBe(1);
    expect(v.held).toMatchObject({ fromVersion: 1, toVersion: 2, newly: { denied: 11 } });
    expect(v.problem).toBeUndefined();
    expect((await m.changeOf(id, true))?.statusChangedClaims).toHaveLength(11);
    expect(await inUse()).toContain('board@1');
    // The same file at the next check asks nothing new and installs nothing.
    host.serve('board.json', encodeJson(board(2, 50, { denied: 11 })));
    expect(await check(id)).toMatchObject({ result: 'unchanged' });
    expect((await view(id)).dataset?.version).toBe(1);
  });

  it('at the boundary is not held: exactly a fifth changing status installs at once', async () => {
    host.serve('board.json', encodeJson(board(1, 50)));
    const id = await m.addSource(host.url('board.json'), undefined);
    await check(id);
    host.serve('board.json', encodeJson(board(2, 50, { denied: 10 })));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    expect((await view(id)).held).toBeUndefined();
  });

  it('installed when the reader agrees: in use, the old version kept for rollback', async () => {
    const id = await heldSource();
    expect(await m.answerHeld(id, true)).toBe(2);
    const v = await view(id);
    expect(v).toMatchObject({ dataset: { version: 2 }, previous: { version: 1 } });
    expect(v.held).toBeUndefined();
    expect(await inUse()).toContain('board@2');
    await expect(m.answerHeld(id, true)).rejects.toMatchObject({ code: 'no-held' });
  });

  it('discarded: not installed, not held again, and a newer version is checked afresh', async () => {
    const id = await heldSource();
    expect(await m.answerHeld(id, false)).toBe(2);
    const v = await view(id);
    expect(v).toMatchObject({ dataset: { version: 1 }, heldBack: 2 });
    expect(v.held).toBeUndefined();
    expect(await inUse()).toContain('board@1');
    host.serve('board.json', encodeJson(board(2, 50, { denied: 11 })));
    expect(await check(id)).toMatchObject({ result: 'unchanged' });
    expect((await view(id)).held).toBeUndefined();
    host.serve('board.json', encodeJson(board(3, 50, { denied: 1 })));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 3 });
  });

  it('survives a worker restart (its records are not collected as garbage)', async () => {
    const id = await heldSource();
    m = await load();
    await m.whenStarted();
    expect((await view(id)).held).toMatchObject({ toVersion: 2 });
    expect(await m.answerHeld(id, true)).toBe(2);
  });

  it('an import is not held: choosing the file was the reader’s answer', async () => {
    const first = await m.importFile(encodeJson(board(1, 50)), 'board.json');
    expect(await m.importFile(encodeJson(board(2, 50, { removed: 40 })), 'board.json')).toMatchObject({
      sourceId: first.sourceId,
      result: 'updated',
      version: 2,
    });
  });
});

describe('a publisher key on an existing source', () => {
  it('is only described until the reader confirms, then required from the next file on', async () => {
    host.serve('desk.json', encodeJson(desk(1)));
    const id = await m.addSource(host.url('desk.json'), undefined);
    await check(id);
    const pub = await publisher();

    expect(await m.setSourceKey(id, pub.pub, false)).toEqual({ keyId: pub.key.keyId, saved: false });
    expect((await view(id)).keyId).toBeUndefined();

    expect(await m.setSourceKey(id, pub.pub, true)).toEqual({ keyId: pub.key.keyId, saved: true });
    expect((await view(id)).keyId).toBe(pub.key.keyId);
    // Unsigned from now on is refused; signed with it is taken.
    const v2 = encodeJson(desk(2));
    host.serve('desk.json', v2);
    expect((await check(id)).problem).toMatchObject({ code: 'unsigned' });
    host.serve('desk.json.sig', await pub.sign(v2));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
  });

  it('a changed key names the key it replaces, and changes nothing without confirmation', async () => {
    const first = await publisher();
    const second = await publisher();
    host.serve('desk.json', encodeJson(desk(1)));
    const id = await m.addSource(host.url('desk.json'), first.pub);
    expect(await m.setSourceKey(id, second.pub, false)).toEqual({
      keyId: second.key.keyId,
      previousKeyId: first.key.keyId,
      saved: false,
    });
    expect((await view(id)).keyId).toBe(first.key.keyId);
    await m.setSourceKey(id, second.pub, true);
    expect((await view(id)).keyId).toBe(second.key.keyId);
  });

  it('refuses what is not a key, and a source that is not a subscription', async () => {
    host.serve('desk.json', encodeJson(desk(1)));
    const id = await m.addSource(host.url('desk.json'), undefined);
    await expect(m.setSourceKey(id, 'hello', true)).rejects.toMatchObject({ code: 'bad-key' });
    const imported = await m.importFile(encodeJson(desk(1, 'other')), 'other.json');
    const pub = await publisher();
    await expect(m.setSourceKey(imported.sourceId, pub.pub, true)).rejects.toMatchObject({
      code: 'no-source',
    });
  });
});

describe('a stale source', () => {
  it('is listed as stale after failed checks, and no longer once a check succeeds', async () => {
    host.serve('desk.json', encodeJson(desk(1)));
    const id = await m.addSource(host.url('desk.json'), undefined);
    await check(id);
    const added = (await view(id)).lastSuccess!;
    expect((await m.listSourceViews(added + STALE_AFTER_MS - 1)).sources[1]!.stale).toBeUndefined();
    host.remove('desk.json');
    await check(id);
    expect((await m.listSourceViews(added + STALE_AFTER_MS)).sources[1]!.stale).toBe(true);
    host.serve('desk.json', encodeJson(desk(2)));
    await check(id);
    expect((await m.listSourceViews(added + STALE_AFTER_MS)).sources[1]!.stale).toBeUndefined();
  });
});
