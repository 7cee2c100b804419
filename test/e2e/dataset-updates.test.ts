/**
 * Dataset sources and updates in a real Chromium with real HTTP. A publisher (dataset-server.ts)
 * serves one signed source, and each step changes what it serves: the same file (304), a newer
 * version, an older one, malformed JSON, an invalid claim, 200 MB, a body that trickles for a
 * minute, 404, 500, a redirect to http, a file signed by another key, a file of another dataset.
 * For each: what the options page says, and that a seed page is still matched with the last good
 * data. Then the service worker is stopped in the middle of an update (download, then install) and
 * started again: the old data is in use, nothing is corrupted, the update is retried. Throughout,
 * the extension contacts no host but the configured source.
 *
 * The run writes test/screenshots/options-*.png for the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, toJsonFile } from '../../src/dataset/sign';
import type { Claim, Dataset } from '../../src/engine/model';
import type { Reply, SourcesState, SourceView } from '../../src/shared/messages';
import { axeViolations, describeViolations } from './support/axe';
import { launchExtension, OPTIONS_PATH, type ExtensionHarness } from './support/browser';
import { DatasetServer } from './support/dataset-server';
import { stopServiceWorkers } from './support/service-worker';
import { REPO_ROOT } from './support/server';

const SCREENSHOTS = join(REPO_ROOT, 'test/screenshots');
const XI = 'xi-backs-kazakhstan';
const TITLE = 'E2E desk';
/** The large update: about 12 MB, long enough to install that the worker can be stopped in the middle. */
const LARGE_CLAIMS = 50_000;

let harness: ExtensionHarness;
let server: DatasetServer;
/** An http server on 127.0.0.2, an address the extension's CSP does not allow: it must never be reached. */
let decoy: DatasetServer;
let options: Page;
let sourceUrl: string;
let sourceId: string;
let keys: { secret: Uint8Array; public: string };
let otherSecret: Uint8Array;
const timings: Record<string, number> = {};

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');

function xiClaim(version: number): Claim {
  const events: Claim['events'] = [{ date: '2022-09-14', type: 'reported', source: { outlet: 'Xinhua' } }];
  if (version >= 2)
    events.push({
      date: '2022-09-15',
      type: 'confirmed',
      actor: { name: 'Xi Jinping' },
      source: { outlet: 'Xinhua' },
    });
  if (version >= 3)
    events.push({
      date: '2023-05-01',
      type: 'denied',
      actor: { name: 'A. Spokesperson' },
      source: { outlet: 'Wire' },
    });
  return {
    id: XI,
    text: 'Xi Jinping promised to support the independence and territorial integrity of Kazakhstan.',
    language: 'en',
    paraphrases: [],
    anchors: [
      { name: 'Xi Jinping', aliases: ['Xi Jinping', 'Xi'] },
      { name: 'Kazakhstan', aliases: ['Kazakhstan'] },
    ],
    tags: [],
    events,
  };
}

/** Version n of the publisher's dataset; `extra` claims make it as large as a test needs. */
function desk(version: number, extra = 0, id = 'e2e-desk'): Dataset {
  const claims: Claim[] = [xiClaim(version)];
  if (version >= 2) {
    claims.push({
      id: 'desk-second',
      text: 'The Collective Security Treaty Organisation held no summit in 2022.',
      language: 'en',
      paraphrases: [],
      anchors: [{ name: 'CSTO', aliases: ['CSTO', 'Collective Security Treaty Organisation'] }],
      tags: [],
      events: [{ date: '2022-10-14', type: 'reported', source: { outlet: 'Wire' } }],
    });
  }
  for (let i = 0; i < extra; i++) {
    claims.push({
      id: `bulk-${i}`,
      text: `Regional office ${i} announced ${['grain', 'fuel', 'rail', 'water', 'power'][i % 5]} quota number ${i} for district ${i % 700}.`,
      language: 'en',
      paraphrases: [],
      anchors: [],
      tags: [],
      events: [{ date: '2024-01-01', type: 'reported', source: { outlet: 'Bulletin' } }],
    });
  }
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id,
    version,
    title: TITLE,
    asOf: `2026-11-${String(10 + version).padStart(2, '0')}`,
    publisher: { name: 'E2E Desk', url: 'https://desk.example/' },
    license: { id: 'CC0-1.0' },
    claims,
  };
}

