/**
 * The update machinery end to end in Node: IndexedDB (fake-indexeddb), the extension API (the
 * fake browser) and a fake https host. Each test starts from an empty database and fresh modules,
 * which is also how a worker restart looks: memory gone, the database kept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { desk, encodeJson, fakeHost, publisher } from '../support/dataset-host';
import { defaultDataset } from '../support/dataset';
import { readPage } from '../support/pages';
// The shipped key's secret half is not in the repository: a test that replaces the bundled default
// names a key of its own (test/support/default-key-seam.ts).
import { shipAsDefaultKeys } from '../support/default-key-seam';
import { freshWorker } from '../support/fresh-worker';
import type { SourceView } from '../../src/shared/messages';

let fake: FakeBrowser;

type Modules = Awaited<ReturnType<typeof load>>;

/** Fresh copies of the background modules: what a new worker has. */
async function load() {
  freshWorker();
  const [run, manage, datasets, versions, sources, matchAll, db, scheduler] = await Promise.all([
    import('../../src/background/updates/run'),
    import('../../src/background/updates/manage'),
    import('../../src/background/datasets'),
    import('../../src/background/store/versions'),
    import('../../src/background/store/sources'),
    import('../../src/background/match-all'),
    import('../../src/background/store/db'),
    import('../../src/background/updates/scheduler'),
  ]);
  return { ...run, ...manage, ...datasets, ...versions, ...sources, ...matchAll, ...db, ...scheduler };
}

let m: Modules;
let host: ReturnType<typeof fakeHost>;

beforeEach(async () => {
  fake = createFakeBrowser();
  host = fakeHost();
  m = await load();
});

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const check = (id: string) => m.checkSource(id, { fetch: host.fetch, ...noWait });

async function view(id: string): Promise<SourceView> {
  const found = (await m.listSourceViews()).sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
}

async function subscribed(path = 'desk.json', publicKey?: string) {
  host.serve(path, encodeJson(desk(1)));
  const id = await m.addSource(host.url(path), publicKey);
  expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
  return id;
}

