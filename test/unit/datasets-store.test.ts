/**
 * How installed datasets are stored and read back (store/db.ts, store/versions.ts, datasets.ts):
 * a worker start reads each index without its claims, matching reads the chunks of the claims it
 * finds, and a database written by the previous version (2: the index inside the payload) is
 * upgraded without losing what the reader installed. IndexedDB is fake-indexeddb; each load() is a
 * fresh worker over the same database.
 */
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex, ENGINE_INDEX_VERSION, serializeIndex } from '../../src/engine/index';
import type { Dataset } from '../../src/engine/model';
import { expectSameBytes } from '../support/bytes';
import { desk, encodeJson } from '../support/dataset-host';
import { sampleClaim } from '../support/dataset-samples';
import { createFakeBrowser } from '../support/fake-browser';
import { freshWorker } from '../support/fresh-worker';
import { BUNDLED_SOURCE_ID } from '../../src/shared/messages';

async function load() {
  freshWorker();
  const [datasets, versions, matchAll, db] = await Promise.all([
    import('../../src/background/datasets'),
    import('../../src/background/store/versions'),
    import('../../src/background/match-all'),
    import('../../src/background/store/db'),
  ]);
  return { ...datasets, ...versions, ...matchAll, ...db };
}

// A spy on a browser API or console (a full disk, a silenced warning) is undone after each test,
// even one that failed before undoing it, so the next test of this file starts without it (vitest
// itself undoes spies between files, shared worker or not).
afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  createFakeBrowser();
});

/** Where the one claim an article states sits: past the first two chunks of claims. */
const STATED_AT = 1_100;

/** The desk dataset with 1,200 claims: the minister's resignation at STATED_AT, harbour claims around it. */
function bigDesk(): Dataset {
  const dataset = desk(1);
  const stated = dataset.claims[0]!;
  dataset.claims = Array.from({ length: 1_200 }, (_, i) =>
    i === STATED_AT
      ? stated
      : sampleClaim(`harbour-${i}`, {
          text: `The harbour authority closed pier ${i} for repairs.`,
          paraphrases: [],
          anchors: [{ name: 'Harbour authority', aliases: ['harbour authority'] }],
        }),
  );
  return dataset;
}

let bigIndex: Uint8Array | undefined;
/** bigDesk()'s serialised index, built once (the build takes seconds in a test worker). */
const bigDeskIndex = () => (bigIndex ??= serializeIndex(buildIndex([bigDesk()])));

/** Building the 1,200-claim index and matching in a cold test worker take a few seconds. */
const SLOW = 60_000;

const article = {
  title: 'Minister resigns',
  text: 'The minister resigned on Monday, two officials said. The ministry did not comment on the report.',
  language: 'en',
};

/** A database as version 2 of the extension left it: the compiled index inside the payload. */
async function writeVersion2(dataset: Dataset, index: Uint8Array, indexVersion: number): Promise<void> {
  const db = await openDB('afterword-datasets', 2, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'id' });
      for (const store of ['versions', 'payloads'])
        db.createObjectStore(store, { keyPath: ['sourceId', 'version'] }).createIndex('bySource', 'sourceId');
      db.createObjectStore('pointers', { keyPath: 'sourceId' });
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('reading', { keyPath: 'key' }).createIndex('byReadAt', 'readAt');
    },
  });
  const bytes = encodeJson(dataset);
  await db.put('sources', {
    id: 'src-1',
    kind: 'url',
    url: 'https://data.example/desk.json',
    enabled: true,
    addedAt: 1,
    datasetId: dataset.id,
    validators: {},
    failures: 0,
  });
  await db.put('versions', {
    sourceId: 'src-1',
    version: 1,
    datasetId: dataset.id,
    summary: {
      id: dataset.id,
      title: dataset.title,
      version: 1,
      asOf: dataset.asOf,
      claims: dataset.claims.length,
    },
    installedAt: 1,
    sha256: 'not checked here',
    size: bytes.byteLength,
  });
  await db.put('payloads', { sourceId: 'src-1', version: 1, data: bytes, index, indexVersion });
  await db.put('pointers', { sourceId: 'src-1', active: 1 });
  db.close();
}

