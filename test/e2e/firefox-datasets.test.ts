/**
 * The Firefox build in Firefox ESR (puppeteer-core over WebDriver BiDi), beyond the smoke test: the
 * dataset-update path (a URL source subscribed from the options page's side of the protocol,
 * installed, checked again with a 304, updated to a new version, rolled back), the options page
 * listing it beside the bundled default, the popup's claims and verdicts for a seed article, and the
 * toolbar's tooltip and badge for a page that is not an article, one with no tracked claim and one
 * with a claim —
 * the same messages and pages the Chromium suites drive, in Firefox's own extension runtime
 * (an event page instead of a service worker; moz-extension:// pages).
 *
 * Firefox gives an installed extension a random moz-extension:// host; the
 * `extensions.webextensions.uuids` pref fixes it for the add-on's id, so the test can open the
 * options page and the popup as tabs.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, SourcesState, SourceView, TabState } from '../../src/shared/messages';
import { desk, encodeJson } from '../support/dataset-host';
import { DatasetServer } from './support/dataset-server';
import { expectedVerdict } from './support/expected-verdict';
import { readExpected, shippedClaims, squash } from './support/fixtures';
import { FIREFOX, FIREFOX_AVAILABLE, FIREFOX_DIST, fixedHostPrefs, QUIET_PREFS } from './support/firefox';
import { startServer, type StaticServer } from './support/server';

/** How long a check or an install may take on a slow machine. */
const UPDATE_TIMEOUT_MS = 60_000;

