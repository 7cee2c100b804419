/**
 * The reading memory in a private window, in Firefox ESR with the Firefox build installed: an
 * article stating a tracked claim, opened in a private window (the extension opens it:
 * windows.create with incognito), is read as anywhere else and nothing of it is remembered; the same
 * article in an ordinary tab is remembered, so the test cannot pass for a memory that never works. (Chromium runs extensions under test only in a persistent profile, which cannot open
 * private windows.) The add-on is allowed in private windows as a reader allows it in about:addons:
 * the profile's extension-preferences.json carries that permission before Firefox starts.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, TabState } from '../../src/shared/messages';
import {
  addonId,
  FIREFOX,
  FIREFOX_AVAILABLE,
  FIREFOX_DIST,
  fixedHostPrefs,
  QUIET_PREFS,
} from './support/firefox';
import { startServer, type StaticServer } from './support/server';

const WAIT_MS = 30_000;

type ExtensionGlobal = {
  browser: {
    runtime: { sendMessage(x: unknown): Promise<unknown> };
    windows: { create(d: { incognito: boolean; url: string }): Promise<unknown> };
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      get(id: number): Promise<{ incognito: boolean }>;
    };
  };
};

describe.skipIf(!FIREFOX_AVAILABLE)('Firefox ESR, a private window: the reading memory', () => {
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}`;
  let browser: Browser;
  let pages: StaticServer;
  let extensionPage: Page;
  let profile: string;

  const send = async <T>(message: unknown): Promise<T> =>
    (await extensionPage.evaluate(
      (m) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage(m),
      message as never,
    )) as T;

  beforeAll(async () => {
    pages = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'afterword-firefox-private-'));
    writeFileSync(
      join(profile, 'extension-preferences.json'),
      JSON.stringify({ [addonId()]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        ...fixedHostPrefs(uuid),
      },
    });
    await browser.installExtension(FIREFOX_DIST);
    // The first-run page the extension opens on install is the test's way into the extension.
    const deadline = Date.now() + WAIT_MS;
    while (!extensionPage && Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(base)) extensionPage = page;
      }
    }
    if (!extensionPage) throw new Error('the extension opened no page of its own on install');
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The tab showing seed-003 once the background has read it, and whether it is private. */
  async function seedTab(incognito: boolean): Promise<{ id: number; tab: TabState }> {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const ids = await extensionPage.evaluate(async () =>
        (await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({})).map((t) => t.id ?? -1),
      );
      for (const id of ids) {
        const reply = await send<Reply<'tab:get'> | undefined>({ type: 'tab:get', tabId: id });
        const tab = reply?.ok ? reply.value.tab : undefined;
        if (tab?.state !== 'scanned' || !tab.page.url.endsWith('seed-003.html')) continue;
        const private_ = await extensionPage.evaluate(
          async (t) => (await (globalThis as unknown as ExtensionGlobal).browser.tabs.get(t)).incognito,
          id,
        );
        if (private_ === incognito) return { id, tab };
      }
    }
    throw new Error(`seed-003 was never read in ${incognito ? 'a private' : 'an ordinary'} tab`);
  }

  const memory = async () => {
    const reply = await send<Reply<'memory:list'>>({ type: 'memory:list' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };

  it('reads an article in a private window and remembers nothing of it; in an ordinary tab, it does', async () => {
    await extensionPage.evaluate(
      (url) => (globalThis as unknown as ExtensionGlobal).browser.windows.create({ incognito: true, url }),
      pages.url('seed-003.html'),
    );
    const inPrivate = await seedTab(true);
    expect(inPrivate.tab.state === 'scanned' && inPrivate.tab.matches.some((m) => m.kind === 'match')).toBe(
      true,
    );
    expect(await memory()).toEqual({ entries: [], total: 0 });

    // Opened by the extension too: a new page of the test's would open in the focused, private window.
    await extensionPage.evaluate(
      (url) => (globalThis as unknown as ExtensionGlobal).browser.windows.create({ incognito: false, url }),
      pages.url('seed-003.html'),
    );
    await seedTab(false);
    const deadline = Date.now() + WAIT_MS;
    let remembered = await memory();
    while (remembered.total === 0 && Date.now() < deadline) remembered = await memory();
    expect(remembered.total).toBeGreaterThan(0);
  });
});
