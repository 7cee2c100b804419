/**
 * The reading memory in a real Chromium (issue "Follow-up"): the reader reads seed-003, whose claim
 * is still unconfirmed; the source they subscribe to publishes an update that denies it; the
 * alarm-driven check installs it; then "Since you read it" says so, the toolbar badge counts it
 * until the popup is opened, a notification exists when the permission is granted, "Your claims"
 * lists it then → now, the copied citation is exactly what a reader pastes, and "Forget everything"
 * empties the memory.
 *
 * The permission: Chrome asks the reader for an optional permission in a dialog of its own, which
 * a test cannot answer. The extension is loaded here with `notifications` granted from the start
 * (the built manifest lists it among the permissions, as if the reader had allowed it), so the
 * notification path runs in Chromium; refusing it is unit-tested (memory-follow-up.test.ts).
 *
 * Private windows: Playwright's persistent context (the only kind that loads an extension) opens no
 * incognito window, so that path (sender.tab.incognito) is covered by test/unit/memory-follow-up.test.ts.
 *
 * The run writes test/screenshots/since-you-read.png and your-claims.png for the README.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, toJsonFile } from '../../src/dataset/sign';
import type { Claim, Dataset } from '../../src/engine/model';
import type { MemoryEntry, Reply, SourcesState } from '../../src/shared/messages';
import { axeViolations, describeViolations } from './support/axe';
import { CHROME_DIST, launchExtension, POPUP_VIEWPORT, type ExtensionHarness } from './support/browser';
import { DatasetServer } from './support/dataset-server';
import { REPO_ROOT } from './support/server';

const SCREENSHOTS = join(REPO_ROOT, 'test/screenshots');
const CLAIMS_PATH = 'src/claims/index.html';
/** The claim seed-003 states, unconfirmed in the bundled default. */
const CLAIM_ID = 'russia-kz-betrayal-stab-in-back';
const TITLE = 'E2E follow-up desk';
const UPDATE_ALARM = 'afterword-dataset-updates';
const TODAY = new Date().toISOString().slice(0, 10);
const WAIT = { timeout: 30_000, interval: 200 };

const bundled = JSON.parse(readFileSync(join(REPO_ROOT, 'public/datasets/default.json'), 'utf8')) as Dataset;
const seedClaim = bundled.claims.find((c) => c.id === CLAIM_ID)!;

let harness: ExtensionHarness;
let server: DatasetServer;
let secret: Uint8Array;
let publicKey: string;
let sourceUrl: string;
let seedTabId: number;
let quietTabId: number;
/** A copy of the built extension with the notifications permission granted. */
let granted: string;

/** Version n of the publisher's dataset: the seed's claim, denied from version 2 on. */
function desk(version: number): Dataset {
  const events: Claim['events'] = [...seedClaim.events];
  if (version >= 2)
    events.push({
      date: TODAY,
      type: 'denied',
      actor: { name: 'A. Spokesperson', role: 'spokesperson', organisation: 'Ministry of Foreign Affairs' },
      source: { outlet: 'Wire', url: 'https://wire.example/denial' },
    });
  return {
    format: 'afterword-dataset',
    // The seed's claim names the dataset's outlets (format 1.1), like the bundled default.
    formatVersion: bundled.formatVersion,
    id: 'e2e-follow-desk',
    version,
    title: TITLE,
    asOf: TODAY,
    publisher: { name: 'E2E Desk', url: 'https://desk.example/' },
    license: { id: 'CC0-1.0' },
    // The outlets the seed's claim names go with it.
    ...(bundled.outlets ? { outlets: bundled.outlets } : {}),
    claims: [{ ...seedClaim, events }],
  };
}

async function publish(version: number): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(desk(version), null, 2) + '\n');
  server.set('desk.json', { kind: 'file', bytes });
  server.set('desk.json.sig', { kind: 'file', bytes: toJsonFile(await signBytes(bytes, secret)) });
}

async function ask<T extends MemoryEntry[] | SourcesState | unknown>(message: unknown): Promise<T> {
  const reply = await harness.sendMessage<Reply<never> & { value: T }>(message);
  if (!reply.ok) throw new Error((reply as { error: string }).error);
  return reply.value;
}

const memory = async () =>
  (await ask<{ entries: MemoryEntry[]; total: number }>({ type: 'memory:list' })) as {
    entries: MemoryEntry[];
    total: number;
  };
const remembered = async () => (await memory()).entries.find((e) => e.claimId === CLAIM_ID);

