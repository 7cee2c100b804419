/**
 * Datasets that disagree, in plain sight: the reader imports a fact-checker's dataset that denies a
 * claim the bundled default calls unconfirmed (Russia's "stab in the back", seed-003). The mark and
 * the badge take the denial (the article passes the claim on: the alarm), and the in-page card, the
 * popup's card and the look-up say "Datasets disagree: denied in … , unconfirmed in …"; the look-up
 * lists the claim once. axe finds nothing on the popup, light or dark. Writes
 * test/screenshots/disagreement-{light,dark}.png. Needs `npm run build:chrome:test` first.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundled from '../../public/datasets/default.json';
import type { Dataset } from '../../src/engine/model';
import type { ShownMatch } from '../../src/shared/messages';
import { axeViolations, describeViolations } from './support/axe';
import { launchExtension, OPTIONS_PATH, POPUP_VIEWPORT, type ExtensionHarness } from './support/browser';
import type { CardView } from '../../src/content/card';
import { bundleForPage } from './support/bundle';
import { shadowUi } from './support/closed-shadow';
import { clickPassage, passages } from './support/page-tools';
import { REPO_ROOT } from './support/server';

const CLAIM = 'russia-kz-betrayal-stab-in-back';
const DESK = 'Central Asia Fact Desk';
const DISAGREE = `Datasets disagree: denied in “${DESK}”, unconfirmed in “Afterword default claims”`;
/** The badge's alarm red (#b42318), as the browser reports a badge colour. */
const ALARM_RGBA = [180, 35, 24, 255];

/** The desk's dataset: the default's claim, with a denial the default does not have. */
function deskDataset(): Dataset {
  const base = bundled as unknown as Dataset;
  const claim = base.claims.find((c) => c.id === CLAIM)!;
  return {
    ...base,
    id: 'ca-fact-desk',
    version: 1,
    title: DESK,
    asOf: '2026-12-02',
    publisher: { name: DESK, url: 'https://desk.example/' },
    license: { id: 'CC0-1.0' },
    claims: [
      {
        ...claim,
        events: [...claim.events, { date: '2026-12-02', type: 'denied', source: { outlet: DESK } }],
      },
    ],
  };
}

let harness: ExtensionHarness;
let article: Page;
let tabId: number;

beforeAll(async () => {
  harness = await launchExtension();
  const options = await harness.newPage();
  await options.goto(harness.extensionUrl(OPTIONS_PATH));
  await options.locator('#import-file').setInputFiles({
    name: 'ca-fact-desk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(deskDataset())),
  });
  await options.getByText('Imported ca-fact-desk.json (version 1).').first().waitFor();
  await options.close();
  article = await harness.openFixture('seed-003.html');
  tabId = await harness.tabIdOf(article);
});

afterAll(async () => {
  await harness?.close();
});

async function lookUp(popup: Page, query: string) {
  await popup.getByRole('searchbox').fill(query);
  await popup.getByRole('heading', { name: /tracked claims? match/ }).waitFor();
  return popup.locator(`.lookup article[data-claim="${CLAIM}"]`);
}

it('the match takes the denial, keeps the default’s status beside it, and the badge sounds the alarm', async () => {
  const state = await harness.tabState(tabId);
  if (state.state !== 'scanned') throw new Error(`seed-003 was not scanned: ${state.state}`);
  const match = state.matches.find((m: ShownMatch) => m.claimId === CLAIM)!;
  expect(match.verdict.status).toBe('denied');
  expect(match.datasetTitle).toBe(DESK);
  expect(match.alternatives?.map((a) => [a.datasetTitle, a.verdict.status])).toEqual([
    ['Afterword default claims', 'unconfirmed'],
  ]);
  const worker = await harness.serviceWorker();
  const colour = await worker.evaluate(
    (tabId) =>
      (
        globalThis as unknown as {
          chrome: { action: { getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> } };
        }
      ).chrome.action.getBadgeBackgroundColor({ tabId }),
    tabId,
  );
  expect(colour).toEqual(ALARM_RGBA);
});