describe('a subscription', () => {
  it('installs the first file, lists it with every fact and matches with it', async () => {
    const before = Date.now();
    const id = await subscribed();
    const v = await view(id);
    expect(v).toMatchObject({
      kind: 'url',
      url: 'https://data.example/desk.json',
      enabled: true,
      dataset: {
        id: 'desk',
        version: 1,
        title: 'Desk desk',
        publisher: 'Example Desk',
        license: 'CC-BY-4.0',
        claims: 1,
      },
      change: { fromVersion: 0, toVersion: 1, added: 1 },
    });
    expect(v.keyId).toBeUndefined();
    expect(v.lastCheck).toBeGreaterThanOrEqual(before);
    expect(v.lastSuccess).toBe(v.lastCheck);
    expect(v.nextCheck! - v.lastCheck!).toBe(24 * 3600_000);
    expect(v.problem).toBeUndefined();
    // The alarm points at the next check.
    expect(fake.alarms.all.get('afterword-dataset-updates')?.scheduledTime).toBe(v.nextCheck);
    // In use next to the bundled default.
    expect((await m.activeDatasets()).map((d) => `${d.meta.id}@${d.meta.version}`)).toEqual([
      `${defaultDataset.id}@${defaultDataset.version}`,
      'desk@1',
    ]);
  });

  it('costs a 304 when nothing changed', async () => {
    const id = await subscribed();
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    expect(host.log.at(-1)!.headers['if-none-match']).toBe('"1"');
    expect((await m.listPointers()).find((p) => p.sourceId === id)).toEqual({ sourceId: id, active: 1 });
  });

  it('takes a newer version, says what changed and keeps the old one for rollback', async () => {
    const id = await subscribed();
    host.serve('desk.json', encodeJson(desk(2)));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    const v = await view(id);
    expect(v.dataset?.version).toBe(2);
    expect(v.previous).toEqual({ version: 1, asOf: '2024-04-01' });
    expect(v.change).toMatchObject({ fromVersion: 1, toVersion: 2, added: 1, newly: { denied: 1 } });
    const detail = await m.changeOf(id);
    expect(detail?.statusChangedClaims).toEqual([
      { id: 'claim-1', text: 'The minister resigned on Monday.', status: 'denied', was: 'unconfirmed' },
    ]);
    expect(detail?.addedClaims.map((c) => c.id)).toEqual(['claim-2']);
  });

  it('rolls back, and does not take the rolled-back version again, but a newer one', async () => {
    const id = await subscribed();
    host.serve('desk.json', encodeJson(desk(2)));
    await check(id);
    expect(await m.rollbackSource(id)).toBe(1);
    let v = await view(id);
    expect([v.dataset?.version, v.previous, v.heldBack]).toEqual([1, undefined, 2]);
    expect((await m.activeDatasets()).find((d) => d.meta.id === 'desk')?.meta.version).toBe(1);

    host.serve('desk.json', encodeJson(desk(2))); // served again under a new ETag
    expect(await check(id)).toMatchObject({ result: 'unchanged' });
    expect((await view(id)).problem).toBeUndefined();

    host.serve('desk.json', encodeJson(desk(3)));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 3 });
    v = await view(id);
    expect([v.dataset?.version, v.previous?.version]).toEqual([3, 1]);
  });

  it('refuses an older file replayed, keeping the data in use', async () => {
    const id = await subscribed();
    host.serve('desk.json', encodeJson(desk(2)));
    await check(id);
    host.serve('desk.json', encodeJson(desk(1)));
    const outcome = await check(id);
    expect(outcome).toMatchObject({
      result: 'failed',
      problem: { code: 'old-version', args: [host.url('desk.json'), '1', '2'] },
    });
    const v = await view(id);
    expect(v.dataset?.version).toBe(2);
    expect(v.problem?.code).toBe('old-version');
    // The next check comes sooner than the interval, backing off.
    expect(v.nextCheck! - v.lastCheck!).toBeLessThan(10 * 60_000);
  });

  it('refuses malformed JSON and an invalid claim, naming where', async () => {
    const id = await subscribed();
    host.serve('desk.json', new TextEncoder().encode('{"format": "afterword-dataset", '));
    expect((await check(id)).problem).toMatchObject({
      code: 'invalid',
      args: [
        host.url('desk.json'),
        'the file is not valid JSON: the file ends in the middle of a value (is it truncated?)',
      ],
    });
    const bad = desk(2);
    bad.claims[0]!.events[0]!.date = '2024-02-30';
    host.serve('desk.json', encodeJson(bad));
    const problem = (await check(id)).problem!;
    expect(problem.code).toBe('invalid');
    // In words, with the claim's place and id, and the path for whoever fixes the file.
    expect(problem.args[1]).toMatch(
      /^the “date” of the 1st event of the 1st claim, “claim-1”, must be a real date: .*\(claims\[0\]\.events\[0\]\.date\)$/,
    );
    expect((await view(id)).dataset?.version).toBe(1);
  });

  it('refuses another dataset at the same address, and a dataset another source already installs', async () => {
    const id = await subscribed();
    host.serve('desk.json', encodeJson(desk(2, 'other')));
    expect((await check(id)).problem).toMatchObject({
      code: 'wrong-dataset',
      args: [host.url('desk.json'), 'other', 'desk'],
    });

    host.serve('mirror.json', encodeJson(desk(5)));
    const mirror = await m.addSource(host.url('mirror.json'), undefined);
    expect((await check(mirror)).problem).toMatchObject({
      code: 'duplicate-dataset',
      args: [host.url('mirror.json'), 'desk', host.url('desk.json')],
    });
  });

  it('refuses an address twice, and addresses that are not https', async () => {
    await subscribed();
    await expect(m.addSource(host.url('desk.json'), undefined)).rejects.toMatchObject({
      code: 'duplicate-source',
    });
    await expect(m.addSource('http://data.example/x.json', undefined)).rejects.toMatchObject({
      code: 'not-https',
    });
    await expect(m.addSource('javascript:alert(1)', undefined)).rejects.toMatchObject({ code: 'not-https' });
  });

  it('reports a server error and a missing file in words the page can show', async () => {
    const id = await subscribed();
    host.serve('desk.json', new Uint8Array(0), { status: 500 });
    expect((await check(id)).problem).toMatchObject({
      code: 'server-error',
      args: [host.url('desk.json'), '500'],
    });
    host.remove('desk.json');
    expect((await check(id)).problem).toMatchObject({
      code: 'not-found',
      args: [host.url('desk.json'), '404'],
    });
    expect((await view(id)).dataset?.version).toBe(1);
  });
});