describe.skipIf(!FIREFOX_AVAILABLE)('Firefox ESR: datasets, options and popup', () => {
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}`;
  let browser: Browser;
  let pages: StaticServer;
  let server: DatasetServer;
  let options: Page;
  let sourceId = '';

  /** A request to the background, sent from the options page as the page itself sends them. */
  async function send<T>(message: unknown): Promise<T> {
    return (await options.evaluate(
      (m) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
        ).browser.runtime.sendMessage(m),
      message as never,
    )) as T;
  }

  async function source(): Promise<SourceView | undefined> {
    const reply = await send<Reply<'sources:list'>>({ type: 'sources:list' });
    if (!reply.ok) throw new Error(reply.error);
    return (reply.value as SourcesState).sources.find((s) => s.id === sourceId);
  }

  /** Polls the source until `done` holds (the check runs in the background after the reply). */
  async function sourceWhen(done: (s: SourceView) => boolean): Promise<SourceView> {
    const deadline = Date.now() + UPDATE_TIMEOUT_MS;
    for (;;) {
      const s = await source();
      if (s && done(s)) return s;
      if (Date.now() > deadline) throw new Error(`the source never got there: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Where an extension page is, asked of the page (BiDi reports moz-extension:// tabs as about:blank). */
  const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

  /**
   * An extension page in a new tab. WebDriver BiDi may not navigate to moz-extension:// itself, so
   * the extension opens the tab (tabs.create from one of its pages) and the test finds it.
   */
  async function extensionPage(path: string): Promise<Page> {
    const url = `${base}/${path}`;
    const before = new Set(await browser.pages());
    await options.evaluate(
      (u) =>
        (
          globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }
        ).browser.tabs.create({
          url: u,
        }),
      url,
    );
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages())
        if (!before.has(page) && (await hrefOf(page)) === url) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not open`);
  }

  /** The page the extension opens on install (its first-run page), moved on to the options page. */
  async function firstExtensionPage(): Promise<Page> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const href = await hrefOf(page);
        if (href.startsWith(base)) {
          await page.evaluate((u) => location.assign(u), `${base}/src/options/index.html`);
          await page.waitForFunction(() => location.pathname === '/src/options/index.html', {
            timeout: 10_000,
          });
          return page;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the extension opened no page of its own on install');
  }

  /** The id of the tab showing `file` once the background has its state (no "tabs" permission: ids only). */
  async function scannedTab(file: string): Promise<number | undefined> {
    const deadline = Date.now() + UPDATE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const ids = await options.evaluate(async () =>
        (
          await (
            globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
          ).browser.tabs.query({})
        ).map((t) => t.id ?? -1),
      );
      for (const id of ids) {
        const reply = await send<Reply<'tab:get'> | undefined>({ type: 'tab:get', tabId: id });
        const tab: TabState | undefined = reply?.ok ? reply.value.tab : undefined;
        if (tab && tab.state !== 'idle' && tab.page?.url.endsWith(file)) return id;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return undefined;
  }

  /** The toolbar button of a tab as the reader sees it: the badge's text and the tooltip. */
  async function toolbar(tabId: number): Promise<{ text: string; title: string }> {
    return options.evaluate(async (id) => {
      const action = (
        globalThis as unknown as {
          browser: {
            action: {
              getBadgeText(d: { tabId: number }): Promise<string>;
              getTitle(d: { tabId: number }): Promise<string>;
            };
          };
        }
      ).browser.action;
      return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
  }

  beforeAll(async () => {
    pages = await startServer();
    server = new DatasetServer();
    await server.start();
    server.set('desk.json', { kind: 'file', bytes: encodeJson(desk(1)) });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        ...fixedHostPrefs(uuid),
      },
    });
    await browser.installExtension(FIREFOX_DIST);
    options = await firstExtensionPage();
    await options.waitForSelector('li.dataset', { timeout: 10_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await pages?.stop();
  });

  it('subscribes to a dataset address and installs it, listed beside the bundled default', async () => {
    const added = await send<Reply<'sources:add'>>({ type: 'sources:add', url: server.url('desk.json') });
    if (!added.ok) throw new Error(added.error);
    expect(added.value).toHaveProperty('sourceId');
    sourceId = (added.value as { sourceId: string }).sourceId;
    const installed = await sourceWhen((s) => s.dataset?.version === 1 && !s.running);
    expect(installed.dataset).toMatchObject({ id: 'desk', version: 1, claims: 1 });
    expect(installed.problem).toBeUndefined();

    // The options page lists it (it follows the sources' changes as they happen).
    await options.waitForFunction(
      (url) => [...document.querySelectorAll('li.dataset')].some((li) => li.textContent?.includes(url)),
      { timeout: 10_000 },
      server.url('desk.json'),
    );
    const cards = await options.$$eval('li.dataset h3', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards).toContain('Desk desk');
  });

  it('asks again with the validators and gets a 304: nothing changes', async () => {
    const before = server.hits.length;
    const reply = await send<Reply<'sources:update'>>({ type: 'sources:update', sourceId });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.outcomes).toEqual([{ sourceId, result: 'unchanged' }]);
    const asked = server.hits.slice(before).filter((h) => h.path === '/desk.json');
    expect(asked.map((h) => h.status)).toContain(304);
    expect(asked.find((h) => h.status === 304)?.ifNoneMatch).toBeTruthy();
    expect((await source())?.dataset?.version).toBe(1);
  });

  it('installs a new version, and a rollback returns to the one before and keeps it', async () => {
    server.set('desk.json', { kind: 'file', bytes: encodeJson(desk(2)) });
    const reply = await send<Reply<'sources:update'>>({ type: 'sources:update', sourceId });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.outcomes).toEqual([{ sourceId, result: 'updated', version: 2 }]);
    expect((await source())?.dataset).toMatchObject({ version: 2, claims: 2 });

    const rolled = await send<Reply<'sources:rollback'>>({ type: 'sources:rollback', sourceId });
    if (!rolled.ok) throw new Error(rolled.error);
    expect(rolled.value).toEqual({ version: 1 });
    const after = await sourceWhen((s) => s.dataset?.version === 1);
    expect(after.heldBack).toBe(2);
    // The rolled-back version is not taken again by the next check.
    const again = await send<Reply<'sources:update'>>({ type: 'sources:update', sourceId });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.outcomes[0]?.result).toBe('unchanged');
    expect((await source())?.dataset?.version).toBe(1);
  });

  it('shows the seed article’s claims in the popup, each with its verdict', async () => {
    const expected = readExpected('seed-000.html');
    if (!expected) throw new Error('seed-000.expected.json is missing');
    const wanted = expected.matches.filter((m) => m.kind === 'match');
    const article = await browser.newPage();
    await article.goto(pages.url('seed-000.html'), { waitUntil: 'load' });
    const tabId = await scannedTab('seed-000.html');
    expect(tabId, 'the seed article was never scanned').toBeDefined();

    const popup = await extensionPage(`src/popup/index.html?tab=${tabId!}`);
    await popup.waitForFunction(
      (n) => document.querySelectorAll('article[data-claim]').length >= n,
      { timeout: 10_000 },
      wanted.length,
    );
    const locale = await popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }
      ).browser.i18n.getUILanguage(),
    );
    const shipped = shippedClaims();
    for (const m of wanted) {
      const claim = shipped.get(m.claimId);
      if (!claim) throw new Error(`${m.claimId} is in no shipped dataset`);
      const verdict = await popup.$eval(
        `article[data-claim="${m.claimId}"] .verdict`,
        (el) => el.textContent ?? '',
      );
      expect(squash(verdict), m.claimId).toBe(expectedVerdict(m, claim.claim, claim.datasetAsOf, locale));
    }
    await popup.close();
    await article.close();
  });

  it('says in the toolbar tooltip which state each tab is in', async () => {
    const seen: Record<string, { text: string; title: string }> = {};
    for (const [what, file] of [
      ['not an article', 'nonarticle-forum.html'],
      ['no tracked claims', 'negative-02-csto-exercises-tajikistan.html'],
      ['claims', 'seed-004.html'],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(pages.url(file), { waitUntil: 'load' });
      const tabId = await scannedTab(file);
      expect(tabId, `${file} was never read`).toBeDefined();
      // The badge is set right after the tab's state; ask until the tooltip is no longer the default.
      const deadline = Date.now() + UPDATE_TIMEOUT_MS;
      let state = await toolbar(tabId!);
      while (state.title === 'Afterword' && Date.now() < deadline) state = await toolbar(tabId!);
      seen[what] = state;
      await page.close();
    }
    expect(seen).toEqual({
      'not an article': { text: '', title: "Afterword: this page doesn't look like a news article" },
      'no tracked claims': { text: '', title: 'Afterword: no tracked claims in this article' },
      claims: { text: '1', title: 'Afterword: 1 tracked claim in this article' },
    });
  });
});
