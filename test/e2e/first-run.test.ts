/**
 * The first run: installing Afterword opens its first-run page (what it does, the legend of colours,
 * styles and badge, what never leaves the browser, how to add a dataset), in Chromium and in
 * Firefox; the same legend is one click away in the popup. axe finds nothing on either, light or
 * dark. Writes test/screenshots/first-run-{light,dark}.png and legend-{light,dark}.png. Needs
 * `npm run build:chrome:test` and `npm run build:firefox:test` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import {
  launchExtension,
  OPTIONS_PATH,
  POPUP_VIEWPORT,
  WELCOME_PATH,
  type ExtensionHarness,
} from './support/browser';
import { FIREFOX, FIREFOX_DIST, QUIET_PREFS } from './support/firefox';
import { REPO_ROOT } from './support/server';

const SCHEMES = ['light', 'dark'] as const;
const shot = (name: string) => resolve(REPO_ROOT, 'test/screenshots', `${name}.png`);
/** A laptop screen: the first-run page is meant to fit on one. */
const LAPTOP = { width: 1280, height: 800 };
/** How long the browser may take to open the first-run page after the install. */
const FIRST_RUN_TIMEOUT_MS = 15_000;

/** Colour-scheme changes fade the buttons' backgrounds in: axe must see them settled. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

describe('Chromium', () => {
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await launchExtension({ keepFirstRun: true, viewport: LAPTOP });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('installing opens the first-run page, once', async () => {
    const page = harness.firstRun;
    expect(page, 'no first-run page opened on install').toBeDefined();
    expect(page!.url()).toBe(harness.extensionUrl(WELCOME_PATH));
    await page!.getByRole('heading', { level: 1, name: 'Welcome to Afterword' }).waitFor();
    expect(await page!.title()).toBe('Welcome to Afterword');
    const welcomes = harness.context.pages().filter((p) => p.url().includes(WELCOME_PATH));
    expect(welcomes).toHaveLength(1);
  });

  it('explains the colours, the styles and the badge with samples of each, on one screen', async () => {
    const page = harness.firstRun!;
    await page.setViewportSize(LAPTOP);
    for (const name of ['What the marks mean', 'What never leaves your browser', 'Add a dataset'])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    const rows = await page.locator('.legend [data-group]').evaluateAll((els) =>
      els.map((el) => ({
        group: (el as HTMLElement).dataset.group,
        text: el.textContent,
        // The sample is drawn: a visible line under it in the group's colour.
        line: getComputedStyle(el.querySelector('.legend-mark')!).textDecorationColor,
      })),
    );
    expect(rows.map((r) => r.group)).toEqual(['false', 'mixed', 'unconfirmed', 'true']);
    expect(rows[0]!.text).toContain('Denied · Rated false · Retracted');
    expect(rows[0]!.line).toBe('rgb(229, 55, 42)');
    const styles = await page.locator('.legend [data-style] .legend-mark').evaluateAll((els) =>
      els.map((el) => ({
        line: getComputedStyle(el).textDecorationStyle,
        fill: getComputedStyle(el).backgroundColor,
      })),
    );
    expect(styles).toEqual([
      { line: 'solid', fill: 'rgba(229, 55, 42, 0.18)' },
      { line: 'double', fill: 'rgba(0, 0, 0, 0)' },
    ]);
    // One screen: nothing to scroll to on a laptop.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(LAPTOP.height);
  });

  it('leads to the options page to add a dataset', async () => {
    const page = harness.firstRun!;
    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Open settings and datasets' }).click();
    const options = await opened;
    await options.waitForLoadState('load');
    expect(options.url()).toBe(harness.extensionUrl(OPTIONS_PATH));
    await options.close();
  });

  describe.each(SCHEMES)('%s', (scheme) => {
    it(`first-run-${scheme}.png: axe finds nothing`, async () => {
      const page = harness.firstRun!;
      await page.emulateMedia({ colorScheme: scheme });
      await page.bringToFront();
      await settled(page);
      await expectNoViolations(page, `first-run page, ${scheme}`);
      await page.screenshot({ path: shot(`first-run-${scheme}`) });
    });

    it(`legend-${scheme}.png: the legend one click away in the popup`, async () => {
      const article = await harness.openFixture('seed-000.html');
      const popup = await harness.openPopup(await harness.tabIdOf(article));
      await popup.emulateMedia({ colorScheme: scheme });
      const toggle = popup.getByRole('button', { name: 'What the colours mean' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = popup.locator(`#${await toggle.getAttribute('aria-controls')}`);
      await panel.getByRole('heading', { name: 'The colour: what became of the claim' }).waitFor();
      expect(await panel.innerText()).toContain(
        'No tint, a double underline: the article reports the denial',
      );
      expect(await panel.innerText()).toContain('the mark and the badge take the more serious status');
      await settled(popup);
      await expectNoViolations(popup, `popup legend, ${scheme}`);
      await popup.setViewportSize(POPUP_VIEWPORT);
      await panel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await popup.screenshot({ path: shot(`legend-${scheme}`) });
      await popup.close();
      await article.close();
    });
  });

  it('made no network request', () => {
    const violations = harness.network.violations();
    expect(violations, harness.network.describe(violations)).toEqual([]);
  });
});

const firefoxAvailable = existsSync(FIREFOX) && existsSync(resolve(FIREFOX_DIST, 'manifest.json'));

describe.skipIf(!firefoxAvailable)('Firefox ESR', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: QUIET_PREFS,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('installing opens the first-run page', async () => {
    const before = new Set(await browser.pages());
    await browser.installExtension(FIREFOX_DIST);
    // Firefox's WebDriver BiDi reports a moz-extension:// tab's address as about:blank, so the page
    // is found by asking each new tab where it is.
    const deadline = Date.now() + FIRST_RUN_TIMEOUT_MS;
    let found: { page: PuppeteerPage; href: string } | undefined;
    while (!found && Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.endsWith(`/${WELCOME_PATH}`)) found = { page, href };
      }
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found, 'no first-run page opened on install').toBeDefined();
    expect(found!.href).toMatch(new RegExp(`^moz-extension://[^/]+/${WELCOME_PATH}$`));
    const page = found!.page;
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Welcome to Afterword', {
      timeout: 10_000,
    });
    const groups = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.legend [data-group]')].map((el) => el.dataset.group),
    );
    expect(groups).toEqual(['false', 'mixed', 'unconfirmed', 'true']);
  });
});