describe('installed datasets in IndexedDB', () => {
  it(
    'a version 2 database opens as version 3: the index leaves the payload, and the dataset still matches',
    async () => {
      const dataset = bigDesk();
      await writeVersion2(dataset, bigDeskIndex(), ENGINE_INDEX_VERSION);
      const m = await load();

      const db = await m.openDatasetsDb();
      expect(db.version).toBe(3);
      const payload = await m.getPayload('src-1', 1);
      expectSameBytes(payload?.data, encodeJson(dataset));
      expect(payload).not.toHaveProperty('index');
      expect((await m.getIndex('src-1', 1))?.indexVersion).toBe(ENGINE_INDEX_VERSION);
      // 1,200 claims in chunks of 500.
      expect((await m.getAllClaimChunks('src-1', 1)).map((c) => c.chunk)).toEqual([0, 1, 2]);

      const shown = await m.matchEverywhere(article);
      expect(shown.map((s) => `${s.datasetId}/${s.claimId}`)).toContain('desk/claim-1');
    },
    SLOW,
  );

  it(
    'an upgrade that fails midway leaves the version 2 database whole, and the next start upgrades it',
    async () => {
      const dataset = bigDesk();
      await writeVersion2(dataset, bigDeskIndex(), ENGINE_INDEX_VERSION);
      // The disk fills up while the second chunk of claims is written.
      const put = IDBObjectStore.prototype.put;
      let chunks = 0;
      const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === 'claims' && ++chunks === 2)
          throw new DOMException('The disk is full', 'QuotaExceededError');
        return put.apply(this, args);
      });
      const failed = await load();
      await expect(failed.openDatasetsDb()).rejects.toThrow();
      full.mockRestore();
      const v2 = await openDB('afterword-datasets');
      expect(v2.version).toBe(2);
      expect(await v2.get('payloads', ['src-1', 1])).toHaveProperty('index');
      v2.close();

      const next = await load();
      expect((await next.openDatasetsDb()).version).toBe(3);
      const shown = await next.matchEverywhere(article);
      expect(shown.map((s) => `${s.datasetId}/${s.claimId}`)).toContain('desk/claim-1');
    },
    SLOW,
  );

  it(
    'matching reads the claims it finds, not every claim; activeDatasets() reads them all',
    async () => {
      const dataset = bigDesk();
      await writeVersion2(dataset, bigDeskIndex(), ENGINE_INDEX_VERSION);
      const m = await load();

      const shown = await m.matchEverywhere(article);
      expect(shown.find((s) => s.claimId === 'claim-1')?.claim).toEqual(dataset.claims[STATED_AT]);
      const installed = (await m.matchingDatasets()).find((d) => d.meta.id === 'desk')!;
      expect(installed.index.claims.get(STATED_AT).claim.id).toBe('claim-1');
      // The first chunk was never needed, so never read.
      expect(() => installed.index.claims.get(0)).toThrow(m.ClaimsNotRead);

      await m.activeDatasets();
      expect(installed.index.claims.get(0).claim.id).toBe('harbour-0');
      expect(m.claimIn(installed, 'harbour-1199')?.text).toBe(
        'The harbour authority closed pier 1199 for repairs.',
      );
      expect(m.claimIn(installed, 'no-such-claim')).toBeUndefined();
    },
    SLOW,
  );

  it(
    'an index another engine version wrote is rebuilt from the file after the upgrade',
    async () => {
      const dataset = desk(1);
      await writeVersion2(dataset, new Uint8Array([1, 2, 3]), ENGINE_INDEX_VERSION - 1);
      const m = await load();

      const shown = await m.matchEverywhere(article);
      expect(shown.map((s) => `${s.datasetId}/${s.claimId}`)).toContain('desk/claim-1');
      // Stored again, split, in the background.
      await vi.waitFor(async () =>
        expect((await m.getIndex('src-1', 1))?.indexVersion).toBe(ENGINE_INDEX_VERSION),
      );
      expect((await m.getAllClaimChunks('src-1', 1)).length).toBe(1);
    },
    SLOW,
  );

  it(
    'removing a version removes its index and claims with it',
    async () => {
      const dataset = bigDesk();
      await writeVersion2(dataset, bigDeskIndex(), ENGINE_INDEX_VERSION);
      const m = await load();
      await m.openDatasetsDb();
      await m.deleteSourceData('src-1');
      expect(await m.getIndex('src-1', 1)).toBeUndefined();
      expect(await m.getAllClaimChunks('src-1', 1)).toEqual([]);
      expect((await m.matchingDatasets()).map((d) => d.meta.id)).not.toContain('desk');
    },
    SLOW,
  );

  it('the bundled default comes with the extension: the copy of its index 0.1 kept in the database is collected as garbage', async () => {
    const m = await load();
    const db = await m.openDatasetsDb();
    // What a worker of 0.1 stored at its first start, under a key no source pointer names.
    await db.put('indexes', {
      sourceId: BUNDLED_SOURCE_ID,
      version: 0,
      index: new Uint8Array([1, 2, 3]),
      indexVersion: ENGINE_INDEX_VERSION - 1,
      chunks: 0,
      fingerprint: '0.1.0/3/60070/9f2c11aa',
    } as never);
    expect(await m.collectGarbage()).toBe(1);
    expect(await m.getIndex(BUNDLED_SOURCE_ID, 0)).toBeUndefined();

    const shown = await m.matchEverywhere({
      title: 'Tokayev',
      text: 'Kazakhstan President Kassym-Jomart Tokayev announced the suspension of Kazakhstan’s membership in the CSTO.',
      language: 'en',
    });
    expect(shown.map((s) => `${s.datasetId}/${s.claimId}`)).toContain(
      'afterword-default/kz-csto-suspension-2023',
    );
  });
});
