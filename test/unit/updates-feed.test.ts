/**
 * A fact-checker's feed as a subscription, end to end in Node (IndexedDB, the fake browser, a fake
 * https host): converted on the device, installed through the same gate as any dataset file,
 * "unchanged" on a 304 and on the same feed re-sent without validators, the next version only when
 * its content changed; a keyed feed checked against the publisher's signature over the feed itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser';
import { encodeJson, fakeHost, publisher } from '../support/dataset-host';
import { freshWorker } from '../support/fresh-worker';
import type { SourceView } from '../../src/shared/messages';
import { FEED_REASON_CHARS } from '../../src/background/updates/feed-source';

type Modules = Awaited<ReturnType<typeof load>>;

async function load() {
  freshWorker();
  const [run, manage, datasets, versions, words] = await Promise.all([
    import('../../src/background/updates/run'),
    import('../../src/background/updates/manage'),
    import('../../src/background/datasets'),
    import('../../src/background/store/versions'),
    import('../../src/options/datasets/words'),
  ]);
  return { ...run, ...manage, ...datasets, ...versions, ...words };
}

let m: Modules;
let host: ReturnType<typeof fakeHost>;

beforeEach(async () => {
  createFakeBrowser();
  host = fakeHost('https://northwind-factcheck.example');
  m = await load();
});

type Feed = { dataFeedElement: { item: Record<string, unknown>[] }[] };
const FEED_PATH = 'feeds/claimreview.json';
const feed = (): Feed =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'northwind-claimreview.json'), 'utf8'),
  );
/** The feed after the fact-checker re-rated the footbridge claim from "Mostly false" to "Half true". */
function rerated(): Feed {
  const f = feed();
  f.dataFeedElement[1]!.item[0]!.reviewRating = {
    '@type': 'Rating',
    ratingValue: 3,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Half true',
  };
  return f;
}

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const check = (id: string) => m.checkSource(id, { fetch: host.fetch, ...noWait });

async function view(id: string): Promise<SourceView> {
  const found = (await m.listSourceViews()).sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
}

async function subscribedToFeed(publicKey?: string) {
  const id = await m.addSource(host.url(FEED_PATH), publicKey);
  return id;
}