describe('signed sources', () => {
  it('accept a file signed by the publisher’s key and say so', async () => {
    const pub = await publisher();
    const v1 = encodeJson(desk(1));
    host.serve('desk.json', v1);
    host.serve('desk.json.sig', await pub.sign(v1));
    const id = await m.addSource(host.url('desk.json'), pub.pub);
    expect(await check(id)).toMatchObject({ result: 'updated' });
    expect(await view(id)).toMatchObject({ keyId: pub.key.keyId, signedBy: pub.key.keyId });
  });

  it('refuse an unsigned file, a file signed by another key and a file changed after signing', async () => {
    const pub = await publisher();
    const other = await publisher();
    const v1 = encodeJson(desk(1));
    host.serve('desk.json', v1);
    host.serve('desk.json.sig', await pub.sign(v1));
    const id = await m.addSource(host.url('desk.json'), pub.pub);
    await check(id);

    const v2 = encodeJson(desk(2));
    host.serve('desk.json', v2);
    host.remove('desk.json.sig');
    expect((await check(id)).problem).toMatchObject({ code: 'unsigned' });

    host.serve('desk.json.sig', await other.sign(v2));
    const foreign = (await check(id)).problem!;
    expect(foreign.code).toBe('bad-signature');
    expect(foreign.args[1]).toContain(`names key ${other.key.keyId}, which is not a trusted key`);

    host.serve('desk.json.sig', await pub.sign(v2));
    host.serve('desk.json', encodeJson({ ...desk(2), title: 'Tampered' }));
    expect((await check(id)).problem).toMatchObject({ code: 'bad-signature' });
    expect((await view(id)).dataset?.version).toBe(1);
  });

  it('take the key as the .pub file or as bare base64, and refuse anything else', async () => {
    const pub = await publisher();
    const base64 = btoa(String.fromCharCode(...pub.key.bytes));
    await expect(m.parsePublicKey(pub.pub)).resolves.toEqual({ keyId: pub.key.keyId, base64 });
    await expect(m.parsePublicKey(`  ${base64}\n`)).resolves.toEqual({ keyId: pub.key.keyId, base64 });
    await expect(m.parsePublicKey('hello')).rejects.toMatchObject({ code: 'bad-key' });
    await expect(m.parsePublicKey('{"format":"afterword-public-key"}')).rejects.toMatchObject({
      code: 'bad-key',
    });
  });
});

describe('a stopped worker', () => {
  it('mid-download: the next start finds the old data in use, says so and retries soon', async () => {
    const id = await subscribed();
    // A download that never finishes; then the worker is "stopped": modules and memory gone.
    host.serve('desk.json', encodeJson(desk(2)));
    const hanging = m.checkSource(id, { fetch: () => new Promise<Response>(() => undefined), ...noWait });
    void hanging;
    // The check has marked itself running before it waits on the download.
    await vi.waitFor(async () => expect((await m.getSource(id))?.runningSince).toBeGreaterThan(0));

    m = await load();
    const now = Date.now();
    await m.whenStarted(now);
    const v = await view(id);
    expect(v.dataset?.version).toBe(1);
    expect(v.problem?.code).toBe('interrupted');
    expect(v.nextCheck).toBeLessThanOrEqual(now + 2 * 60_000);
    expect(fake.alarms.all.get('afterword-dataset-updates')?.scheduledTime).toBeLessThanOrEqual(
      now + 2 * 60_000,
    );
    // And the retry works.
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    expect((await view(id)).problem).toBeUndefined();
  });

  it('between writing a version and switching to it: the half-done version is dropped, the old one stays', async () => {
    const id = await subscribed();
    const active = await m.getVersion(id, 1);
    const payload = await m.getPayload(id, 1);
    const index = await m.getIndex(id, 1);
    // What a worker stopped after the write and before the switch leaves behind.
    await m.writeVersion({ ...active!, version: 2 }, { ...payload!, ...index!, version: 2 });
    await m.updateSource(id, (r) => ({ ...r, runningSince: Date.now() }));

    m = await load();
    await m.whenStarted();
    expect(await m.getVersion(id, 2)).toBeUndefined();
    expect(await m.getPayload(id, 2)).toBeUndefined();
    expect(await m.getIndex(id, 2)).toBeUndefined();
    expect(await m.getAllClaimChunks(id, 2)).toEqual([]);
    expect((await view(id)).dataset?.version).toBe(1);
    expect((await m.activeDatasets()).find((d) => d.meta.id === 'desk')?.meta.version).toBe(1);
  });

  it('a switch is refused when the pointer moved under it', async () => {
    const id = await subscribed();
    await expect(m.activateVersion(id, 7, 0)).rejects.toThrow(/changed during the update/);
    await expect(m.activateVersion('gone', 1, undefined)).rejects.toThrow(/removed during the update/);
    expect((await m.listPointers()).find((p) => p.sourceId === id)?.active).toBe(1);
  });
});

