/**
 * The reader's language: Chromium in Russian and in Ukrainian shows the claims of seed-000 in the
 * default dataset's paraphrase in that language, in the popup, the look-up and the in-page card,
 * with the original English wording one click away. Writes test/screenshots/claim-{ru,uk}.png (the
 * popup) and card-{ru,uk}.png (the in-page card). Needs `npm run build:chrome:test` first.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchExtension, POPUP_VIEWPORT } from './support/browser';
import { cardBox, shadowUi } from './support/closed-shadow';
import { clickPassage } from './support/page-tools';
import { REPO_ROOT } from './support/server';

const ORIGINAL = 'Kazakhstan will suspend its membership in the CSTO from early 2023.';

const CASES = [
  {
    lang: 'ru',
    claim: 'Казахстан приостановит членство в ОДКБ с начала 2023 года.',
    toggle: 'Исходная формулировка (английский)',
    cardClaim: 'Утверждение: Казахстан приостановит членство в ОДКБ с начала 2023 года.',
    query: 'Казахстан ОДКБ',
  },
  {
    lang: 'uk',
    claim: 'Казахстан призупинить членство в ОДКБ з початку 2023 року.',
    toggle: 'Початкове формулювання (англійська)',
    cardClaim: 'Твердження: Казахстан призупинить членство в ОДКБ з початку 2023 року.',
    query: 'Казахстан ОДКБ',
  },
];

describe.each(CASES)('claims in $lang', (c) => {
  it('popup, look-up and card say the claim in the reader’s language; the original is a click away', async () => {
    const harness = await launchExtension({ uiLanguage: c.lang });
    try {
      const page = await harness.openFixture('seed-000.html');
      const popup = await harness.openPopup(await harness.tabIdOf(page));
      const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
      const heading = card.getByRole('heading', { level: 3 });
      expect(await heading.textContent()).toBe(c.claim);
      expect(await heading.getAttribute('lang')).toBe(c.lang);
      const toggle = card.getByRole('button', { name: c.toggle });
      await toggle.click();
      const original = card.locator('.claim-original-text');
      await original.waitFor();
      expect(await original.textContent()).toBe(ORIGINAL);
      expect(await original.getAttribute('lang')).toBe('en');
      // The search box says what it is for without being cut off.
      const box = popup.getByRole('searchbox');
      const fits = await box.evaluate((el: HTMLInputElement) => {
        const probe = document.createElement('span');
        const style = getComputedStyle(el);
        probe.style.font = style.font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = el.placeholder;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      expect(fits, 'the placeholder is cut off').toBe(true);
      await popup.setViewportSize(POPUP_VIEWPORT);
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await popup.screenshot({ path: resolve(REPO_ROOT, `test/screenshots/claim-${c.lang}.png`) });

      await box.fill(c.query);
      const result = popup.locator('.lookup article[data-claim="kz-csto-suspension-2023"]');
      await result.waitFor();
      expect(await result.getByRole('heading', { level: 3 }).textContent()).toBe(c.claim);
      expect(await result.getByRole('button', { name: c.toggle }).count()).toBe(1);
      await popup.close();

      await page.bringToFront();
      await page.setViewportSize({ width: 1100, height: 760 });
      const passage = await clickPassage(
        page,
        'Kazakhstan has reportedly announced it will suspend its membership',
      );
      const ui = await shadowUi(page);
      expect(ui.texts).toEqual(expect.arrayContaining([c.cardClaim, c.toggle, ORIGINAL]));
      const cardAt = (await cardBox(page))!;
      const top = Math.max(0, Math.min(passage.rects[0]!.top, cardAt.y) - 24);
      const bottom = Math.max(passage.rects.at(-1)!.bottom, cardAt.y + cardAt.height) + 24;
      await page.screenshot({
        path: resolve(REPO_ROOT, `test/screenshots/card-${c.lang}.png`),
        clip: { x: 0, y: top, width: 820, height: bottom - top },
      });
      expect(harness.network.violations()).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
