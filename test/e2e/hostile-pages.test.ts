/**
 * Pages built to be hard on Afterword (test/fixtures/hostile/, each carrying seed-000's article):
 * - css-reset: `* { all: unset !important }`, hidden spans/marks/dialogs/anything added to <html>,
 *   invisible selections and ::highlight overrides: the marks keep their look, the card still shows;
 * - dark: a dark site theme: the mark's line keeps ≥ 3:1 against the page, the text ≥ 4.5:1 over the tint,
 *   and the card follows the page's darkness;
 * - infinite-scroll: a second article appended on scroll (and the address moved along) gets read, its
 *   claims added relative to its own date, without a second announcement;
 * - iframes: ads and embeds, same-origin and opaque: only the top page is read, nothing breaks;
 * - strict-csp: `default-src 'none'; style-src 'self'; script-src 'self'`: highlights and a styled
 *   card, and no CSP violation at all.
 * Needs `npm run build:test` first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionHarness } from './support/browser';
import { expectNoRequestsAfterEach } from './support/network-check';
import { cardBox, shadowUi } from './support/closed-shadow';
import { markLook } from './support/marks';
import { clickPassage, intersects, passages, until } from './support/page-tools';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';

const SEED_000_CLAIMS = [
  'kz-csto-suspension-2023',
  'putin-assassination-attempt-2022-09-14',
  'tokayev-refuses-ldnr-recognition',
];
const KZ_PASSAGE = 'Kazakhstan has reportedly announced it will suspend its membership';

let harness: ExtensionHarness;
expectNoRequestsAfterEach(() => harness);

beforeAll(async () => {
  harness = await sharedExtension();
});

afterAll(async () => {
  await releaseSharedExtension();
});

async function claimIds(tabId: number): Promise<string[]> {
  const state = await harness.tabState(tabId);
  return state.state === 'scanned'
    ? state.matches
        .filter((m) => m.kind === 'match')
        .map((m) => m.claimId)
        .sort()
    : [];
}

/** How the mark over the passage holding `text` is drawn, as the browser computes it. */
async function highlightStyle(page: Page, text: string) {
  const look = await markLook(page, text);
  return look && { background: look.background, line: look.line, lineColor: look.lineColor };
}

/** Opens the card on the passage and checks it is laid out, visible at its place, and clear of the passage. */
async function expectCardShown(page: Page): Promise<void> {
  const passage = await clickPassage(page, KZ_PASSAGE);
  const box = await cardBox(page);
  expect(box, 'the card is laid out').not.toBeNull();
  expect(box!.width, 'the card has its own width (its stylesheet applied)').toBeGreaterThan(300);
  for (const rect of passage.rects) expect(intersects(rect, box!)).toBe(false);
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.tagName,
    [box!.x + box!.width / 2, box!.y + 12],
  );
  expect(onTop, 'the card is what the reader sees there').toBe('AFTERWORD-UI');
}