/** Runs in the service worker: chrome.* as the extension itself sees it. */
async function inWorker<T>(fn: (arg: string) => Promise<T>, arg = ''): Promise<T> {
  const worker = await harness.serviceWorker();
  return worker.evaluate(fn, arg);
}

beforeAll(async () => {
  const pair = await generateKeyPair();
  secret = toJsonFile(pair.secret);
  publicKey = new TextDecoder().decode(toJsonFile(pair.public));
  server = new DatasetServer();
  await server.start();
  sourceUrl = server.url('desk.json');
  await publish(1);
  // The built extension, with the optional notifications permission granted (see the header).
  granted = mkdtempSync(join(tmpdir(), 'afterword-granted-'));
  cpSync(resolve(process.env.AFTERWORD_EXTENSION_DIR ?? CHROME_DIST), granted, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(granted, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  expect(manifest.optional_permissions).toContain('notifications');
  manifest.permissions.push('notifications');
  manifest.optional_permissions = manifest.optional_permissions!.filter((p) => p !== 'notifications');
  writeFileSync(join(granted, 'manifest.json'), JSON.stringify(manifest));
  harness = await launchExtension({ extensionDir: granted });
  harness.network.allowSource(sourceUrl);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
  await server?.stop();
  if (granted) rmSync(granted, { recursive: true, force: true });
});

describe('the claims you read, and being told when one turns out false', () => {
  it('subscribes to the publisher, then remembers the claim seed-003 states, as shown: unconfirmed', async () => {
    const added = await ask({ type: 'sources:add', url: sourceUrl, publicKey });
    expect(added).toHaveProperty('sourceId');
    await expect
      .poll(async () => {
        const state = (await ask({ type: 'sources:list' })) as SourcesState;
        const source = state.sources.find((s) => s.url === sourceUrl);
        return source?.dataset?.version ?? source?.problem ?? source;
      }, WAIT)
      .toBe(1);

    const seed = await harness.openFixture('seed-003.html');
    seedTabId = await harness.tabIdOf(seed);
    await expect.poll(remembered, WAIT).toMatchObject({
      claimId: CLAIM_ID,
      shown: { status: 'unconfirmed' },
      now: 'unconfirmed',
      changed: false,
      article: { outlet: 'GDC', site: '127.0.0.1' },
    });
    // The address is kept only when the reader asks for it.
    expect((await remembered())!.article).not.toHaveProperty('url');
    // A page with no article: its badge has no count of its own.
    const quiet = await harness.openFixture('nonarticle-docs.html');
    quietTabId = await harness.tabIdOf(quiet);
    expect(await harness.badgeText(quietTabId)).toBe('');
  });

  it('with the notifications permission granted, the reader switches notifications on', async () => {
    const allowed = await (
      await harness.serviceWorker()
    ).evaluate(() =>
      (
        globalThis as unknown as { chrome: { permissions: { contains(p: unknown): Promise<boolean> } } }
      ).chrome.permissions.contains({ permissions: ['notifications'] }),
    );
    expect(allowed).toBe(true);
    expect(await ask({ type: 'memory:settings', notify: true })).toMatchObject({ notify: true });
  });

  it('the source publishes a denial; the alarm-driven check installs it; the change is news', async () => {
    await publish(2);
    // The source comes due (as when its interval has passed) and the update alarm fires.
    await inWorker(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('afterword-datasets');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('sources', 'readwrite');
        const store = tx.objectStore('sources');
        const all = store.getAll();
        all.onsuccess = () => {
          for (const s of all.result as { nextCheck?: number }[]) store.put({ ...s, nextCheck: 0 });
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await inWorker(
      async (name) =>
        (
          globalThis as unknown as { chrome: { alarms: { create(n: string, i: unknown): Promise<void> } } }
        ).chrome.alarms.create(name, { when: Date.now() + 500 }),
      UPDATE_ALARM,
    );
    await expect
      .poll(async () => {
        const state = (await ask({ type: 'sources:list' })) as SourcesState;
        return state.sources.find((s) => s.url === sourceUrl)?.dataset?.version;
      }, WAIT)
      .toBe(2);
    await expect.poll(remembered, WAIT).toMatchObject({ now: 'denied', changed: true, unseen: true });

    // The badge of a tab without a count of its own says so, in its own colour and tooltip.
    await expect.poll(() => harness.badgeText(quietTabId), WAIT).toBe('1');
    const [colour, title] = await inWorker(async (id) => {
      const action = (
        globalThis as unknown as {
          chrome: {
            action: {
              getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
              getTitle(d: { tabId: number }): Promise<string>;
            };
          };
        }
      ).chrome.action;
      const tabId = Number(id);
      return [await action.getBadgeBackgroundColor({ tabId }), await action.getTitle({ tabId })] as const;
    }, String(quietTabId));
    expect(colour).toEqual([0x17, 0x5c, 0xd3, 255]);
    expect(title).toBe('1 claim you read has changed since. Open Afterword to see it.');
    // The article's tab keeps its own count.
    expect(await harness.badgeText(seedTabId)).not.toBe('');

    // One notification for the update (never one per claim).
    const ids = await inWorker(async () =>
      Object.keys(
        await (
          globalThis as unknown as {
            chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
          }
        ).chrome.notifications.getAll(),
      ),
    );
    expect(ids.filter((id) => id.startsWith('afterword-changes-'))).toHaveLength(1);
  });

  it('"Since you read it" opens the popup, and the badge clears once it is seen', async () => {
    const popup = await harness.openPopup(seedTabId);
    const since = popup.locator('section[aria-labelledby="since-heading"]');
    await since.waitFor();
    expect((await since.innerText()).replace(/\s+/g, ' ')).toContain(
      'Denied the same day you read it on GDC — by A. Spokesperson (spokesperson, Ministry of Foreign Affairs).',
    );
    for (const colorScheme of ['dark', 'light'] as const) {
      await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      expect(describeViolations(await axeViolations(popup)), colorScheme).toBe('');
    }
    await expect.poll(() => harness.badgeText(quietTabId), WAIT).toBe('');
    expect(await remembered()).toMatchObject({ changed: true, unseen: false });
    await popup.setViewportSize({ ...POPUP_VIEWPORT });
    await since.screenshot({ path: join(SCREENSHOTS, 'since-you-read.png') });
    await popup.close();
  });

  it('Copy puts the citation on the clipboard, word for word', async () => {
    const popup = await harness.openPopup(seedTabId);
    await popup.evaluate(() => {
      const copied: string[] = [];
      (globalThis as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    const card = popup.locator(`article[data-claim="${CLAIM_ID}"]`).first();
    await card.getByRole('button', { name: /^Copy a citation of this claim/ }).click();
    await popup.getByText('Citation copied.').waitFor({ state: 'attached' });
    const [text] = await popup.evaluate(() => (globalThis as unknown as { copied: string[] }).copied);
    const locale = await popup.evaluate(() => navigator.language);
    const day = (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`));
    // The dataset gives the report no address: the citation names its outlet.
    const reported = seedClaim.events[0]!.source.url ?? seedClaim.events[0]!.source.outlet;
    expect(text).toBe(
      [
        `“${seedClaim.text}”`,
        `Still unconfirmed as of ${day(bundled.asOf)}.`,
        `Source: ${reported}`,
        `Dataset: “${bundled.title}”, version ${bundled.version}, data as of ${day(bundled.asOf)}.`,
      ].join('\n'),
    );

    // Follow: the claim is marked followed in the memory, and Stop following takes it out.
    await card.getByRole('button', { name: /^Follow this claim/ }).click();
    await expect.poll(async () => (await remembered())?.followed, WAIT).toBe(true);
    await popup.close();
  });

  it('"Your claims" lists it then → now, filters and searches, and "Forget everything" empties it', async () => {
    const page = await harness.newPage();
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(harness.extensionUrl(CLAIMS_PATH));
    const item = page.locator('li.memory-item', { hasText: seedClaim.text });
    await item.waitFor();
    const text = (await item.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Read on');
    expect(text).toContain('on GDC. Then: Unconfirmed.');
    expect(text).toContain('Denied the same day you read it on GDC');
    await page.getByLabel('Only claims that changed').check();
    await expect.poll(() => page.locator('li.memory-item').count()).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search your claims' }).fill('no such words anywhere');
    await page.getByText('No remembered claim matches.').waitFor();
    await page.getByRole('searchbox', { name: 'Search your claims' }).fill('stab in the back');
    await item.waitFor();
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'your-claims.png') });
    // No colour transition half-way through when axe reads the colours.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.emulateMedia({ colorScheme: 'light' });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await page.getByText('No claims remembered yet.', { exact: false }).waitFor();
    expect((await memory()).total).toBe(0);
    await page.close();
  });
});
