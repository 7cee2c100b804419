/**
 * The built Chrome extension against every fixture page in test/fixtures/pages/index.json:
 * - non-article and hard-negative pages: no highlight, no badge;
 * - seed pages: the results the lead recorded in <name>.expected.json — the badge counts the
 *   "match" entries, each match is highlighted on the page with text from the article, the
 *   background's results agree on kind, stance and verdict, and the popup for the tab shows every
 *   claim's canonical text and its verdict sentence in the UI language (English here), word for
 *   word as src/ui's builder writes it from the expected verdict's fields and the dataset
 *   (support/expected-verdict.ts);
 * - the page's performance timeline holds no afterword entry (the content script reports its
 *   timings to the background, so a page cannot detect the extension there);
 * - in each test, no network request: none by the extension, none by the fixture pages to outside
 *   the fixture server (checked after every test, so each answers for its own).
 * Needs `npm run build:test` first (dist/chrome).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShownMatch } from '../../src/shared/messages';
import { type ExtensionHarness, type HighlightInfo, OPTIONS_PATH, POPUP_VIEWPORT } from './support/browser';
import {
  claimTexts,
  expectedPath,
  FIXTURE_INDEX,
  type ExpectedMatch,
  type PageEntry,
  fixtureName,
  readExpected,
  readFixtureIndex,
  shippedClaims,
  squash,
} from './support/fixtures';
import { expectedVerdict } from './support/expected-verdict';
import { expectNoRequestsAfterEach } from './support/network-check';
import { REPO_ROOT } from './support/server';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';

const SCREENSHOT = resolve(REPO_ROOT, 'test/screenshots/popup-seed-000.png');

const index = readFixtureIndex();
if (!index)
  throw new Error(`${FIXTURE_INDEX} is missing: the extension is checked against its fixture pages`);

/** Every afterword-* highlight range's text, whitespace squashed. */
function rangeTexts(highlights: HighlightInfo[]): string[] {
  return highlights.flatMap((h) => h.ranges.map(squash));
}

/** Whether two passages overlap: one contains the other, or they share a run of at least 24 characters. */
function overlaps(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const need = Math.min(24, a.length, b.length);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + need <= short.length; i++) {
    if (long.includes(short.slice(i, i + need))) return true;
  }
  return false;
}

async function articleText(page: Page): Promise<string> {
  return squash(await page.evaluate(() => document.body.textContent ?? ''));
}

async function popupText(popup: Page): Promise<string> {
  return squash(await popup.evaluate(() => document.body.innerText));
}