describe('hostile pages', () => {
  it('css-reset: highlights and the card survive the site resetting and hiding everything', async () => {
    const page = await harness.openFixture('hostile/css-reset.html');
    const tabId = await harness.tabIdOf(page);
    expect(await claimIds(tabId)).toEqual(SEED_000_CLAIMS);
    expect(await highlightStyle(page, KZ_PASSAGE)).toEqual({
      background: 'rgba(229, 55, 42, 0.18)',
      line: 'underline',
      lineColor: 'rgb(229, 55, 42)',
    });
    await expectCardShown(page);
    await page.close();
  });

  it('dark: the highlight stays visible and readable on a dark theme, and the card turns dark too', async () => {
    const page = await harness.openFixture('hostile/dark.html');
    const tabId = await harness.tabIdOf(page);
    expect(await claimIds(tabId)).toEqual(SEED_000_CLAIMS);
    const mark = await highlightStyle(page, 'has reportedly announced');
    expect(mark, 'the passage is marked').not.toBeNull();
    const colours = await page.evaluate((hl) => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const ratio = (a: number[], b: number[]) => {
        const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
        return (x! + 0.05) / (y! + 0.05);
      };
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.textContent!.includes('has reportedly announced'),
      )!;
      const page = parse(getComputedStyle(document.body).backgroundColor);
      const [r, g, b, a] = parse(hl.background);
      // The tint lies over the text too: the text's colour under it and the page's under it.
      const over = (c: number[]) => [r!, g!, b!].map((v, i) => v * a! + c[i]! * (1 - a!));
      const text = over(parse(getComputedStyle(p).color));
      const tint = over(page);
      return { underline: ratio(parse(hl.lineColor), page), text: ratio(text, tint), page, tint };
    }, mark!);
    expect(colours.underline, 'underline against the dark page').toBeGreaterThanOrEqual(3);
    expect(colours.text, 'page text over the highlight tint').toBeGreaterThanOrEqual(4.5);
    await expectCardShown(page);
    expect((await shadowUi(page)).cardClass).toBe('card tone--denied theme--dark');
    await page.close();
  });

  it('infinite-scroll: the appended article is read and its claims added, relative to its own date', async () => {
    const page = await harness.openFixture('hostile/infinite-scroll.html');
    const tabId = await harness.tabIdOf(page);
    expect(await claimIds(tabId)).toEqual(SEED_000_CLAIMS);
    expect(await harness.badgeText(tabId)).toBe('3');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const ids = await until(
      () => claimIds(tabId),
      (list) => list.length === 4,
    );
    expect(ids).toEqual([...SEED_000_CLAIMS, 'kz-am-csto-joint-withdrawal-talks'].sort());
    expect(page.url()).toMatch(/#kazakh-foreign-ministry-denies-talks$/);
    const state = await harness.tabState(tabId);
    const added =
      state.state === 'scanned'
        ? state.matches.find((m) => m.claimId === 'kz-am-csto-joint-withdrawal-talks')
        : undefined;
    expect(added?.page?.published).toBe('2023-09-25T15:16:00Z');
    expect(added?.verdict).toMatchObject({ status: 'denied', relation: 'same-day', days: 0 });
    // The first article's claims keep their own article's date.
    expect(
      state.state === 'scanned' &&
        state.matches.find((m) => m.claimId === 'kz-csto-suspension-2023')?.verdict.days,
    ).toBe(1);
    await until(
      () => harness.badgeText(tabId),
      (b) => b === '4',
    );
    const texts = (await passages(page)).map((p) => p.text).join(' | ');
    expect(texts).toContain('Kazakhstan and Armenia are not negotiating');
    expect(texts).toContain(KZ_PASSAGE);
    expect((await shadowUi(page)).liveText).toBe('Afterword: 3 tracked claims in this article');
    await page.close();
  });

  it('iframes: only the top page is read; frames get nothing; nothing breaks', async () => {
    const errors: string[] = [];
    const page = await harness.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.server.url('hostile/iframes.html'), { waitUntil: 'load' });
    await harness.waitForContentScript(page);
    const tabId = await harness.tabIdOf(page);
    // The sponsored frame is a full article of seed-004 (the joint-withdrawal claim): not read.
    expect(await claimIds(tabId)).toEqual(SEED_000_CLAIMS);
    expect(page.frames().length).toBeGreaterThanOrEqual(5);
    for (const frame of page.frames().slice(1)) {
      const inFrame = await frame
        .evaluate(() => ({
          highlights: CSS.highlights.size,
          hosts: document.querySelectorAll('afterword-ui').length,
        }))
        .catch(() => ({ highlights: 0, hosts: 0 }));
      expect(inFrame, frame.url()).toEqual({ highlights: 0, hosts: 0 });
    }
    const widget = page.frames().find((f) => f.url().endsWith('frames/widget.html'));
    expect(await widget?.evaluate(() => document.body.textContent)).toContain('Widget script ran.');
    await expectCardShown(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("strict-csp: highlights and a styled card under default-src 'none', with no CSP violation", async () => {
    const page = await harness.newPage();
    const response = await page.goto(harness.server.url('hostile/strict-csp.html'), { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'",
    );
    await harness.waitForContentScript(page);
    const tabId = await harness.tabIdOf(page);
    expect(await claimIds(tabId)).toEqual(SEED_000_CLAIMS);
    expect(await highlightStyle(page, KZ_PASSAGE)).toEqual({
      background: 'rgba(229, 55, 42, 0.18)',
      line: 'underline',
      lineColor: 'rgb(229, 55, 42)',
    });
    await expectCardShown(page);
    expect((await shadowUi(page)).texts).toContain(
      'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
    );
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });
});
