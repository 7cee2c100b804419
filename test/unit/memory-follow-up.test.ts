/**
 * The reading memory in the background, end to end in Node (fake-indexeddb, the fake browser, a
 * fake https host): the database upgrade keeps what version 1 held; a claim an article states is
 * remembered, never from a private tab or a paused site; an update that denies it makes it news on
 * the badge (its own colour) and in one notification when allowed; a rollback takes it back; a
 * source removed leaves it unavailable; Follow, forget and "Forget everything".
 */
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../src/engine/model';
import type { ShownMatch } from '../../src/shared/messages';
import { desk, encodeJson, fakeHost } from '../support/dataset-host';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { freshWorker } from '../support/fresh-worker';

let fake: FakeBrowser;
async function load() {
  freshWorker();
  // Every module the tests call comes from this worker: one imported at the top of the file would
  // be the instance some earlier file's worker loaded, its database connection still open on that
  // file's IndexedDB (a site paused there was not paused here, in some orders of the files).
  const [manage, run, datasets, followUp, store, db, badgeView, badge, readerData] = await Promise.all([
    import('../../src/background/updates/manage'),
    import('../../src/background/updates/run'),
    import('../../src/background/datasets'),
    import('../../src/background/memory/follow-up'),
    import('../../src/background/memory/store'),
    import('../../src/background/store/db'),
    import('../../src/background/memory/badge-view'),
    import('../../src/background/badge'),
    import('../../src/background/reader-data/store'),
  ]);
  return {
    ...manage,
    ...run,
    ...datasets,
    ...followUp,
    ...store,
    ...db,
    ...badgeView,
    ...badge,
    setSitePaused: readerData.setSitePaused,
  };
}

let m: Awaited<ReturnType<typeof load>>;
let host: ReturnType<typeof fakeHost>;
const notifications: { id: string; options: { title: string; message: string } }[] = [];

beforeEach(async () => {
  fake = createFakeBrowser();
  host = fakeHost();
  notifications.length = 0;
  m = await load();
});

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const PAGE = {
  url: 'https://www.euroweeklynews.com/2024/03/04/minister',
  title: 'The minister resigned',
  outlet: 'Euro Weekly News',
  published: '2024-03-04',
};
const TAB = { id: 9, incognito: false };

/** How the popup showed claim-1 of the desk: stated, unconfirmed. */
function shownMatch(claim: Claim, kind: 'match' | 'related' = 'match'): ShownMatch {
  return {
    claimId: claim.id,
    kind,
    score: 1,
    start: 0,
    end: 10,
    sentence: claim.text,
    passages: [{ start: 0, end: 10 }],
    stance: 'asserts',
    stanceEvidence: { where: 'text', sentence: claim.text, start: 0, end: 10, cue: null },
    verdict: { status: 'unconfirmed', relation: 'none', days: null },
    matchedTerms: [],
    matchedWords: [],
    claim,
    datasetId: 'desk',
    datasetAsOf: '2024-04-01',
  };
}

async function subscribe(): Promise<{ id: string; claim: Claim }> {
  host.serve('desk.json', encodeJson(desk(1)));
  const id = await m.addSource(host.url('desk.json'), undefined);
  expect(await m.checkSource(id, { fetch: host.fetch, ...noWait })).toMatchObject({ result: 'updated' });
  return { id, claim: desk(1).claims[0]! };
}

/** Publishes version 2 (claim-1 denied on 5 March 2024) and lets the check install it. */
async function publishDenial(id: string): Promise<void> {
  host.serve('desk.json', encodeJson(desk(2)));
  expect(await m.checkSource(id, { fetch: host.fetch, ...noWait })).toMatchObject({ result: 'updated' });
}

function allowNotifications(): void {
  const api = fake as unknown as { notifications: unknown; permissions: unknown };
  api.permissions = { contains: async () => true, request: async () => true };
  api.notifications = {
    create: async (id: string, options: { title: string; message: string }) => {
      notifications.push({ id, options });
      return id;
    },
    clear: async () => true,
    onClicked: { addListener: () => undefined },
  };
}

