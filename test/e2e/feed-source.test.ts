/**
 * A fact-checker's ClaimReview feed as a dataset source, in a real Chromium with real HTTP: the
 * feed (test/fixtures/feeds/northwind-claimreview.json, a DataCommons-style feed of a fictional
 * fact-checker) is served by dataset-server.ts with an ETag, added through "Add a dataset" like
 * any address, converted on the device, and its claim matched on a news article served by the
 * fixture server. The next check costs a 304; then the fact-checker re-rates the claim, and the
 * changed feed installs as version 2 and the article shows the new rating. Needs `npm run
 * build:chrome:test` first (the release build refuses a feed served from this computer).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, SourcesState, SourceView } from '../../src/shared/messages';
import { axeViolations, describeViolations } from './support/axe';
import { launchExtension, OPTIONS_PATH, type ExtensionHarness } from './support/browser';
import { DatasetServer } from './support/dataset-server';
import { REPO_ROOT } from './support/server';

const FEED_FILE = resolve(REPO_ROOT, 'test/fixtures/feeds/northwind-claimreview.json');
/** Served by the fixture server from test/fixtures (see `serveDirs` below). */
const ARTICLE = 'feeds/port-aldmere-diesel-buses.html';
const FEED_PATH = 'northwind/claimreview.json';
const CHECKER = 'Northwind Fact Check';
const BUS_BAN = 'Port Aldmere will ban all diesel buses from the city centre by March 2027.';

type Feed = { dataFeedElement: { item: Record<string, unknown>[] }[] };
const feed = (): Feed => JSON.parse(readFileSync(FEED_FILE, 'utf8'));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');

/** The feed after the fact-checker re-rated the bus-ban claim from "False" to "Half true". */
function rerated(): Feed {
  const f = feed();
  const review = f.dataFeedElement.map((e) => e.item[0]!).find((r) => r.claimReviewed === BUS_BAN)!;
  review.reviewRating = {
    '@type': 'Rating',
    ratingValue: 3,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Half true',
  };
  return f;
}

let harness: ExtensionHarness;
let server: DatasetServer;
let options: Page;
let feedUrl: string;
let sourceId: string;

async function sourceView(): Promise<SourceView> {
  const reply = await harness.sendMessage<Reply<'sources:list'>>({ type: 'sources:list' });
  if (!reply.ok) throw new Error(reply.error);
  const found = (reply.value as SourcesState).sources.find((s) => s.id === sourceId);
  if (!found) throw new Error('the source is gone');
  return found;
}

const card = () => options.locator('li.dataset', { hasText: feedUrl });
const cardText = async () => (await card().innerText()).replace(/\s+/g, ' ');

/** "Update now" on the feed's card; returns what the page announced. */
async function updateNow(): Promise<string> {
  await options.bringToFront();
  const count = await options.locator('#datasets-live').getAttribute('data-count');
  await card().getByRole('button', { name: 'Update now' }).click();
  await options.waitForFunction(
    (before) => document.getElementById('datasets-live')?.dataset.count !== before,
    count,
    { timeout: 60_000, polling: 50 },
  );
  return options.locator('#datasets-live').innerText();
}

/** The bus-ban claim as the background matched it on the article (undefined: not matched). */
async function articleMatch(): Promise<{ status: string; datasetId: string } | undefined> {
  const page = await harness.openFixture(ARTICLE);
  try {
    const state = await harness.tabState(await harness.tabIdOf(page));
    if (state.state !== 'scanned') return undefined;
    const found = state.matches.find((m) => m.claim.text === BUS_BAN);
    return found && { status: found.verdict.status, datasetId: found.datasetId };
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  server = new DatasetServer();
  await server.start();
  feedUrl = server.url(FEED_PATH);
  server.set(FEED_PATH, { kind: 'file', bytes: encode(feed()), contentType: 'application/ld+json' });
  harness = await launchExtension({ serveDirs: [resolve(REPO_ROOT, 'test/fixtures')] });
  harness.network.allowSource(feedUrl);
  options = await harness.newPage();
  await options.setViewportSize({ width: 760, height: 1400 });
  await options.goto(harness.extensionUrl(OPTIONS_PATH));
});

afterAll(async () => {
  await harness?.close();
  await server?.stop();
});

describe('a fact-checker’s ClaimReview feed as a dataset source', () => {
  it('is subscribed from "Add a dataset", converted on the device, and says so on its card', async () => {
    // The form says a feed's address works too.
    const hint = await options.locator('#source-url-hint').innerText();
    expect(hint).toContain('ClaimReview feed');
    await options.getByLabel('Address of the dataset file').fill(feedUrl);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(cardText, { timeout: 30_000 }).toContain(CHECKER);
    sourceId = (await card().getAttribute('data-source'))!;
    const text = await cardText();
    expect(text).toContain(
      'Converted on this device from a fact-checker’s ClaimReview feed: 3 claims, 2 items left out or shortened.',
    );
    expect(text).toContain('no claimReviewed: the review does not say which claim it rates');
    // A feed says nothing of its licence: none is made up.
    expect(text).toMatch(/licence not stated/i);
    const violations = await axeViolations(options);
    expect(violations, describeViolations(violations)).toEqual([]);
    const view = await sourceView();
    expect(view.dataset).toMatchObject({ version: 1, title: CHECKER, claims: 3, license: 'NOASSERTION' });
    expect(view.dataset?.id).toMatch(/^feed-127\.0\.0\.1-[0-9a-f]{8}$/);
    expect(view.problem).toBeUndefined();
  });

  it('matches the feed’s claim on a news article, with the fact-checker’s rating', async () => {
    const datasetId = (await sourceView()).dataset!.id;
    await expect.poll(articleMatch, { timeout: 20_000 }).toEqual({ status: 'rated-false', datasetId });
  });

  it('costs a 304 on the next check', async () => {
    expect(await updateNow()).toBe(`${CHECKER} is up to date.`);
    const last = server.hitsFor(FEED_PATH).at(-1)!;
    expect(last.ifNoneMatch).toMatch(/^"/);
    expect(last.status).toBe(304);
    expect((await sourceView()).dataset?.version).toBe(1);
  });

  it('installs the re-rated feed as version 2, and the article shows the new rating', async () => {
    server.set(FEED_PATH, { kind: 'file', bytes: encode(rerated()), contentType: 'application/ld+json' });
    expect(await updateNow()).toBe(`${CHECKER} updated to version 2.`);
    expect(server.hitsFor(FEED_PATH).at(-1)!.status).toBe(200);
    await expect.poll(cardText).toContain('1 newly rated mixed or misleading');
    const view = await sourceView();
    expect(view).toMatchObject({ dataset: { version: 2, claims: 3 }, previous: { version: 1 } });
    await expect
      .poll(articleMatch, { timeout: 20_000 })
      .toEqual({ status: 'rated-mixed', datasetId: view.dataset!.id });
  });
});
