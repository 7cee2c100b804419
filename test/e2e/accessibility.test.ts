/**
 * Every reader-facing surface checked with axe-core in the E2E browser, in light and dark:
 * - the popup on seed-000, collapsed, with a card's timeline, "why" and "wrong match?" panels open,
 *   and with look-up results;
 * - the options page;
 * - the in-page card, for each status tone (with the stance, its mark sample and why), on a light
 *   and a dark page: the card's own renderCard() and stylesheet mounted in an open shadow root on a
 *   test page (the real one is closed to
 *   everything outside the content script, axe included; in-page.test.ts checks the real one's
 *   behaviour through the DevTools protocol);
 * and the keyboard: every control of the popup and the options page is reached with Tab and shows
 * its focus. Needs `npm run build:test` first.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardView } from '../../src/content/card';
import { axeViolations, describeViolations } from './support/axe';
import { OPTIONS_PATH, type ExtensionHarness } from './support/browser';
import { expectNoRequestsAfterEach } from './support/network-check';
import { bundleForPage } from './support/bundle';
import { focusables, tabThrough } from './support/keyboard';
import { REPO_ROOT } from './support/server';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';

const SCHEMES = ['light', 'dark'] as const;

let harness: ExtensionHarness;
expectNoRequestsAfterEach(() => harness, 'extension');
let tabId: number;

beforeAll(async () => {
  harness = await sharedExtension();
  const page = await harness.openFixture('seed-000.html');
  tabId = await harness.tabIdOf(page);
});

afterAll(async () => {
  await releaseSharedExtension();
});

async function popupFor(scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const popup = await harness.openPopup(tabId);
  await popup.emulateMedia({ colorScheme: scheme });
  return popup;
}

/** A paused site, so the options page lists one (with its "Resume" button). */
async function pauseSomeSite(): Promise<void> {
  await harness.sendMessage({ type: 'paused:set', url: 'https://paused.example/', paused: true });
}

/** The page's controls once the list has stayed the same for a while (no section still loading). */
async function settledFocusables(page: Page): Promise<string[]> {
  let last = await focusables(page);
  let same = 0;
  for (let i = 0; i < 50 && same < 4; i++) {
    await page.waitForTimeout(150);
    const now = await focusables(page);
    same = JSON.stringify(now) === JSON.stringify(last) ? same + 1 : 0;
    last = now;
  }
  return last;
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

it('axe finds what it should (the checks below are live)', async () => {
  const page = await harness.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><input type="text"><p style="color:#bbb;background:#fff">Faint text</p></main></body></html>',
  );
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast']));
  await page.close();
});

describe.each(SCHEMES)('axe, %s', (scheme) => {
  it('popup: the results as they open', async () => {
    const popup = await popupFor(scheme);
    await expectNoViolations(popup, 'popup, collapsed');
    const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
    await card.getByRole('button', { name: /^Timeline/ }).click();
    await card.getByRole('button', { name: 'Why this hint' }).click();
    await card.getByRole('button', { name: 'Wrong match?' }).click();
    await expectNoViolations(popup, 'popup, every panel of a card open');
    await card.getByRole('button', { name: 'Save report' }).click();
    await popup.getByText('1 wrong-match report on this device').waitFor();
    await expectNoViolations(popup, 'popup, a report saved');
    await harness.sendMessage({ type: 'reports:clear' });
    await popup.close();
  });

  it('popup: look-up results', async () => {
    const popup = await popupFor(scheme);
    await popup.getByRole('searchbox', { name: 'Look up a claim' }).fill('Kazakhstan CSTO');
    await popup.getByRole('heading', { name: /tracked claims? match/ }).waitFor();
    await popup
      .locator('.lookup article')
      .first()
      .getByRole('button', { name: /^Timeline/ })
      .click();
    await expectNoViolations(popup, 'popup, look-up');
    await popup.getByRole('searchbox').fill('zzzz');
    await popup.getByRole('heading', { name: 'No claims match “zzzz” — try fewer words.' }).waitFor();
    await expectNoViolations(popup, 'popup, look-up without results');
    // Misspelt: the claim is found anyway, and the spelling that finds it is offered.
    await popup.getByRole('searchbox').fill('assasination putn');
    const offer = popup.getByRole('button', { name: 'Did you mean “assassination putin”?' });
    await offer.waitFor();
    expect(await popup.locator('.lookup article h3').first().innerText()).toMatch(/assassination attempt/);
    expect(await popup.locator('.lookup article .source-line').first().innerText()).toMatch(/^From “.+” · /);
    await expectNoViolations(popup, 'popup, look-up with a suggestion');
    await offer.click();
    await expect.poll(() => popup.getByRole('searchbox').inputValue()).toBe('assassination putin');
    await popup.close();
  });

  it('options page', async () => {
    await pauseSomeSite();
    const options = await harness.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(harness.extensionUrl(OPTIONS_PATH), { waitUntil: 'load' });
    // Every section drawn and none still loading what it asked the background for.
    await options.waitForFunction(
      () =>
        document.querySelectorAll('section').length >= 3 &&
        !document.querySelector('[aria-busy="true"]') &&
        !/Loading/.test(document.body.innerText),
    );
    await expectNoViolations(options, 'options');
    await options.close();
  });
});