describe('the database upgrade', () => {
  it('opens a version 1 database with its sources and settings kept, and the reading store added', async () => {
    const old = await openDB(m.DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('sources', { keyPath: 'id' });
        db.createObjectStore('versions', { keyPath: ['sourceId', 'version'] }).createIndex(
          'bySource',
          'sourceId',
        );
        db.createObjectStore('payloads', { keyPath: ['sourceId', 'version'] }).createIndex(
          'bySource',
          'sourceId',
        );
        db.createObjectStore('pointers', { keyPath: 'sourceId' });
        db.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    await old.put('sources', { id: 'kept', kind: 'url', url: 'https://data.example/d.json', enabled: true });
    await old.put('settings', { key: 'updates', intervalMinutes: 720 });
    old.close();

    const db = await m.openDatasetsDb();
    expect(db.version).toBe(m.DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'claims',
      'indexes',
      'payloads',
      'pointers',
      'reading',
      'settings',
      'sources',
      'versions',
    ]);
    expect(await db.get('sources', 'kept')).toMatchObject({ url: 'https://data.example/d.json' });
    expect(await db.get('settings', 'updates')).toEqual({ key: 'updates', intervalMinutes: 720 });
    expect(await db.count('reading')).toBe(0);
  });
});

describe('remembering what the reader read', () => {
  it('remembers a stated claim with the status shown, the date, title and outlet; no address unless asked', async () => {
    const { claim } = await subscribe();
    const related = { ...shownMatch({ ...claim, id: 'other' }, 'related') };
    expect(await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim), related], 1000)).toBe(1);
    const [record] = await m.listReadings();
    expect(record).toMatchObject({
      claimId: 'claim-1',
      datasetId: 'desk',
      shown: { status: 'unconfirmed' },
      readAt: 1000,
      article: {
        title: PAGE.title,
        outlet: 'Euro Weekly News',
        site: 'euroweeklynews.com',
        published: '2024-03-04',
      },
    });
    expect(record!.article).not.toHaveProperty('url');

    await m.putMemorySettings({ ...m.DEFAULT_MEMORY_SETTINGS, keepUrl: true });
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)], 2000);
    expect((await m.listReadings())[0]!.article?.url).toBe(PAGE.url);
  });

  it('remembers nothing from a private (incognito) tab, or a tab it cannot tell', async () => {
    const { claim } = await subscribe();
    expect(
      await m.rememberReading({ tab: { id: 9, incognito: true } as never }, PAGE, [shownMatch(claim)]),
    ).toBe(0);
    expect(await m.rememberReading({}, PAGE, [shownMatch(claim)])).toBe(0);
    expect(await m.listReadings()).toEqual([]);
  });

  it('remembers nothing on a paused site', async () => {
    const { claim } = await subscribe();
    await m.setSitePaused('https://euroweeklynews.com/', true);
    expect(await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)])).toBe(0);
    expect(await m.listReadings()).toEqual([]);
  });
});