describe('a fact-checker’s ClaimReview feed as a source', () => {
  it('is converted and installed as version 1, named after the fact-checker, and says so', async () => {
    host.serve(FEED_PATH, encodeJson(feed()));
    const id = await subscribedToFeed();
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    const v = await view(id);
    expect(v.dataset).toMatchObject({
      version: 1,
      title: 'Northwind Fact Check',
      publisher: 'Northwind Fact Check',
      license: 'NOASSERTION',
      claims: 3,
    });
    expect(v.dataset?.id).toMatch(/^feed-northwind-factcheck\.example-[0-9a-f]{8}$/);
    expect(v.feed).toEqual({
      format: 'claimreview',
      claims: 3,
      skipped: 2,
      reasons: [
        'no claimReviewed: the review does not say which claim it rates',
        'no reviewRating with an alternateName or a ratingValue within its scale',
      ],
    });
    expect(m.feedText(v.feed!).summary).toBe(
      'Converted on this device from a fact-checker’s ClaimReview feed: 3 claims, 2 items left out or shortened.',
    );
    const inUse = (await m.activeDatasets()).find((d) => d.meta.id === v.dataset?.id);
    expect(inUse?.meta.version).toBe(1);
  });

  it('is unchanged on a 304, on the same feed re-sent, and on a change that alters no claim', async () => {
    host.serve(FEED_PATH, encodeJson(feed()));
    const id = await subscribedToFeed();
    await check(id);
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    expect(host.log.at(-1)!.headers['if-none-match']).toBe('"1"');
    // A server without validators sends the whole feed again.
    host.serve(FEED_PATH, encodeJson(feed()), { etag: undefined });
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    // The feed's own date moved, its reviews did not.
    host.serve(FEED_PATH, encodeJson({ ...feed(), dateModified: '2026-12-01T00:00:00Z' }));
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    expect((await m.listPointers()).find((p) => p.sourceId === id)).toEqual({ sourceId: id, active: 1 });
    expect((await view(id)).problem).toBeUndefined();
  });

  it('installs a re-rated review as version 2, says what changed, and rolls back to version 1', async () => {
    host.serve(FEED_PATH, encodeJson(feed()));
    const id = await subscribedToFeed();
    await check(id);
    host.serve(FEED_PATH, encodeJson(rerated()));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    const v = await view(id);
    expect(v.change).toMatchObject({ fromVersion: 1, toVersion: 2, added: 0, newly: { 'rated-mixed': 1 } });
    expect(v.dataset?.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(v.previous?.version).toBe(1);

    // Rolled back: the same feed is not installed again, a later change of it is (as version 3).
    expect(await m.rollbackSource(id)).toBe(1);
    host.serve(FEED_PATH, encodeJson(rerated()));
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    expect((await view(id)).dataset?.version).toBe(1);
    const added = rerated();
    added.dataFeedElement.push({
      item: [
        {
          ...feed().dataFeedElement[0]!.item[0]!,
          url: 'https://northwind-factcheck.example/checks/harbour-ferry-fares',
          claimReviewed: 'Harbour ferry fares in Port Aldmere doubled in October 2026.',
        },
      ],
    });
    host.serve(FEED_PATH, encodeJson(added));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 3 });
    expect((await view(id)).dataset?.claims).toBe(4);
  });

  it('holds a feed that re-rates too many claims at once for the reader, and does not ask twice', async () => {
    const many = (label: string, value: number): Feed => {
      const f = feed();
      const base = f.dataFeedElement[0]!.item[0]!;
      f.dataFeedElement = Array.from({ length: 12 }, (_, i) => ({
        item: [
          {
            ...base,
            url: `https://northwind-factcheck.example/checks/harbour-claim-${i}`,
            claimReviewed: `The harbour board approved plan number ${i} for the old town quay.`,
            reviewRating: {
              '@type': 'Rating',
              ratingValue: value,
              bestRating: 5,
              worstRating: 1,
              alternateName: label,
            },
          },
        ],
      }));
      return f;
    };
    host.serve(FEED_PATH, encodeJson(many('False', 1)));
    const id = await subscribedToFeed();
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    host.serve(FEED_PATH, encodeJson(many('True', 5)));
    expect(await check(id)).toMatchObject({ result: 'held', version: 2 });
    // The same feed again, and again with only its own date moved: the version waiting is not
    // asked about a second time.
    host.serve(FEED_PATH, encodeJson(many('True', 5)));
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    host.serve(FEED_PATH, encodeJson({ ...many('True', 5), dateModified: '2026-12-02T00:00:00Z' }));
    expect(await check(id)).toEqual({ sourceId: id, result: 'unchanged' });
    const v = await view(id);
    expect([v.dataset?.version, v.held?.toVersion]).toEqual([1, 2]);
  });

  it('is refused in words when nothing in it converts, and the last good version stays', async () => {
    host.serve(FEED_PATH, encodeJson(feed()));
    const id = await subscribedToFeed();
    await check(id);
    host.serve(FEED_PATH, encodeJson({ ...feed(), dataFeedElement: feed().dataFeedElement.slice(3) }));
    const outcome = await check(id);
    expect(outcome).toMatchObject({ result: 'failed', problem: { code: 'invalid-feed' } });
    expect(m.problemText(outcome.problem!)).toBe(
      `The file at ${host.url(FEED_PATH)} is a fact-checker’s feed that could not be converted into a dataset: ` +
        'the file gives no claims: nothing in it could be converted (the first item left out, ' +
        '$.dataFeedElement[0].item[0]: no claimReviewed: the review does not say which claim it rates)',
    );
    const v = await view(id);
    expect(v.dataset?.version).toBe(1);
    expect(v.feed?.claims).toBe(3);
  });

  it('keeps a count of what a hostile feed leaves out, and only short reasons', async () => {
    const f = feed();
    const hostile = {
      ...f,
      dataFeedElement: [
        { item: [{ '@type': 'T'.repeat(1_000_000) }] },
        { item: Array.from({ length: 5_000 }, () => 0) },
        ...f.dataFeedElement,
      ],
    };
    host.serve(FEED_PATH, encodeJson(hostile));
    const id = await subscribedToFeed();
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    const v = await view(id);
    expect(v.feed).toMatchObject({ format: 'claimreview', claims: 3, skipped: 5_003 });
    expect(v.feed!.reasons).toHaveLength(3);
    for (const reason of v.feed!.reasons) expect(reason.length).toBeLessThanOrEqual(FEED_REASON_CHARS);
    expect(v.feed!.reasons[0]).toMatch(/^not a ClaimReview \(@type "T+…\)$/);
    expect(v.feed!.reasons.slice(1)).toEqual(['not a JSON-LD object', 'not a JSON-LD object']);
  });

  it('reads a Fact Check Tools API response the same way', async () => {
    const sample = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'datasets', 'factcheck-api-sample.json'),
    );
    host.serve('api/claims.json', new Uint8Array(sample));
    const id = await m.addSource(host.url('api/claims.json'), undefined);
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    const v = await view(id);
    expect(v.feed).toMatchObject({ format: 'factcheck-api', skipped: 0, reasons: [] });
    expect(v.dataset?.claims).toBe(v.feed?.claims);
    expect(m.feedText(v.feed!).summary).toMatch(
      /^Converted on this device from a Fact Check Tools API response: \d+ claims, nothing left out\.$/,
    );
  });
});

describe('a feed from a publisher with a key', () => {
  it('is installed when the publisher signed the feed as served, and refused otherwise', async () => {
    const desk = await publisher();
    const other = await publisher();
    const bytes = encodeJson(feed());
    host.serve(FEED_PATH, bytes);
    host.serve(`${FEED_PATH}.sig`, await desk.sign(bytes));
    const id = await subscribedToFeed(desk.pub);
    expect(await check(id)).toMatchObject({ result: 'updated', version: 1 });
    expect((await view(id)).signedBy).toBe(desk.key.keyId);

    // Re-rated, but signed by someone else: refused before it is converted.
    const changed = encodeJson(rerated());
    host.serve(FEED_PATH, changed);
    host.serve(`${FEED_PATH}.sig`, await other.sign(changed));
    expect(await check(id)).toMatchObject({ result: 'failed', problem: { code: 'bad-signature' } });
    // Re-rated and not signed at all: refused too.
    host.remove(`${FEED_PATH}.sig`);
    host.serve(FEED_PATH, changed);
    expect(await check(id)).toMatchObject({ result: 'failed', problem: { code: 'unsigned' } });
    // The signature of the old feed does not cover the new one.
    host.serve(`${FEED_PATH}.sig`, await desk.sign(bytes));
    expect(await check(id)).toMatchObject({ result: 'failed', problem: { code: 'bad-signature' } });
    expect((await view(id)).dataset?.version).toBe(1);

    host.serve(`${FEED_PATH}.sig`, await desk.sign(changed));
    expect(await check(id)).toMatchObject({ result: 'updated', version: 2 });
    expect((await view(id)).signedBy).toBe(desk.key.keyId);
  });
});
