/**
 * The interface follows the browser's language: Chromium started in Russian and in Ukrainian shows
 * the popup, the in-page card and the announcement from the extension's _locales, with Slavic plural
 * forms and dates written by Intl for that language; the look-up takes Cyrillic queries. Writes
 * test/screenshots/popup-ru.png and popup-uk.png. Needs `npm run build:test` first.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchExtension } from './support/browser';
import { shadowUi } from './support/closed-shadow';
import { clickPassage } from './support/page-tools';
import { REPO_ROOT } from './support/server';

const CASES = [
  {
    lang: 'ru',
    published: 'Опубликовано 14 сентября 2022 г.',
    section: 'В этой статье',
    chip: 'Опровергнуто',
    verdict: 'Опровергнуто через 1 день после публикации этой статьи — Aydos Sarym и Kassym-Jomart Tokayev.',
    announcement: 'Afterword: в этой статье 3 отслеживаемых утверждения',
    kicker: 'Afterword · что было дальше',
    query: 'Путин покушение',
    results: /Запросу «Путин покушение» соответству/,
    lookupVerdict: 'Опровергнуто 15 сентября 2022 г. — Dmitry Peskov (spokesman, the Kremlin).',
  },
  {
    lang: 'uk',
    published: 'Опубліковано 14 вересня 2022 р.',
    section: 'У цій статті',
    chip: 'Спростовано',
    verdict: 'Спростовано через 1 день після публікації цієї статті — Aydos Sarym і Kassym-Jomart Tokayev.',
    announcement: 'Afterword: у цій статті 3 відстежувані твердження',
    kicker: 'Afterword · що було далі',
    query: 'вихід з ОДКБ',
    results: /Запиту «вихід з ОДКБ» відповіда/,
    lookupVerdict:
      'Спростовано 25 вересня 2023 р. — Aibek Smadiyarov (spokesman, Ministry of Foreign Affairs of Kazakhstan).',
  },
];

describe.each(CASES)('the interface in $lang', (c) => {
  it('popup, look-up, card and announcement in the browser’s language', async () => {
    const harness = await launchExtension({ uiLanguage: c.lang });
    try {
      const page = await harness.openFixture('seed-000.html');
      const popup = await harness.openPopup(await harness.tabIdOf(page));
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(c.lang);
      const card = popup.locator('article[data-claim="kz-csto-suspension-2023"]');
      expect(await card.locator('.chip').textContent()).toBe(c.chip);
      expect(await card.locator('.verdict').textContent()).toBe(c.verdict);
      expect(await popup.locator('.page-meta').textContent()).toContain(c.published);
      expect(await popup.getByRole('region', { name: new RegExp(c.section) }).count()).toBe(1);
      await popup.screenshot({ path: resolve(REPO_ROOT, `test/screenshots/popup-${c.lang}.png`) });

      await popup.getByRole('searchbox').fill(c.query);
      await popup.getByRole('heading', { name: c.results }).waitFor();
      expect(await popup.locator('.lookup article .verdict').first().textContent()).toBe(c.lookupVerdict);
      await popup.close();

      await page.bringToFront();
      await clickPassage(page, 'Kazakhstan has reportedly announced it will suspend its membership');
      const ui = await shadowUi(page);
      expect(ui.liveText).toBe(c.announcement);
      expect(ui.texts).toEqual(expect.arrayContaining([c.kicker, c.chip, c.verdict]));
      expect(harness.network.violations()).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