describe('the datasets in use', () => {
  it('leave out a disabled source and bring it back when enabled', async () => {
    const id = await subscribed();
    await m.enableSource(id, false);
    expect((await m.activeDatasets()).map((d) => d.meta.id)).toEqual([defaultDataset.id]);
    expect((await view(id)).nextCheck).toBeUndefined();
    await m.enableSource(id, true);
    expect((await m.activeDatasets()).map((d) => d.meta.id)).toEqual([defaultDataset.id, 'desk']);
  });

  it('replace the bundled default with its publisher’s newer version, and fall back to it when that goes', async () => {
    const newer = { ...defaultDataset, version: defaultDataset.version + 1 };
    const pub = await publisher();
    shipAsDefaultKeys(pub);
    const bytes = encodeJson(newer);
    host.serve('default.json', bytes);
    host.serve('default.json.sig', await pub.sign(bytes));
    const id = await m.addSource(host.url('default.json'), pub.pub);
    await check(id);
    expect((await m.activeDatasets()).map((d) => `${d.meta.id}@${d.meta.version}`)).toEqual([
      `${newer.id}@${newer.version}`,
    ]);
    expect((await m.listSourceViews()).sources[0]).toMatchObject({
      id: 'bundled',
      supersededBy: host.url('default.json'),
    });
    await m.removeSource(id);
    expect((await m.activeDatasets()).map((d) => `${d.meta.id}@${d.meta.version}`)).toEqual([
      `${defaultDataset.id}@${defaultDataset.version}`,
    ]);
  });

  it('are the bundled default alone when IndexedDB is broken', async () => {
    (globalThis as { indexedDB: unknown }).indexedDB = {
      open() {
        throw new Error('IndexedDB is broken');
      },
    };
    m = await load();
    expect((await m.activeDatasets()).map((d) => d.meta.id)).toEqual([defaultDataset.id]);
    expect(m.storageProblem()).toContain('IndexedDB is broken');
    const state = await m.listSourceViews();
    expect(state.sources.map((s) => s.id)).toEqual(['bundled']);
    expect(state.storageProblem).toContain('IndexedDB is broken');
  });

  it('rebuild an index stored by another engine version from the file', async () => {
    const id = await subscribed();
    const stored = await m.getIndex(id, 1);
    await m.refreshIndex(id, 1, new Uint8Array([1, 2, 3]), 0);
    expect(stored?.indexVersion).not.toBe(0);
    m = await load();
    const desk1 = (await m.activeDatasets()).find((d) => d.meta.id === 'desk');
    expect(desk1?.index.claims.length).toBe(1);
    // The rebuilt index is stored again in the background, without holding up the load.
    await vi.waitFor(async () => expect((await m.getIndex(id, 1))?.indexVersion).toBe(stored?.indexVersion));
  });

  it('show both timelines when two datasets disagree about the same claim', async () => {
    // A publisher who says the CSTO suspension was confirmed, against the default's denial.
    const kz = defaultDataset.claims.find((c) => c.id === 'kz-csto-suspension-2023')!;
    const dissent = {
      ...desk(1, 'dissent'),
      title: 'Dissenting desk',
      // The copied events name the default's outlets by id: the desk lists them too (format 1.1).
      formatVersion: 1.1,
      outlets: defaultDataset.outlets,
      claims: [
        {
          ...kz,
          events: [
            ...kz.events,
            { date: '2023-01-10', type: 'confirmed' as const, source: { outlet: 'Elsewhere' } },
          ],
        },
      ],
    };
    host.serve('dissent.json', encodeJson(dissent));
    const id = await m.addSource(host.url('dissent.json'), undefined);
    await check(id);
    const { article } = readPage('seed-000.html');
    const shown = await m.matchEverywhere({
      text: article!.text,
      title: article!.metadata.title,
      published: article!.metadata.published,
    });
    const match = shown.find((s) => s.claimId === 'kz-csto-suspension-2023')!;
    expect(shown.filter((s) => s.claimId === 'kz-csto-suspension-2023')).toHaveLength(1);
    const statuses = [
      match.verdict.status,
      ...(match.alternatives ?? []).map((a) => a.verdict.status),
    ].sort();
    expect(statuses).toEqual(['confirmed', 'denied']);
    expect(match.alternatives?.[0]).toMatchObject({ datasetTitle: expect.any(String) });
    // Claims both agree on are shown once, with no alternatives.
    expect(shown.filter((s) => s.alternatives).map((s) => s.claimId)).toEqual(['kz-csto-suspension-2023']);
  });
});