describe('after a change of the data in use', () => {
  it('an update that denies a claim read is news: listed, counted on the badge in its own colour, notified once', async () => {
    allowNotifications();
    await m.putMemorySettings({ ...m.DEFAULT_MEMORY_SETTINGS, notify: true });
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await publishDenial(id);
    expect(await m.compareWithDataInUse()).toBe(1);

    const { entries } = await m.listMemory();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      now: 'denied',
      changed: true,
      unseen: true,
      current: { datasetId: 'desk' },
    });
    const tabId = (await fake.tabs.query({}))[0]!.id!;
    expect(fake.badges.get(tabId)).toMatchObject({ text: '1', color: m.CHANGES_BADGE_COLOUR });
    expect(fake.badges.get(tabId)?.title).toBe(
      '1 claim you read has changed since. Open Afterword to see it.',
    );
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.options.message).toBe(
      'An update changed 1 claim you read. Click to see it in Your claims.',
    );

    // The same data compared again (another source switched on): not news twice, no second notification.
    expect(await m.compareWithDataInUse()).toBe(0);
    expect(notifications).toHaveLength(1);

    // The reader opened it: off the badge, still listed as a change.
    await m.markSeen();
    expect(fake.badges.get(tabId)?.text).toBe('');
    expect((await m.listMemory()).entries[0]).toMatchObject({ changed: true, unseen: false });
  });

  it('without the permission there is no notification, and everything else works', async () => {
    await m.putMemorySettings({ ...m.DEFAULT_MEMORY_SETTINGS, notify: true });
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await publishDenial(id);
    expect(await m.compareWithDataInUse()).toBe(1);
    expect(notifications).toEqual([]);
    expect((await m.listMemory()).entries[0]).toMatchObject({ now: 'denied', unseen: true });
  });

  it('a rollback takes the change back; a removed source leaves the claim unavailable', async () => {
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await publishDenial(id);
    await m.compareWithDataInUse();
    await m.rollbackSource(id);
    await m.compareWithDataInUse();
    expect((await m.listMemory()).entries[0]).toMatchObject({
      now: 'unconfirmed',
      changed: false,
      unseen: false,
    });
    await m.removeSource(id);
    await m.compareWithDataInUse();
    expect((await m.listMemory()).entries[0]).toMatchObject({
      now: 'unavailable',
      changed: false,
      unseen: false,
    });
  });

  it('every change of the data in use runs the comparison (the listener the worker registers)', async () => {
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    const compared = new Promise<void>((resolve) => m.onDatasetsChanged(() => resolve()));
    m.onDatasetsChanged(() => void m.compareWithDataInUse());
    await publishDenial(id);
    await compared;
    await expect.poll(async () => (await m.listReadings())[0]?.last).toBe('denied');
  });
});

describe('the cap and the retention', () => {
  it('past the cap the oldest claims read are forgotten as new ones are written; past the retention, too', async () => {
    const { claim } = await subscribe();
    const record = (id: string, readAt: number) => ({
      key: m.readingKey('desk', id),
      claimId: id,
      datasetId: 'desk',
      claimText: claim.text,
      shown: { status: 'unconfirmed' as const, verdict: shownMatch(claim).verdict },
      readAt,
      followed: false,
      last: 'unconfirmed' as const,
    });
    const now = Date.now();
    await m.putReadings([record('a', now - 3000), record('b', now - 2000)], now, 2);
    await m.putReadings([record('c', now - 1000)], now, 2);
    expect((await m.listReadings()).map((r) => r.claimId).sort()).toEqual(['b', 'c']);

    // The reader's retention: one day keeps only what was read in the last day.
    await m.putReadings([record('old', now - 2 * 24 * 60 * 60 * 1000)], now, 10);
    await m.putMemorySettings({ ...m.DEFAULT_MEMORY_SETTINGS, retentionDays: 1 });
    expect(await m.prune(now)).toBe(1);
    expect((await m.listReadings()).map((r) => r.claimId).sort()).toEqual(['b', 'c']);
  });
});