/** Waits (up to 10 s) until every string shows in the popup, then returns the popup's text. */
async function waitForPopupText(popup: Page, wanted: string[]): Promise<string> {
  const squashed = wanted.map(squash);
  await popup
    .waitForFunction(
      (want) => {
        const text = document.body.innerText.replace(/\s+/g, ' ');
        return want.every((w) => text.includes(w));
      },
      squashed,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return popupText(popup);
}

describe('extension on fixture pages', () => {
  const pages: PageEntry[] = index;
  const texts = claimTexts();
  const claims = shippedClaims();

  /** The popup's English verdict sentence for an expected match, in the browser's UI locale. */
  const verdictSentence = (m: ExpectedMatch, uiLocale: string): string => {
    const shipped = claims.get(m.claimId);
    if (!shipped) throw new Error(`Claim ${m.claimId} is in no shipped dataset`);
    return expectedVerdict(m, shipped.claim, shipped.datasetAsOf, uiLocale);
  };
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await sharedExtension();
  });

  afterAll(async () => {
    await releaseSharedExtension();
  });

  expectNoRequestsAfterEach(() => harness);

  const tabState = (tabId: number) => harness.tabState(tabId);

  it('lists at least one page of each kind', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['hard-negative', 'non-article', 'pattern', 'seed']);
  });

  // Pattern pages (the matcher's known failure patterns) are checked in the unit suite.
  for (const entry of pages.filter((p) => p.kind === 'non-article' || p.kind === 'hard-negative')) {
    it(`${entry.kind} ${entry.file}: no highlight, no badge`, async () => {
      const page = await harness.openFixture(entry.file);
      const tabId = await harness.tabIdOf(page);
      expect(await harness.highlights(page)).toEqual([]);
      expect(await harness.badgeText(tabId)).toBe('');
      const state = await tabState(tabId);
      if (state.state === 'scanned') expect(state.matches.filter((m) => m.kind === 'match')).toEqual([]);
      // The popup for such a page must open without error (and, below, without network requests).
      const popup = await harness.openPopup(tabId);
      expect((await popupText(popup)).length).toBeGreaterThan(0);
      await popup.close();
      await page.close();
    });
  }

  for (const entry of pages.filter((p) => p.kind === 'seed')) {
    it(`seed ${entry.file}: badge, highlights, results and popup match ${fixtureName(entry.file)}.expected.json`, async () => {
      const expected = readExpected(entry.file);
      if (!expected) throw new Error(`Missing ${expectedPath(entry.file)}`);
      const matches = expected.matches.filter((m) => m.kind === 'match');

      const page = await harness.openFixture(entry.file);
      const tabId = await harness.tabIdOf(page);

      // Badge: the number of claims the article states.
      expect(await harness.badgeText(tabId)).toBe(matches.length === 0 ? '' : String(matches.length));

      // The background's results: the same claims, kinds, stances and verdicts.
      const state = await tabState(tabId);
      expect(state.state, 'tab state').toBe('scanned');
      const shown: ShownMatch[] = state.state === 'scanned' ? state.matches : [];
      const summarise = (m: ExpectedMatch | ShownMatch) => ({
        claimId: m.claimId,
        kind: m.kind,
        stance: m.stance,
        verdict: {
          status: m.verdict.status,
          relation: m.verdict.relation,
          days: m.verdict.days,
        },
      });
      const byId = (a: { claimId: string }, b: { claimId: string }) => a.claimId.localeCompare(b.claimId);
      expect(shown.map(summarise).sort(byId)).toEqual(expected.matches.map(summarise).sort(byId));

      // Highlights: every range has text from the article, and every match's passage is highlighted.
      const article = await articleText(page);
      const ranges = rangeTexts(await harness.highlights(page));
      for (const text of ranges) {
        expect(text.length, 'highlight text').toBeGreaterThan(0);
        expect(article, 'highlighted text comes from the article').toContain(text);
      }
      for (const match of matches) {
        const result = shown.find((m) => m.claimId === match.claimId);
        const sentence = squash(result?.sentence ?? '');
        expect(
          ranges.some((r) => overlaps(r, sentence)),
          `a highlight over the passage of ${match.claimId} ("${sentence}"); highlights: ${JSON.stringify(ranges)}`,
        ).toBe(true);
      }

      // The popup for this tab shows each claim's canonical text and, as that claim's verdict, the
      // exact English sentence src/ui writes from the expected verdict's fields.
      const popup = await harness.openPopup(tabId);
      const uiLocale = await popup.evaluate(() =>
        (
          globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
        ).chrome.i18n.getUILanguage(),
      );
      const wanted = expected.matches.map((m) => {
        const text = texts.get(m.claimId) ?? shown.find((s) => s.claimId === m.claimId)?.claim.text;
        if (!text) throw new Error(`Claim ${m.claimId} is in no shipped dataset`);
        return { claimId: m.claimId, text, verdict: verdictSentence(m, uiLocale) };
      });
      const shownText = await waitForPopupText(
        popup,
        wanted.flatMap((w) => [w.text, w.verdict]),
      );
      for (const want of wanted) {
        expect(shownText, 'popup text').toContain(squash(want.text));
        const card = popup.locator(`article[data-claim="${want.claimId}"]`);
        expect(
          squash((await card.locator('.verdict').textContent()) ?? ''),
          `verdict of ${want.claimId}`,
        ).toBe(want.verdict);
      }
      await popup.close();
      await page.close();
    });
  }

  it('the page cannot see the extension on its performance timeline (seed-000)', async () => {
    const entry = pages.find((p) => p.kind === 'seed' && p.file.startsWith('seed-000'));
    if (!entry) throw new Error('No seed-000 page in the fixture index');
    const page = await harness.openFixture(entry.file);
    // The content script did run here: it reported its timings to the background instead.
    const state = await tabState(await harness.tabIdOf(page));
    expect(state.state === 'scanned' ? state.timings?.highlight : undefined, 'highlight timing').toBeTypeOf(
      'number',
    );
    const entries = await page.evaluate(() =>
      performance
        .getEntries()
        .filter((e) => e.name.toLowerCase().startsWith('afterword'))
        .map((e) => `${e.entryType} ${e.name}`),
    );
    expect(entries).toEqual([]);
    await page.close();
  });

  it('screenshot: the popup on seed-000 (test/screenshots/popup-seed-000.png)', async () => {
    const seeds = pages.filter((p) => p.kind === 'seed');
    const entry = seeds.find((p) => p.file.startsWith('seed-000')) ?? seeds[0];
    if (!entry) throw new Error('No seed page in the fixture index');
    const page = await harness.openFixture(entry.file);
    const tabId = await harness.tabIdOf(page);
    const popup = await harness.openPopup(tabId);
    const expected = readExpected(entry.file);
    await waitForPopupText(popup, expected?.matches.map((m) => texts.get(m.claimId) ?? '') ?? []);
    // A popup is as tall as its content, up to 600 px.
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({
      width: POPUP_VIEWPORT.width,
      height: Math.min(POPUP_VIEWPORT.height, Math.max(height, 120)),
    });
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await popup.screenshot({ path: SCREENSHOT });
    await popup.close();
    await page.close();
  });

  it('the popup arrives in three files: its page, with every style inline and applied, and two scripts', async () => {
    const page = await harness.openFixture(pages.find((p) => p.kind === 'seed')!.file);
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    const loaded = await popup.evaluate(() => ({
      linkedSheets: [...document.styleSheets].filter((sheet) => sheet.href !== null).length,
      inlineSheets: document.querySelectorAll('head style').length,
      scripts: [...document.querySelectorAll('script[src], link[rel=modulepreload]')].map(
        (el) => new URL(el.getAttribute('src') ?? el.getAttribute('href')!, location.href).pathname,
      ),
      // base.css's colours and popup.css's header rule, both from the inlined sheets.
      headerBorder: getComputedStyle(document.querySelector('.popup-header')!).borderBottomStyle,
      bodyMargin: getComputedStyle(document.body).margin,
    }));
    expect(loaded.linkedSheets).toBe(0);
    expect(loaded.inlineSheets).toBeGreaterThan(0);
    expect(loaded.scripts).toEqual(['/src/popup/index.js', '/pages.js']);
    expect(loaded.headerBorder).toBe('solid');
    expect(loaded.bodyMargin).toBe('0px');
    await popup.close();
    await page.close();
  });

  it('the options page opens on the datasets in use', async () => {
    const options = await harness.newPage();
    await options.goto(harness.extensionUrl(OPTIONS_PATH), { waitUntil: 'load' });
    // What the page asks for on its own (the datasets' status) has been answered once it lists them.
    const installed = options.getByRole('region', { name: 'Installed datasets' });
    await installed.getByRole('listitem').first().waitFor({ timeout: 10_000 });
    expect(await installed.getByRole('listitem').count()).toBeGreaterThan(0);
    await options.close();
  });
});