describe('axe, the in-page card', () => {
  let preview: string;

  beforeAll(async () => {
    preview = await bundleForPage(
      resolve(REPO_ROOT, 'test/e2e/support/card-preview.ts'),
      'AfterwordCardPreview',
    );
  });

  const base: CardView = {
    tone: 'denied',
    statusLabel: 'Denied',
    verdict: 'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
    claim: 'Claim: Kazakhstan will suspend its membership in the CSTO from early 2023.',
    stance: {
      label: 'This article reports the denial',
      mark: 'answers',
      why: 'From the words “denies” in the headline: “UPDATE: Kazakhstan denies it will suspend its membership in Russia-led CSTO”',
    },
    kicker: 'Afterword · what happened next',
    moreLabel: 'Timeline and sources',
    closeLabel: 'Close',
    dark: false,
  };
  const tones: [CardView['tone'], string][] = [
    ['denied', 'Denied'],
    ['confirmed', 'Confirmed'],
    ['unconfirmed', 'Unconfirmed'],
    ['mixed', 'Mixed rating'],
    ['retracted', 'Retracted'],
  ];

  for (const dark of [false, true]) {
    it(`every status tone on a ${dark ? 'dark' : 'light'} page`, async () => {
      const page = await harness.newPage();
      const background = dark ? '#121212' : '#ffffff';
      await page.setContent(
        `<!doctype html><html lang="en"><head><title>Card preview</title></head><body style="margin:0;background:${background};color:${dark ? '#e6e6e6' : '#1b1b1b'}"><main><h1>Card preview</h1><p>An article paragraph.</p></main></body></html>`,
      );
      await page.evaluate(preview);
      for (const [i, [tone, statusLabel]] of tones.entries()) {
        // Both mark samples, spreading and answering, across the tones.
        const mark = i % 2 === 0 ? 'answers' : 'spreads';
        await page.evaluate(
          (view) =>
            (
              window as unknown as { AfterwordCardPreview: { mountCard(v: unknown): void } }
            ).AfterwordCardPreview.mountCard(view),
          {
            ...base,
            stance: { ...base.stance!, mark },
            tone,
            statusLabel,
            dark,
          },
        );
        // Keyboard focus inside the card, as after a shortcut opened it.
        await page.keyboard.press('Tab');
        await expectNoViolations(page, `card ${tone}, ${dark ? 'dark' : 'light'}`);
      }
      await page.close();
    });
  }
});

describe('keyboard', () => {
  it('popup: Tab reaches every control, each with a visible focus, and Enter opens a panel', async () => {
    const popup = await popupFor('light');
    const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
    await card.getByRole('button', { name: 'Why this hint' }).click();
    await card.getByRole('button', { name: 'Wrong match?' }).click();
    const wanted = await focusables(popup);
    const stops = await tabThrough(popup);
    expect(stops.map((s) => s.label)).toEqual(wanted);
    expect(
      stops.filter((s) => !s.visible).map((s) => s.label),
      'controls without a visible focus',
    ).toEqual([]);
    // Open a timeline from the keyboard.
    const toggle = popup
      .locator('article[data-claim="putin-assassination-attempt-2022-09-14"]')
      .getByRole('button', { name: /^Timeline/ });
    await toggle.focus();
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await popup.keyboard.press(' ');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await popup.close();
  });

  it('options page: Tab reaches every control, each with a visible focus', async () => {
    await pauseSomeSite();
    const options = await harness.newPage();
    await options.goto(harness.extensionUrl(OPTIONS_PATH), { waitUntil: 'load' });
    await options.waitForFunction(() => document.querySelectorAll('section').length >= 3);
    // Every control the page has once its sections have loaded (they fill in from the background at
    // their own pace), whatever sections there are: each is reached by Tab, in document order.
    const wanted = await settledFocusables(options);
    expect(wanted.length).toBeGreaterThan(0);
    const stops = await tabThrough(options);
    expect(stops.map((s) => s.label)).toEqual(wanted);
    expect(stops.filter((s) => !s.visible).map((s) => s.label)).toEqual([]);
    // The page did not change under the walk, so the comparison above was with what was walked.
    expect(await focusables(options)).toEqual(wanted);
    await options.close();
  });
});
