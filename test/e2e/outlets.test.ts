/**
 * "About this site", the Outlets view and a claim's origin in the built extension, with pages
 * served under real outlets' host names (Chromium's --host-resolver-rules maps them to the local
 * fixture server; nothing reaches a DNS server):
 *
 * - a Euro Weekly News page with no tracked claim shows the outlet's record;
 * - a page of an unknown site, and a page on evil.example whose metadata says it is Euro Weekly
 *   News, show none: the address decides, never the page's own words;
 * - the seed-000 card says where its claim came from;
 * - the Outlets view opens from the popup and from the options page and searches;
 * - axe finds nothing on the new views; the README's pictures of them (light and dark, English and
 *   Russian) are taken here, each after asserting what it shows. Needs `npm run build:test` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import { launchExtension, OPTIONS_PATH, POPUP_VIEWPORT, type ExtensionHarness } from './support/browser';
import { expectNoRequestsAfterEach } from './support/network-check';
import { REPO_ROOT } from './support/server';

const SHOTS = resolve(REPO_ROOT, 'test/screenshots');
const shot = (name: string) => resolve(SHOTS, `${name}.png`);

/** The outlet's real host, an unknown news site, and the impostor's host. */
const EWN_HOST = 'www.euroweeklynews.com';
const UNKNOWN_HOST = 'www.steppeledger.example';
const IMPOSTOR_HOST = 'evil.example';
const HOSTS = [EWN_HOST, UNKNOWN_HOST, IMPOSTOR_HOST];

/** A news article of no tracked claim (a synthetic hard negative), and the page that only claims to be EWN. */
const NO_CLAIM_PAGE = 'negative-01-kazakhstan-wheat-export-quota.html';
const IMPOSTOR_PAGE = 'outlets/impostor.html';

const EWN_SAMPLE = '2 claims in your datasets name this outlet';
// The test browser's language is en-US, so dates are written the American way.
const EWN_CSTO_RECORD =
  'Reported on September 14, 2022; denied 1 day later by Aydos Sarym and Kassym-Jomart Tokayev; it reported the denial the same day.';
const SEED_ORIGIN =
  'First reported by @yellow_folder (Telegram channel) on September 14, 2022; then by Euro Weekly News (news outlet) on September 14, 2022.';

const SCHEMES = ['light', 'dark'] as const;

/** The fixture server serves test/fixtures/pages first, then test/fixtures (for outlets/…). */
const launch = (uiLanguage?: string) =>
  launchExtension({
    serveDirs: [resolve(REPO_ROOT, 'test/fixtures')],
    hostAliases: HOSTS,
    ...(uiLanguage ? { uiLanguage } : {}),
  });

let harness: ExtensionHarness;
expectNoRequestsAfterEach(() => harness);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

/** The popup for a page served under `host`, once the content script is done with it. */
async function popupFor(
  h: ExtensionHarness,
  host: string,
  path: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await h.openUrl(h.aliasUrl(host, path));
  const popup = await h.openPopup(await h.tabIdOf(page));
  return { page, popup };
}

const aboutSite = (popup: Page): Locator => popup.getByRole('region', { name: 'About this site' });