describe('importing a file', () => {
  it('installs it as a source, updates it with a newer file and refuses an older one', async () => {
    const first = await m.importFile(encodeJson(desk(1)), 'desk-v1.json');
    expect(first).toMatchObject({ result: 'updated', version: 1 });
    const v = await view(first.sourceId);
    expect(v).toMatchObject({ kind: 'file', fileName: 'desk-v1.json', dataset: { version: 1 } });
    expect(v.nextCheck).toBeUndefined();
    expect(await m.importFile(encodeJson(desk(2)), 'desk-v2.json')).toMatchObject({
      sourceId: first.sourceId,
      result: 'updated',
      version: 2,
    });
    expect(await m.importFile(encodeJson(desk(1)), 'desk-v1.json')).toMatchObject({
      result: 'failed',
      problem: { code: 'old-version' },
    });
    expect(await m.importFile(encodeJson(desk(2)), 'again.json')).toMatchObject({ result: 'unchanged' });
  });

  it('refuses an invalid file and a dataset a subscription already supplies', async () => {
    expect(await m.importFile(new TextEncoder().encode('not json'), 'x.json')).toMatchObject({
      result: 'failed',
      problem: { code: 'invalid', args: ['x.json', expect.stringContaining('not valid JSON')] },
    });
    await subscribed();
    expect(await m.importFile(encodeJson(desk(9)), 'desk.json')).toMatchObject({
      result: 'failed',
      problem: { code: 'duplicate-dataset' },
    });
    expect((await m.listSources()).map((s) => s.kind)).toEqual(['url']);
  });

  it('exports the file as received', async () => {
    const bytes = encodeJson(desk(1));
    const { sourceId } = await m.importFile(bytes, 'desk.json');
    const { transferId, fileName } = await m.exportSource(sourceId);
    expect(fileName).toBe('desk-v1.json');
    const { takeTransfer } = await import('../../src/shared/transfer');
    expect((await takeTransfer(transferId))?.bytes).toEqual(bytes);
    expect(await takeTransfer(transferId)).toBeUndefined();
  });
});

describe('the schedule', () => {
  it('sets the interval within its bounds and moves waiting checks to it', async () => {
    const id = await subscribed();
    const lastCheck = (await view(id)).lastCheck!;
    expect(await m.setCheckInterval(1)).toBe(60);
    expect((await view(id)).nextCheck).toBe(Math.max(lastCheck + 3600_000));
    expect(await m.setCheckInterval(10 ** 9)).toBe(7 * 24 * 60);
    expect((await m.listSourceViews()).intervalMinutes).toBe(7 * 24 * 60);
  });

  it('checks only the sources that are due, then sets the alarm for the next', async () => {
    const a = await subscribed('a.json');
    host.serve('b.json', encodeJson(desk(1, 'b')));
    const b = await m.addSource(host.url('b.json'), undefined);
    await check(b);
    await m.updateSource(a, (r) => ({ ...r, nextCheck: Date.now() - 1000 }));
    const before = host.log.length;
    expect(await m.dueSources()).toEqual([a]);
    await m.checkAll(await m.dueSources(), { fetch: host.fetch, ...noWait });
    expect(host.log.slice(before).map((l) => l.url)).toEqual([host.url('a.json')]);
    const next = Math.min((await view(a)).nextCheck!, (await view(b)).nextCheck!);
    expect(fake.alarms.all.get('afterword-dataset-updates')?.scheduledTime).toBe(next);
  });
});