it('the passage is marked in the denial’s colour, as a claim the article passes on', async () => {
  const marks = await passages(article);
  const marked = marks.find((m) => m.text.includes('stab in the back'));
  expect(marked?.name).toBe('afterword-false');
});

it('the in-page card says the datasets disagree, under its status', async () => {
  await article.bringToFront();
  await clickPassage(article, 'stab in the back');
  const ui = await shadowUi(article);
  expect(ui.cardClass).toBe('card tone--denied');
  const texts = ui.texts;
  expect(texts).toContain(DISAGREE);
  expect(texts.indexOf(DISAGREE)).toBe(texts.indexOf('Denied') + 1);
});

describe.each(['light', 'dark'] as const)('popup, %s', (scheme) => {
  it(`disagreement-${scheme}.png: the card’s heading and the look-up say so`, async () => {
    const popup = await harness.openPopup(tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    const card = popup.locator(
      `section[aria-labelledby="sec-matches-heading"] article[data-claim="${CLAIM}"]`,
    );
    expect(await card.locator('.card-head .chip').textContent()).toBe('Denied');
    expect(await card.locator('.disagree').textContent()).toBe(DISAGREE);
    // Each dataset's own say is in the timeline panel.
    await card.getByRole('button', { name: /^Timeline/ }).click();
    await card.getByText('Other datasets say otherwise:').waitFor();
    await popup.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const violations = await axeViolations(popup);
    expect(violations, describeViolations(violations)).toEqual([]);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: resolve(REPO_ROOT, `test/screenshots/disagreement-${scheme}.png`) });

    const results = await lookUp(popup, 'stab in the back');
    expect(await results.count()).toBe(1);
    expect(await results.locator('.card-head .chip').textContent()).toBe('Denied');
    expect(await results.locator('.disagree').textContent()).toBe(DISAGREE);
    expect(await results.locator('.source-line').textContent()).toMatch(new RegExp(`^From “${DESK}”`));
    await popup.close();
  });
});

describe('axe, the in-page card with the disagreement and a claim’s original wording', () => {
  // The card's own renderCard() and stylesheet in an open shadow root (the real one is closed to axe).
  const view: CardView = {
    tone: 'denied',
    statusLabel: 'Опровергнуто',
    verdict: 'Опровергнуто 2 декабря 2026 г.',
    disagree:
      'Наборы данных расходятся: опровергнуто в «Central Asia Fact Desk», не подтверждено в «Afterword default claims»',
    claim: 'Утверждение: Россия считает дистанцирование Казахстана предательством, «ударом в спину».',
    claimLanguage: 'ru',
    original: {
      label: 'Исходная формулировка (английский)',
      text: 'Russia regards Kazakhstan\'s distancing from Moscow as a betrayal, a "stab in the back".',
      language: 'en',
    },
    stance: { label: 'Статья приписывает это другим', mark: 'spreads' },
    kicker: 'Afterword · что было дальше',
    moreLabel: 'Хронология и источники',
    closeLabel: 'Закрыть',
    dark: false,
  };

  for (const dark of [false, true]) {
    it(`on a ${dark ? 'dark' : 'light'} page, the original opened`, async () => {
      const preview = await bundleForPage(
        resolve(REPO_ROOT, 'test/e2e/support/card-preview.ts'),
        'AfterwordCardPreview',
      );
      const page = await harness.newPage();
      await page.setContent(
        `<!doctype html><html lang="ru"><head><title>Card preview</title></head><body style="margin:0;background:${dark ? '#121212' : '#ffffff'};color:${dark ? '#e6e6e6' : '#1b1b1b'}"><main><h1>Card preview</h1></main></body></html>`,
      );
      await page.evaluate(preview);
      await page.evaluate(
        (v) =>
          (
            window as unknown as { AfterwordCardPreview: { mountCard(v: unknown): void } }
          ).AfterwordCardPreview.mountCard(v),
        { ...view, dark },
      );
      await page.locator('afterword-preview summary').click();
      expect(await page.locator('afterword-preview details').getAttribute('open')).toBe('');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }
});

it('made no network request', () => {
  const violations = harness.network.violations();
  expect(violations, harness.network.describe(violations)).toEqual([]);
});