/** Sized like the real popup (as tall as its content, up to 600 px), scrolled to `target`. */
async function frame(popup: Page, target: Locator): Promise<void> {
  await popup.setViewportSize(POPUP_VIEWPORT);
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

describe('About this site', () => {
  it('shows Euro Weekly News’s record on its page that carries no tracked claim', async () => {
    const { page, popup } = await popupFor(harness, EWN_HOST, NO_CLAIM_PAGE);
    await popup.getByText('No tracked claims in this article').waitFor();
    const section = aboutSite(popup);
    await section.getByText(EWN_SAMPLE).waitFor();
    expect(await section.getByRole('heading', { level: 3 }).innerText()).toBe('Euro Weekly News');
    expect(await section.innerText()).toContain('news outlet');
    expect(await section.innerText()).toContain('Denied: 2');
    expect(await section.innerText()).toContain(EWN_CSTO_RECORD);
    await popup.close();
    await page.close();
  });

  it('shows nothing on an unknown site, nor on a page that only says it is Euro Weekly News', async () => {
    for (const [host, path] of [
      [UNKNOWN_HOST, NO_CLAIM_PAGE],
      [IMPOSTOR_HOST, IMPOSTOR_PAGE],
    ] as const) {
      const { page, popup } = await popupFor(harness, host, path);
      await popup.getByText('No tracked claims in this article').waitFor();
      // The popup asked and was told no outlet: ask the same question and wait for the same answer.
      const reply = await harness.sendMessage<{ ok: boolean; value?: { outlet: unknown } }>({
        type: 'outlets:site',
        url: page.url(),
      });
      expect(reply, host).toEqual({ ok: true, value: { outlet: null } });
      expect(await aboutSite(popup).count(), host).toBe(0);
      expect(await popup.locator('body').innerText(), host).not.toContain(EWN_SAMPLE);
      // The page's own words may be shown as what they are (its site name in the page line), never as a record.
      if (host === IMPOSTOR_HOST)
        expect(await popup.locator('.page-meta').innerText()).toContain('Euro Weekly News');
      await popup.close();
      await page.close();
    }
  });

  it('opens a claim of the record in the look-up, with its timeline', async () => {
    const { page, popup } = await popupFor(harness, EWN_HOST, NO_CLAIM_PAGE);
    const claim = 'Kazakhstan will suspend its membership in the CSTO from early 2023.';
    await aboutSite(popup).getByRole('button', { name: claim }).click();
    const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
    await card.getByRole('button', { name: /^Timeline/ }).waitFor();
    expect(await card.innerText()).toContain(SEED_ORIGIN);
    await popup.close();
    await page.close();
  });
});

describe('a claim’s origin', () => {
  it('the seed-000 card names where its claim came from', async () => {
    const { page, popup } = await popupFor(harness, EWN_HOST, 'seed-000.html');
    const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]').first();
    await card.getByText(SEED_ORIGIN, { exact: false }).waitFor();
    // The article's own site is Euro Weekly News: its record is under the claims.
    await aboutSite(popup).getByText(EWN_SAMPLE).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('the Outlets view', () => {
  it('opens from the popup’s footer, lists every outlet and searches by name, site and handle', async () => {
    const { page, popup } = await popupFor(harness, UNKNOWN_HOST, NO_CLAIM_PAGE);
    await popup.getByRole('button', { name: 'Outlets', exact: true }).click();
    await popup.getByText('Outlets: 12 of 12').waitFor();
    const search = popup.getByLabel('Search outlets by name, site or handle');
    // Focus lands in the view; Tab goes on to the search box.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Back to this page');
    await popup.keyboard.press('Tab');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const [query, name] of [
      ['weekly', 'Euro Weekly News'],
      ['tass.com', 'TASS'],
      ['@yellow_folder', '@yellow_folder'],
    ] as const) {
      await search.fill(query);
      await popup.locator('.outlets-list h3', { hasText: name }).waitFor();
      await popup.getByText('Outlets: 1 of 12').waitFor();
      expect(await popup.locator('.outlets-list h3').allInnerTexts(), query).toEqual([name]);
    }
    await popup.close();
    await page.close();
  });

  it('is on the options page', async () => {
    const options = await harness.newPage();
    await options.goto(harness.extensionUrl(OPTIONS_PATH));
    await options.getByRole('heading', { level: 2, name: 'Outlets in your datasets' }).waitFor();
    await options.getByText('Outlets: 12 of 12').waitFor();
    await options.getByLabel('Search outlets by name, site or handle').fill('euroweeklynews.com');
    await options.getByText(EWN_CSTO_RECORD).waitFor();
    await options.close();
  });
});

describe.each(SCHEMES)('axe and pictures, %s', (scheme) => {
  it(`about-site-${scheme}.png: no axe violations`, async () => {
    const { page, popup } = await popupFor(harness, EWN_HOST, NO_CLAIM_PAGE);
    await popup.emulateMedia({ colorScheme: scheme });
    await aboutSite(popup).getByText(EWN_CSTO_RECORD).waitFor();
    await expectNoAxeViolations(popup, `About this site, ${scheme}`);
    await frame(popup, popup.locator('.popup-main'));
    await popup.screenshot({ path: shot(`about-site-${scheme}`) });
    await popup.close();
    await page.close();
  });

  it(`outlets-${scheme}.png: no axe violations, in the popup and on the options page`, async () => {
    const { page, popup } = await popupFor(harness, EWN_HOST, NO_CLAIM_PAGE);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('button', { name: 'Outlets', exact: true }).click();
    await popup.getByText('Outlets: 12 of 12').waitFor();
    await popup.getByLabel('Search outlets by name, site or handle').fill('euro');
    await popup.getByText('Outlets: 1 of 12').waitFor();
    await expectNoAxeViolations(popup, `Outlets in the popup, ${scheme}`);
    await frame(popup, popup.locator('.outlets-panel'));
    await popup.screenshot({ path: shot(`outlets-${scheme}`) });
    await popup.close();
    await page.close();

    const options = await harness.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(harness.extensionUrl(OPTIONS_PATH));
    await options.getByText('Outlets: 12 of 12').waitFor();
    await expectNoAxeViolations(options, `the options page with its Outlets, ${scheme}`);
    await options.close();
  });
});

describe('in Russian', () => {
  let ru: ExtensionHarness;
  expectNoRequestsAfterEach(() => ru);
  beforeAll(async () => {
    ru = await launch('ru');
  });
  afterAll(async () => {
    await ru?.close();
  });

  it('about-site-ru.png and outlets-ru.png', async () => {
    const { page, popup } = await popupFor(ru, EWN_HOST, NO_CLAIM_PAGE);
    const section = popup.getByRole('region', { name: 'Об этом сайте' });
    await section.getByText('Утверждений в ваших наборах данных, связанных с этим изданием: 2').waitFor();
    expect(await section.innerText()).toContain('новостное издание');
    await frame(popup, popup.locator('.popup-main'));
    await popup.screenshot({ path: shot('about-site-ru') });

    await popup.getByRole('button', { name: 'Издания', exact: true }).click();
    await popup.getByText('Изданий: 12 из 12').waitFor();
    await popup.getByLabel('Поиск изданий по названию, сайту или аккаунту').fill('euro');
    await popup.getByText('Изданий: 1 из 12').waitFor();
    await expectNoAxeViolations(popup, 'Outlets in Russian');
    await frame(popup, popup.locator('.outlets-panel'));
    await popup.screenshot({ path: shot('outlets-ru') });
    await popup.close();
    await page.close();
  });
});
