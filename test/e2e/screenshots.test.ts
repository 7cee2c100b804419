/**
 * The README's pictures, made by the test run from the built extension (test/screenshots/*.png),
 * in light and dark: the popup as it opens, the popup with a claim's timeline and "why this hint"
 * open, the card in the page, and look-up results. Each picture is also a check: the state it
 * shows is asserted before it is taken. Needs `npm run build:test` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_VIEWPORT, type ExtensionHarness } from './support/browser';
import { expectNoRequestsAfterEach } from './support/network-check';
import { cardBox, shadowUi } from './support/closed-shadow';
import { clickPassage } from './support/page-tools';
import { REPO_ROOT } from './support/server';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';

const DIR = resolve(REPO_ROOT, 'test/screenshots');
const shot = (name: string) => resolve(DIR, `${name}.png`);

let harness: ExtensionHarness;
expectNoRequestsAfterEach(() => harness);

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  harness = await sharedExtension();
});

afterAll(async () => {
  await releaseSharedExtension();
});

/** A popup is as tall as its content, up to 600 px: size the page like the real one before the picture. */
async function fitPopup(popup: Page): Promise<void> {
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({
    width: POPUP_VIEWPORT.width,
    height: Math.min(POPUP_VIEWPORT.height, Math.max(height, 120)),
  });
}

describe.each(['light', 'dark'] as const)('screenshots, %s', (scheme) => {
  it(`popup-${scheme}.png and popup-expanded-${scheme}.png`, async () => {
    const page = await harness.openFixture('seed-000.html');
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    await popup.emulateMedia({ colorScheme: scheme });
    await popup
      .getByText('Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.')
      .waitFor();
    await fitPopup(popup);
    await popup.screenshot({ path: shot(`popup-${scheme}`) });

    const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
    await card.getByRole('button', { name: /^Timeline/ }).click();
    await card.getByRole('button', { name: 'Why this hint' }).click();
    await card.getByText('Kassym-Jomart Tokayev, President of Kazakhstan').waitFor();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: shot(`popup-expanded-${scheme}`) });
    await popup.close();
    await page.close();
  });

  it(`card-${scheme}.png: the card next to its passage`, async () => {
    await harness.context.pages()[0]?.emulateMedia({ colorScheme: scheme });
    const page = await harness.openFixture(scheme === 'dark' ? 'hostile/dark.html' : 'seed-000.html');
    await page.setViewportSize({ width: 1100, height: 760 });
    const passage = await clickPassage(
      page,
      'Kazakhstan has reportedly announced it will suspend its membership',
    );
    const ui = await shadowUi(page);
    expect(ui.cardClass).toBe(scheme === 'dark' ? 'card tone--denied theme--dark' : 'card tone--denied');
    const box = (await cardBox(page))!;
    const top = Math.max(0, Math.min(passage.rects[0]!.top, box.y) - 24);
    const bottom = Math.max(passage.rects.at(-1)!.bottom, box.y + box.height) + 24;
    await page.screenshot({
      path: shot(`card-${scheme}`),
      clip: { x: 0, y: top, width: 820, height: bottom - top },
    });
    await page.close();
  });

  it(`lookup-${scheme}.png: look-up results as you type`, async () => {
    const page = await harness.openFixture('seed-000.html');
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    await popup.emulateMedia({ colorScheme: scheme });
    await popup
      .getByRole('searchbox', { name: 'Look up a claim' })
      .pressSequentially('Tokayev', { delay: 40 });
    await popup.getByRole('heading', { name: /tracked claims? match “Tokayev”/ }).waitFor();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.screenshot({ path: shot(`lookup-${scheme}`) });
    await popup.close();
    await page.close();
  });
});