describe('what the review of the reading memory found', () => {
  it('a source switched off and on again brings back a change already seen without news', async () => {
    allowNotifications();
    await m.putMemorySettings({ ...m.DEFAULT_MEMORY_SETTINGS, notify: true });
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await publishDenial(id);
    expect(await m.compareWithDataInUse()).toBe(1);
    await m.markSeen();
    await m.enableSource(id, false);
    expect(await m.compareWithDataInUse()).toBe(0);
    await m.enableSource(id, true);
    expect(await m.compareWithDataInUse()).toBe(0);
    expect(notifications).toHaveLength(1);
    expect((await m.listMemory()).entries[0]).toMatchObject({ now: 'denied', changed: true, unseen: false });
  });

  it('marking seen settles: listed again, nothing is unseen, and nothing more is announced', async () => {
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    // The data changes with no comparison run yet (as after an update bringing a new bundled dataset).
    host.serve('desk.json', encodeJson(desk(2)));
    expect(await m.checkSource(id, { fetch: host.fetch, ...noWait })).toMatchObject({ result: 'updated' });
    expect((await m.listMemory()).entries[0]).toMatchObject({ now: 'denied', unseen: true });
    const sent = vi.spyOn(fake.runtime, 'sendMessage');
    const announced = () =>
      sent.mock.calls.filter(([msg]) => (msg as { type?: string }).type === 'memory:changed').length;
    const before = announced();
    await m.markSeen();
    expect((await m.listMemory()).entries[0]).toMatchObject({ now: 'denied', unseen: false });
    expect(announced()).toBe(before + 1);
    await m.markSeen();
    expect(announced()).toBe(before + 1);
  });

  it('a tab in a private window never shows the count of changes to claims read', async () => {
    const { id, claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    const tab = (await fake.tabs.query({}))[0]!;
    const tabId = tab.id!;
    /** The browser's tabs, as tabs.query and tabs.get both give them: the one tab, private or not. */
    const privateWindow = (incognito: boolean) => {
      fake.tabs.query.mockImplementation(async () => [{ ...tab, incognito }]);
      fake.tabs.get.mockImplementation(async (t) => ({ ...tab, id: t, incognito }));
    };
    privateWindow(true);
    await publishDenial(id);
    expect(await m.compareWithDataInUse()).toBe(1);
    expect(fake.badges.get(tabId)?.text ?? '').toBe('');
    privateWindow(false);
    await m.refreshBadges();
    expect(fake.badges.get(tabId)?.text).toBe('1');
  });

  it('a page stating dozens of claims adds only the first MAX_REMEMBERED_PER_PAGE', async () => {
    const { claim } = await subscribe();
    const many = Array.from({ length: m.MAX_REMEMBERED_PER_PAGE + 15 }, (_, i) =>
      shownMatch({ ...claim, id: `claim-x${i}` }),
    );
    expect(await m.rememberReading({ tab: TAB as never }, PAGE, many)).toBe(m.MAX_REMEMBERED_PER_PAGE);
    expect(await m.listReadings()).toHaveLength(m.MAX_REMEMBERED_PER_PAGE);
  });

  it('stopping following a claim also read in an article keeps it, as read', async () => {
    const { claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await m.follow({ datasetId: 'desk', claimId: 'claim-1' }, true);
    expect((await m.listReadings())[0]).toMatchObject({ followed: true });
    await m.follow({ datasetId: 'desk', claimId: 'claim-1' }, false);
    expect((await m.listReadings())[0]).toMatchObject({ followed: false, article: { title: PAGE.title } });
  });
});

describe('Follow, forget, Forget everything', () => {
  it('follows a claim never read, stops following it, forgets one, forgets everything', async () => {
    const { claim } = await subscribe();
    expect(await m.follow({ datasetId: 'desk', claimId: 'claim-1' }, true)).toBe(true);
    expect(await m.followed([{ datasetId: 'desk', claimId: 'claim-1' }])).toEqual([
      { datasetId: 'desk', claimId: 'claim-1' },
    ]);
    expect((await m.listReadings())[0]).toMatchObject({ followed: true, shown: { status: 'unconfirmed' } });
    expect((await m.listReadings())[0]).not.toHaveProperty('article');
    expect(await m.follow({ datasetId: 'desk', claimId: 'claim-1' }, false)).toBe(false);
    expect(await m.listReadings()).toEqual([]);

    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await m.forgetReading(m.readingKey('desk', 'claim-1'));
    expect(await m.listReadings()).toEqual([]);
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    await m.forgetAllReadings();
    expect(await m.listReadings()).toEqual([]);
  });

  it('searches by the claim’s words and the outlet', async () => {
    const { claim } = await subscribe();
    await m.rememberReading({ tab: TAB as never }, PAGE, [shownMatch(claim)]);
    expect((await m.listMemory('minister')).entries).toHaveLength(1);
    expect((await m.listMemory('euro weekly')).entries).toHaveLength(1);
    expect((await m.listMemory('kazakhstan')).entries).toHaveLength(0);
  });
});