async function sign(bytes: Uint8Array, secret = keys.secret): Promise<Uint8Array> {
  return toJsonFile(await signBytes(bytes, secret));
}

/** Serves `bytes` as the source, with a signature by `secret` (none when null). */
async function publish(bytes: Uint8Array, secret: Uint8Array | null = keys.secret): Promise<void> {
  server.set('desk.json', { kind: 'file', bytes });
  if (secret) server.set('desk.json.sig', { kind: 'file', bytes: await sign(bytes, secret) });
  else server.delete('desk.json.sig');
}

async function sourcesState(): Promise<SourcesState> {
  const reply = await harness.sendMessage<Reply<'sources:list'>>({ type: 'sources:list' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

async function sourceView(): Promise<SourceView> {
  const found = (await sourcesState()).sources.find((s) => s.id === sourceId);
  if (!found) throw new Error('the source is gone');
  return found;
}

const card = () => options.locator('li.dataset', { hasText: sourceUrl });
const cardText = async () => (await card().innerText()).replace(/\s+/g, ' ');

/** Clicks a button on the options page and waits for the page to announce the outcome. */
async function clickAndWait(name: string | RegExp): Promise<string> {
  // The reader's page is in front (a background tab's timers are throttled to one a second).
  await options.bringToFront();
  const count = await options.locator('#datasets-live').getAttribute('data-count');
  await card().getByRole('button', { name }).click();
  await options.waitForFunction(
    (before) => document.getElementById('datasets-live')?.dataset.count !== before,
    count,
    {
      timeout: 90_000,
      polling: 50,
    },
  );
  return options.locator('#datasets-live').innerText();
}

/** "Update now" on the source's card; returns what the page announced. */
const updateNow = () => clickAndWait('Update now');

/** An update asked for by message, timed in the background's terms (no page in between). */
async function timedUpdate(label: string): Promise<Reply<'sources:update'>> {
  const started = performance.now();
  const reply = await harness.sendMessage<Reply<'sources:update'>>({ type: 'sources:update', sourceId });
  timings[label] = Math.round(performance.now() - started);
  return reply;
}

/** The status of the Xi claim as the background matched it on seed-000 (undefined: not matched). */
async function seedStatus(): Promise<{ status?: string; datasetId?: string; version?: number }> {
  const page = await harness.openFixture('seed-000.html');
  try {
    const state = await harness.tabState(await harness.tabIdOf(page));
    if (state.state !== 'scanned') return {};
    const xi = state.matches.find((m) => m.claimId === XI);
    const kz = state.matches.find((m) => m.claimId === 'kz-csto-suspension-2023');
    // The bundled default is matched all along.
    expect(kz?.verdict.status).toBe('denied');
    return xi ? { status: xi.verdict.status, datasetId: xi.datasetId, version: xi.claim.events.length } : {};
  } finally {
    await page.close();
  }
}

/** A screenshot of one part of the options page, with a margin of the page around it. */
async function screenshot(part: Locator, file: string): Promise<void> {
  await options.bringToFront();
  await part.scrollIntoViewIfNeeded();
  const box = (await part.boundingBox())!;
  const margin = 12;
  await options.screenshot({
    path: join(SCREENSHOTS, file),
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}

async function expectProblem(text: string | RegExp): Promise<void> {
  await expect
    .poll(cardText, { timeout: 15_000 })
    .toMatch(text instanceof RegExp ? text : new RegExp(escape(text)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  const pair = await generateKeyPair();
  keys = { secret: toJsonFile(pair.secret), public: new TextDecoder().decode(toJsonFile(pair.public)) };
  otherSecret = toJsonFile((await generateKeyPair()).secret);
  server = new DatasetServer();
  await server.start();
  sourceUrl = server.url('desk.json');
  decoy = new DatasetServer('127.0.0.2');
  await decoy.start();
  decoy.set('desk.json', { kind: 'file', bytes: encode(desk(9)) });
  harness = await launchExtension();
  harness.network.allowSource(sourceUrl);
  options = await harness.newPage();
  // Tall enough that the whole dataset list fits for the screenshots.
  await options.setViewportSize({ width: 760, height: 1600 });
  await options.goto(harness.extensionUrl(OPTIONS_PATH));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
  await server?.stop();
  await decoy?.stop();
  console.log('dataset update timings (ms):', JSON.stringify(timings));
});

describe('dataset sources and updates', () => {
  it('subscribes to a signed source from the options page and matches with it', async () => {
    await publish(encode(desk(1)));
    await options.getByLabel('Address of the dataset file').fill(sourceUrl);
    await options.getByLabel('Publisher’s public key (optional)').fill(keys.public);
    const started = Date.now();
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    // The new card gets the focus once it is listed; the first download fills it in.
    await expect.poll(cardText, { timeout: 20_000 }).toContain(TITLE);
    timings.firstInstall = Date.now() - started;
    sourceId = (await card().getAttribute('data-source'))!;
    const text = await cardText();
    expect(text).toContain('Subscribed');
    expect(text).toContain('Signed: only files signed with the publisher’s key');
    expect(text).toMatch(/Version\s*1\b/i);
    expect(text).toContain('Installed version 1');
    const view = await sourceView();
    expect(view).toMatchObject({ dataset: { id: 'e2e-desk', version: 1, claims: 1 }, signedBy: view.keyId });
    expect(await seedStatus()).toEqual({ status: 'unconfirmed', datasetId: 'e2e-desk', version: 1 });
  });

  it('the same file again costs a 304', async () => {
    const sigHits = server.hitsFor('desk.json.sig').length;
    expect(await updateNow()).toBe(`${TITLE} is up to date.`);
    expect(await timedUpdate('check304')).toMatchObject({
      ok: true,
      value: { outcomes: [{ result: 'unchanged' }] },
    });
    const last = server.hitsFor('desk.json').at(-1)!;
    expect(last.ifNoneMatch).toMatch(/^"/);
    expect(last.status).toBe(304);
    expect(server.hitsFor('desk.json.sig')).toHaveLength(sigHits);
    expect((await sourceView()).problem).toBeUndefined();
  });

  it('a newer version is installed, and the page says what changed', async () => {
    await publish(encode(desk(2)));
    expect(await updateNow()).toBe(`${TITLE} updated to version 2.`);
    await expectProblem('Last update, version 1 → 2');
    expect(await cardText()).toContain('1 claim added, 1 newly confirmed');
    await card().getByRole('button', { name: 'Show the claims' }).click();
    const detail = card().locator('.change-detail');
    await expect
      .poll(() => detail.innerText())
      .toContain('The Collective Security Treaty Organisation held no summit in 2022.');
    expect(await detail.innerText()).toMatch(
      /1 newly confirmed[\s\S]*Xi Jinping promised[\s\S]*\(was unconfirmed\)/,
    );
    expect(await seedStatus()).toEqual({ status: 'confirmed', datasetId: 'e2e-desk', version: 2 });
    await screenshot(card(), 'options-changes.png');
    await card().getByRole('button', { name: 'Hide the claims' }).click();
    await screenshot(options.locator('section[aria-labelledby="datasets-heading"]'), 'options-datasets.png');
  });

  // Each refusal: the page says why in plain words, version 2 stays in use, the seed page still matches with it.
  const refusals: [string, () => Promise<void>, string | RegExp][] = [
    [
      'an older version (a replayed file)',
      () => publish(encode(desk(1))),
      'is version 1, but version 2 is installed',
    ],
    [
      'malformed JSON',
      () => publish(new TextEncoder().encode('{"format": "afterword-dataset", "claims": [')),
      'is not a valid Afterword dataset: the file is not valid JSON',
    ],
    [
      'a valid file with an invalid claim',
      async () => {
        const bad = desk(3);
        bad.claims[0]!.events[0]!.date = '2022-02-30';
        await publish(encode(bad));
      },
      // In words: which claim (by place and id), which event, which field; the path at the end.
      /is not a valid Afterword dataset: the “date” of the 1st event of the 1st claim, “[^”]+”, must be .*\(claims\[0\]\.events\[0\]\.date\)/,
    ],
    [
      'a 200 MB body',
      async () => server.set('desk.json', { kind: 'huge', bytes: 200 * 1024 * 1024 }),
      'is larger than 128.0 MiB, the limit for a dataset',
    ],
    [
      'a body that trickles for a minute',
      async () => server.set('desk.json', { kind: 'trickle', everyMs: 2000, forMs: 60_000 }),
      /was too slow \(under 8 KB a second\)/,
    ],
    [
      '404',
      async () => server.set('desk.json', { kind: 'status', status: 404 }),
      `There is no file at ${'X'} (HTTP 404).`,
    ],
    [
      '500',
      async () => server.set('desk.json', { kind: 'status', status: 500 }),
      'failed (HTTP 500). Afterword will try again later.',
    ],
    [
      'a redirect to http',
      // To a host the CSP does not allow (loopback, so a decoy can prove nothing reached it).
      async () => server.set('desk.json', { kind: 'redirect', location: decoy.url('desk.json') }),
      'redirected the download to an address that is not https',
    ],
    [
      'a file signed by another key',
      () => publish(encode(desk(3)), otherSecret),
      'is not signed with the publisher’s key',
    ],
    [
      'a file with no signature',
      () => publish(encode(desk(3)), null),
      'is not signed, but this source requires the publisher’s signature',
    ],
    [
      'a file whose id is another dataset’s',
      () => publish(encode(desk(3, 0, 'other-desk'))),
      'holds the dataset “other-desk”, but this source installed “e2e-desk”',
    ],
  ];

  for (const [what, serve, says] of refusals) {
    it(`refuses ${what}, keeping the last good data`, async () => {
      await serve();
      const hitsBefore = server.hitsFor('desk.json').length;
      const started = Date.now();
      expect(await updateNow()).toBe(`The update of ${TITLE} failed; the details are shown with it.`);
      if (/500|200 MB|trickles/.test(what)) timings[what] = Date.now() - started;
      const expected = typeof says === 'string' ? says.replace('X', sourceUrl) : says;
      await expectProblem(expected);
      expect(await cardText()).toContain('Version 2 stays in use.');
      expect((await sourceView()).dataset?.version).toBe(2);
      expect(await seedStatus()).toEqual({ status: 'confirmed', datasetId: 'e2e-desk', version: 2 });
      const hits = server.hitsFor('desk.json').slice(hitsBefore);
      if (what === '500') expect(hits).toHaveLength(3);
      if (what === 'a 200 MB body') {
        // Cut while streaming: far less than 200 MB left the server.
        expect(hits[0]!.sent).toBeLessThan(200 * 1024 * 1024);
      }
      if (what === 'a body that trickles for a minute') expect(timings[what]).toBeLessThan(45_000);
      if (what === 'a redirect to http') expect(decoy.hits).toEqual([]);
      if (what === 'a valid file with an invalid claim') {
        await screenshot(card(), 'options-error.png');
      }
    });
  }

  it('the options page, with a refused update and what changed open, passes axe in light and dark', async () => {
    await options.bringToFront();
    await card().getByRole('button', { name: 'Show the claims' }).click();
    await expect.poll(() => card().locator('.change-detail').innerText()).toContain('Xi Jinping');
    for (const scheme of ['light', 'dark'] as const) {
      // Without motion: buttons fade their background over 120 ms, and axe must see the final colours.
      await options.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const violations = await axeViolations(options);
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    await card().getByRole('button', { name: 'Hide the claims' }).click();
  });

  it('rolls back to the previous version, with the keyboard, after saying what will change', async () => {
    await options.bringToFront();
    const count = await options.locator('#datasets-live').getAttribute('data-count');
    await card().getByRole('button', { name: 'Roll back to version 1' }).focus();
    await options.keyboard.press('Enter');
    // Nothing happens yet: the card asks, with what version 2 changed read backwards, the answer focused.
    const ask = card().getByRole('group', { name: `Roll back “${TITLE}” from version 2 to version 1?` });
    await expect
      .poll(() => ask.innerText())
      .toMatch(
        /1 claim will go back to its earlier status[\s\S]*Xi Jinping promised[\s\S]*\(now confirmed\)[\s\S]*1 claim will leave \(added in version 2\)[\s\S]*held no summit in 2022/,
      );
    const confirm = ask.getByRole('button', { name: 'Roll back', exact: true });
    await expect.poll(() => confirm.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await seedStatus()).toMatchObject({ version: 2 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const violations = await axeViolations(options);
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      (before) => document.getElementById('datasets-live')?.dataset.count !== before,
      count,
      { polling: 50 },
    );
    expect(await options.locator('#datasets-live').innerText()).toBe(
      `${TITLE} is back at version 1. Undone: 1 claim added, 1 newly confirmed.`,
    );
    await expectProblem('Version 2 was rolled back or discarded and will not be installed again');
    expect(await seedStatus()).toEqual({ status: 'unconfirmed', datasetId: 'e2e-desk', version: 1 });
  });

  it('a worker stopped mid-download leaves the old data in use, intact, and the update is retried', async () => {
    server.set('desk.json', { kind: 'gated', bytes: encode(desk(3)) });
    server.set('desk.json.sig', { kind: 'file', bytes: await sign(encode(desk(3))) });
    const pending = harness.sendMessage({ type: 'sources:update', sourceId }).catch(() => undefined);
    await server.halfSent();
    const stoppedAt = Date.now();
    await stopServiceWorkers(harness.context, options);
    void pending;
    server.release();

    await options.reload();
    await expectProblem('The last update was interrupted before it finished');
    const view = await sourceView();
    expect(view.dataset?.version).toBe(1);
    expect(view.running).toBeUndefined();
    // The alarm that retries it is set for within a few minutes.
    const worker = await harness.serviceWorker();
    const alarm = await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
        }
      ).chrome.alarms.get('afterword-dataset-updates'),
    );
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(stoppedAt + 3 * 60_000);
    expect(view.nextCheck).toBeLessThanOrEqual(stoppedAt + 3 * 60_000);
    expect(await seedStatus()).toEqual({ status: 'unconfirmed', datasetId: 'e2e-desk', version: 1 });

    await publish(encode(desk(3)));
    expect(await timedUpdate('updateSmall')).toMatchObject({
      ok: true,
      value: { outcomes: [{ result: 'updated', version: 3 }] },
    });
    await expect.poll(cardText).toMatch(/version\s*3\b/i);
    expect(await seedStatus()).toEqual({ status: 'denied', datasetId: 'e2e-desk', version: 3 });
  });

  it('a worker stopped while installing a large update leaves one whole version in use', async () => {
    const big = encode(desk(4, LARGE_CLAIMS));
    timings.largeBytes = big.byteLength;
    await publish(big);
    const pending = harness.sendMessage({ type: 'sources:update', sourceId }).catch(() => undefined);
    // Past the download: verifying (signature, schema) or installing (index, write, switch).
    // Polled on a timer: the options page may be a background tab, where animation frames stop.
    await options.waitForFunction(() => /Verifying…|Installing…/.test(document.body.innerText), null, {
      timeout: 30_000,
      polling: 20,
    });
    await stopServiceWorkers(harness.context, options);
    void pending;

    await options.reload();
    const view = await sourceView();
    // Either the switch had not happened (version 3) or it had (version 4): never anything in between.
    expect([3, 4]).toContain(view.dataset?.version);
    timings.stoppedInstallLeftVersion = view.dataset?.version ?? 0;
    expect(view.dataset?.claims).toBe(view.dataset?.version === 4 ? LARGE_CLAIMS + 2 : 2);
    const inUse = await harness.sendMessage<Reply<'datasets:list'>>({ type: 'datasets:list' });
    expect(inUse.ok && inUse.value.datasets.find((d) => d.id === 'e2e-desk')).toMatchObject({
      version: view.dataset?.version,
      claims: view.dataset?.claims,
    });
    expect((await seedStatus()).status).toBe('denied');

    const outcome = await timedUpdate('updateLarge');
    expect(outcome.ok && outcome.value.outcomes[0]?.result).toMatch(/^(updated|unchanged)$/);
    expect((await sourceView()).dataset).toMatchObject({ version: 4, claims: LARGE_CLAIMS + 2 });
    expect((await seedStatus()).status).toBe('denied');
  });

  it('an update that drops most claims is held, shown claim by claim, and installed when the reader agrees', async () => {
    // Version 4 has LARGE_CLAIMS + 2 claims; version 5 keeps 2 of them: far past the removal share.
    await publish(encode(desk(5)));
    expect(await updateNow()).toBe(
      `${TITLE}: version 5 waits for your answer, because it changes a large part of the dataset at once.`,
    );
    const held = card().locator('.held-update');
    await expect
      .poll(() => held.innerText(), { timeout: 30_000 })
      .toMatch(/Version 5 was not installed[\s\S]*claims removed[\s\S]*Regional office 0 announced/);
    // Nothing of it is in use yet.
    expect((await sourceView()).dataset).toMatchObject({ version: 4, claims: LARGE_CLAIMS + 2 });
    expect(await cardText()).toContain('Update waiting');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const violations = await axeViolations(options);
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    await screenshot(card(), 'options-held.png');

    expect(await clickAndWait('Install version 5')).toBe(`${TITLE} updated to version 5, as you chose.`);
    await expect.poll(async () => (await sourceView()).dataset?.version).toBe(5);
    await expect.poll(() => held.count()).toBe(0);
    expect((await sourceView()).previous?.version).toBe(4);
    expect(await seedStatus()).toEqual({ status: 'denied', datasetId: 'e2e-desk', version: 3 });
  });

  it('changing the publisher’s key names the new key and the old one, and changes nothing until confirmed', async () => {
    await options.bringToFront();
    const other = new TextDecoder().decode(toJsonFile((await generateKeyPair()).public));
    await card().getByRole('button', { name: 'Change the publisher’s key' }).click();
    await card().getByLabel(`Publisher’s public key for ${TITLE}`).fill(other);
    await card().getByRole('button', { name: 'Check the key' }).click();
    const question = card().getByRole('group', { name: /^Replace key [0-9a-f]{16} with key [0-9a-f]{16}/ });
    await expect.poll(() => question.count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const violations = await axeViolations(options);
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    const keyBefore = (await sourceView()).keyId;
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect((await sourceView()).keyId).toBe(keyBefore);
  });

  it('contacted no host but the configured source', () => {
    // The browser's view: every request the extension made, wherever it went.
    expect(harness.network.violations(), harness.network.describe()).toEqual([]);
    // The servers' view: the publisher saw only the source and its signature; the decoy nothing.
    expect([...new Set(server.hits.map((h) => h.path))].sort()).toEqual(['/desk.json', '/desk.json.sig']);
    expect(decoy.hits).toEqual([]);
  });
});
