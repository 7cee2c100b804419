/**
 * The reader's experience on the page, in Chromium with the built extension:
 * - a click on a highlighted passage opens a card next to it (never over it) in a closed shadow
 *   root the page cannot read; Escape, a click elsewhere and scrolling the passage away close it;
 * - the keyboard shortcuts (as the background relays them) step through the passages, selecting
 *   each, opening its card with focus in it, and hide/show the highlights;
 * - one announcement per page; nothing added to a page without tracked claims; no layout shift;
 * - "more" opens the toolbar popup on the claim's timeline; "Show on page" in the popup goes to the passage;
 * - pausing the site from the popup takes everything off and keeps it off across a reload;
 * - what the article does with a claim: a passage that reports its denial is drawn calmly (no fill,
 *   a double underline), never like one that spreads it, and the card says the stance in words and why;
 * - the toolbar's tooltip (and badge) for each state of a tab;
 * - the popup's controls over the page: hide/show the highlights, "Wrong match?" hiding its hint
 *   (remembered across a reload, undone from the popup), "Check this page anyway";
 * - and through all of it, no network request.
 * Needs `npm run build:test` first.
 */
import type { Disposable, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionHarness } from './support/browser';
import { cardBox, clickInCard, shadowUi } from './support/closed-shadow';
import { markLook } from './support/marks';
import {
  clickPassage,
  intersects,
  layoutShift,
  passages,
  recordLayoutShifts,
  sendCommand,
  toolbar,
  until,
} from './support/page-tools';
import { releaseSharedExtension, sharedExtension } from './support/shared-browser';
import { framesRendered } from './support/waits';
import { closeTarget, inToolbarPopup, toolbarPopupText, waitForToolbarPopup } from './support/toolbar-popup';

const KZ_PASSAGE = 'Kazakhstan has reportedly announced it will suspend its membership';
const KZ_VERDICT =
  'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.';
const KZ_CLAIM = 'Claim: Kazakhstan will suspend its membership in the CSTO from early 2023.';

let harness: ExtensionHarness;
let layoutShifts: Disposable | undefined;

beforeAll(async () => {
  harness = await sharedExtension();
  layoutShifts = await recordLayoutShifts(harness);
});

afterAll(async () => {
  await layoutShifts?.dispose();
  await releaseSharedExtension();
});

async function openSeed(): Promise<{ page: Page; tabId: number }> {
  const page = await harness.openFixture('seed-000.html');
  return { page, tabId: await harness.tabIdOf(page) };
}

describe('the card', () => {
  it('opens next to a clicked passage, never over it, says status, verdict and claim, and the page cannot read it', async () => {
    const { page } = await openSeed();
    const passage = await clickPassage(page, KZ_PASSAGE);
    const ui = await shadowUi(page);
    expect(ui.rootType).toBe('closed');
    expect(ui.cardClass).toBe('card tone--denied');
    expect(ui.texts).toEqual(
      expect.arrayContaining([
        'Afterword · what happened next',
        'Denied',
        KZ_VERDICT,
        KZ_CLAIM,
        'Timeline and sources',
      ]),
    );
    const box = await cardBox(page);
    expect(box, 'the card is laid out').not.toBeNull();
    expect(box!.width).toBeGreaterThan(200);
    const now = (await passages(page)).find((p) => p.text === passage.text)!;
    for (const rect of now.rects) expect(intersects(rect, box!), 'the card covers its passage').toBe(false);
    // The page sees one element and nothing inside it.
    const seen = await page.evaluate(() => {
      const hosts = document.querySelectorAll('afterword-ui');
      return {
        count: hosts.length,
        shadowRoot: hosts[0]?.shadowRoot ?? null,
        parent: hosts[0]?.parentElement?.tagName,
        inner: hosts[0]?.innerHTML,
      };
    });
    expect(seen).toEqual({ count: 1, shadowRoot: null, parent: 'HTML', inner: '' });
    await page.close();
  });

  it('closes on Escape, on a click elsewhere and when its passage is scrolled out of view', async () => {
    const { page } = await openSeed();
    await clickPassage(page, KZ_PASSAGE);
    expect((await shadowUi(page)).cardClass).not.toBeNull();
    await page.keyboard.press('Escape');
    expect((await shadowUi(page)).cardClass).toBeNull();

    await clickPassage(page, KZ_PASSAGE);
    await page.mouse.click(5, 5);
    expect((await shadowUi(page)).cardClass).toBeNull();

    await clickPassage(page, KZ_PASSAGE);
    await page.evaluate(() => window.scrollBy(0, 4000));
    await until(
      () => shadowUi(page),
      (ui) => ui.cardClass === null,
      3_000,
    );
    expect((await shadowUi(page)).cardClass).toBeNull();
    await page.close();
  });

  it('does not open when the reader selects text, and never cancels a click', async () => {
    const { page } = await openSeed();
    const passage = await clickPassage(page, KZ_PASSAGE);
    await page.keyboard.press('Escape');
    const r = passage.rects[0]!;
    // A drag that selects words of the passage.
    await page.mouse.move(r.left + 2, (r.top + r.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(r.left + 120, (r.top + r.bottom) / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => String(getSelection()).length)).toBeGreaterThan(3);
    expect((await shadowUi(page)).cardClass).toBeNull();
    const cancelled = await page.evaluate(
      ([x, y]) =>
        new Promise<boolean>((done) => {
          document.addEventListener('click', (e) => done(e.defaultPrevented), { once: true });
          document
            .elementFromPoint(x!, y!)!
            .dispatchEvent(
              new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y }),
            );
        }),
      [r.left + 4, (r.top + r.bottom) / 2],
    );
    expect(cancelled).toBe(false);
    await page.close();
  });
});

describe('keyboard', () => {
  it('next/previous passage select it, bring it into view, open its card with focus inside; Escape gives focus back', async () => {
    const { page, tabId } = await openSeed();
    const all = await passages(page);
    expect(all.length).toBeGreaterThanOrEqual(3);
    await sendCommand(harness, tabId, 'next-passage');
    expect(await page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim())).toBe(all[0]!.text);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AFTERWORD-UI');
    expect((await shadowUi(page)).cardClass).not.toBeNull();

    await sendCommand(harness, tabId, 'next-passage');
    expect(await page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim())).toBe(all[1]!.text);
    const second = (await passages(page))[1]!;
    const viewport = page.viewportSize()!;
    expect(second.rects[0]!.top).toBeGreaterThanOrEqual(0);
    expect(second.rects[0]!.bottom).toBeLessThanOrEqual(viewport.height);

    await sendCommand(harness, tabId, 'previous-passage');
    expect(await page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim())).toBe(all[0]!.text);
    await sendCommand(harness, tabId, 'previous-passage');
    expect(await page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim())).toBe(
      all.at(-1)!.text,
    );

    await page.keyboard.press('Escape');
    expect((await shadowUi(page)).cardClass).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('AFTERWORD-UI');
    await page.close();
  });

  it('Tab reaches the card’s buttons and Enter on "close" closes it', async () => {
    const { page, tabId } = await openSeed();
    await sendCommand(harness, tabId, 'next-passage');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await shadowUi(page)).cardClass).toBeNull();
    await page.close();
  });

  it('toggle-highlights hides every highlight and shows them again, and says so', async () => {
    const { page, tabId } = await openSeed();
    const before = await harness.highlights(page);
    expect(before.length).toBeGreaterThan(0);
    await sendCommand(harness, tabId, 'toggle-highlights');
    expect(await harness.highlights(page)).toEqual([]);
    await until(
      () => shadowUi(page),
      (ui) => ui.liveText === 'Afterword: highlights hidden',
    );
    await sendCommand(harness, tabId, 'toggle-highlights');
    expect(await harness.highlights(page)).toEqual(before);
    await page.close();
  });
});

describe('announcement, additions, layout', () => {
  it('announces the count once per page, in one polite live region', async () => {
    const { page } = await openSeed();
    const ui = await until(
      () => shadowUi(page),
      (u) => u.liveText !== null && u.liveText !== '',
    );
    expect(ui.liveText).toBe('Afterword: 3 tracked claims in this article');
    await clickPassage(page, KZ_PASSAGE);
    await page.keyboard.press('Escape');
    expect((await shadowUi(page)).liveText).toBe('Afterword: 3 tracked claims in this article');
    await page.close();
  });

  it('adds nothing at all to pages without tracked claims', async () => {
    for (const file of [
      'nonarticle-forum.html',
      'negative-02-csto-exercises-tajikistan.html',
      'negative-06-tokayev-meets-xi-astana.html',
    ]) {
      const page = await harness.openFixture(file);
      // The content script is done with the page: the background holds its verdict on it.
      const state = await harness.tabState(await harness.tabIdOf(page));
      expect(['not-article', 'scanned'], file).toContain(state.state);
      const added = await page.evaluate(() => ({
        htmlChildren: [...document.documentElement.children].map((c) => c.tagName),
        hosts: document.querySelectorAll('afterword-ui').length,
      }));
      expect(added, file).toEqual({ htmlChildren: ['HEAD', 'BODY'], hosts: 0 });
      expect(await harness.highlights(page), file).toEqual([]);
      await page.close();
    }
  });

  it('shifts nothing: no layout shift from the highlights, the card or the announcement', async () => {
    const { page } = await openSeed();
    await clickPassage(page, KZ_PASSAGE);
    // The card is up, and the frames after it rendered (each frame reports its shifts).
    await expect.poll(async () => (await shadowUi(page)).cardClass).not.toBeNull();
    await framesRendered(page);
    expect(await layoutShift(page)).toBe(0);
    await page.close();
  });
});

describe('between the card and the popup', () => {
  it('"Timeline and sources" in the card opens the toolbar popup on that claim, timeline open', async () => {
    const { page } = await openSeed();
    await clickPassage(page, KZ_PASSAGE);
    await clickInCard(page, 'more');
    const target = await waitForToolbarPopup(harness.context, harness.extensionId);
    expect(target, 'a toolbar popup').not.toBeNull();
    const text = await toolbarPopupText(harness.context, target!, KZ_VERDICT);
    expect(text, text).toContain(KZ_VERDICT);
    const open = await inToolbarPopup(
      harness.context,
      target!,
      `(() => { const c = document.querySelector('[data-claim="kz-csto-suspension-2023"]'); return c && !c.querySelector('.panel--timeline').hidden; })()`,
    );
    expect(open, 'the claim’s timeline is open').toBe(true);
    await closeTarget(harness.context, target!);
    await page.close();
  });

  it('"Show on page" in the popup brings the passage into view, selected, with its card', async () => {
    const { page, tabId } = await openSeed();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await harness.openPopup(tabId);
    const card = popup.locator('article[data-claim="putin-assassination-attempt-2022-09-14"]');
    await card.getByRole('button', { name: 'Why this hint' }).click();
    await card.getByRole('button', { name: 'Show on page' }).click();
    await page.bringToFront();
    const selected = await until(
      () => page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim()),
      (s) => s.length > 0,
    );
    expect(selected).toContain('Putin reportedly survived an assassination attempt');
    const ui = await shadowUi(page);
    expect(ui.texts).toContain(
      'Denied by Dmitry Peskov (spokesman, the Kremlin) one day after this article was published.',
    );
    await popup.close();
    await page.close();
  });
});

describe('pausing a site', () => {
  it('takes everything off the page, keeps it off across a reload, and reads the page again when resumed', async () => {
    const { page, tabId } = await openSeed();
    const popup = await harness.openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: 'Check articles on 127.0.0.1' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await popup.getByRole('heading', { name: 'Afterword is paused on 127.0.0.1' }).waitFor();
    await until(
      () => harness.highlights(page),
      (h) => h.length === 0,
    );
    expect(await page.evaluate(() => document.querySelectorAll('afterword-ui').length)).toBe(0);
    expect(await harness.badgeText(tabId)).toBe('');

    await page.reload({ waitUntil: 'load' });
    const paused = await until(
      () => harness.tabState(tabId),
      (s) => s.state === 'paused',
    );
    expect(paused.state).toBe('paused');
    expect(await harness.highlights(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('afterword-ui').length)).toBe(0);

    await popup.reload();
    await popup.getByRole('switch').click();
    const back = await until(
      () => harness.highlights(page),
      (h) => h.length > 0,
    );
    expect(back.length).toBeGreaterThan(0);
    expect(await harness.badgeText(tabId)).toBe('3');
    await popup.close();
    await page.close();
  });
});

/** seed-001's headline reports the denial of the claim the badge counts. */
const DENIAL_HEADLINE = 'Kazakhstan denies it will suspend its membership';
const PUTIN_CLAIM_ID = 'putin-assassination-attempt-2022-09-14';
const PUTIN_PASSAGE = 'Putin reportedly survived an assassination attempt';
/** The badge's alarm colour (src/background/toolbar.ts), as chrome.action reports it: RGBA. */
const ALARM_RGBA = [0xb4, 0x23, 0x18, 255];

/** The mark over a passage (its look's name), and how the browser draws it there. */
const markOf = (page: Page, text: string) => markLook(page, text);

describe('what the article does with the claim', () => {
  it('seed-001: the headline that reports the denial is drawn calmly, and its card says so and why', async () => {
    const page = await harness.openFixture('seed-001.html');
    const headline = await markOf(page, DENIAL_HEADLINE);
    expect(headline, 'the headline is marked').not.toBeNull();
    // Denied (the red family), but answered: no alarm fill, a double underline.
    expect(headline).toMatchObject({
      name: 'afterword-false-answers',
      line: 'underline',
      lineStyle: 'double',
    });
    expect(headline!.background).toBe('rgba(0, 0, 0, 0)');
    // A claim the article passes on, later denied, keeps the alarm's fill and single line.
    const spread = await markOf(page, PUTIN_PASSAGE);
    expect(spread).toMatchObject({ name: 'afterword-false', lineStyle: 'solid' });
    expect(spread!.background).not.toBe('rgba(0, 0, 0, 0)');

    await clickPassage(page, DENIAL_HEADLINE);
    const ui = await shadowUi(page);
    expect(ui.texts).toEqual(
      expect.arrayContaining(['Denied', KZ_VERDICT, 'This article reports the denial']),
    );
    const why = ui.texts.find((text) => text.startsWith('From the words “'));
    expect(why, ui.texts.join(' | ')).toMatch(
      /^From the words “[^”]+” in the headline: “UPDATE: Kazakhstan denies/,
    );
    await page.close();
  });
});

describe('the toolbar', () => {
  it('says in its tooltip which state the tab is in, with the alarm colour only where the article spreads a denied claim', async () => {
    const seen: Record<string, { title: string; text: string; colour: number[] }> = {};
    const visit = async (file: string) => {
      const page = await harness.openFixture(file);
      const tabId = await harness.tabIdOf(page);
      return { page, tabId, state: await toolbar(harness, tabId) };
    };
    for (const [what, file] of [
      ['not an article', 'nonarticle-forum.html'],
      ['no tracked claims', 'negative-02-csto-exercises-tajikistan.html'],
      ['related claims only', 'negative-13-kazakhstan-hosts-csto-exercise-de.html'],
      ['claims, none spread and later denied', 'seed-004.html'],
      ['claims, some spread and later denied', 'seed-000.html'],
    ] as const) {
      const { page, state } = await visit(file);
      seen[what] = state;
      await page.close();
    }
    expect(seen['not an article']).toMatchObject({
      text: '',
      title: "Afterword: this page doesn't look like a news article",
    });
    expect(seen['no tracked claims']).toMatchObject({
      text: '',
      title: 'Afterword: no tracked claims in this article',
    });
    expect(seen['related claims only']).toMatchObject({
      text: '',
      title: 'Afterword: 1 related claim, none stated in this article',
    });
    expect(seen['claims, none spread and later denied']).toMatchObject({
      text: '1',
      title: 'Afterword: 1 tracked claim in this article',
    });
    expect(seen['claims, none spread and later denied']!.colour).not.toEqual(ALARM_RGBA);
    expect(seen['claims, some spread and later denied']).toMatchObject({
      text: '3',
      title:
        'Afterword: 3 tracked claims in this article — 2 of them, stated or passed on here, were later denied, rated false or retracted',
      colour: ALARM_RGBA,
    });

    // Paused on this site, from the popup's switch as a reader does it; then back on.
    const { page, tabId } = await openSeed();
    const popup = await harness.openPopup(tabId);
    await popup.getByRole('switch', { name: 'Check articles on 127.0.0.1' }).click();
    const paused = await until(
      () => toolbar(harness, tabId),
      (t) => t.title === 'Afterword is paused on 127.0.0.1',
    );
    expect(paused).toMatchObject({ text: '', title: 'Afterword is paused on 127.0.0.1' });
    await popup.getByRole('switch').click();
    await until(
      () => toolbar(harness, tabId),
      (t) => t.text === '3',
    );
    await popup.close();
    await page.close();
  });
});

describe('the popup’s controls over the page', () => {
  it('hides the highlights on this page and shows them again', async () => {
    const { page, tabId } = await openSeed();
    const before = await harness.highlights(page);
    expect(before.length).toBeGreaterThan(0);
    const popup = await harness.openPopup(tabId);
    await popup.getByRole('button', { name: 'Hide highlights on this page' }).click();
    await popup.getByRole('button', { name: 'Show highlights on this page' }).waitFor();
    expect(await harness.highlights(page)).toEqual([]);
    await popup.getByRole('button', { name: 'Show highlights on this page' }).click();
    await popup.getByRole('button', { name: 'Hide highlights on this page' }).waitFor();
    expect(await harness.highlights(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('"Wrong match?" hides that hint on this page, still hidden after a reload, and the popup undoes it', async () => {
    const { page, tabId } = await openSeed();
    const marked = async () => (await passages(page)).some((p) => p.text.includes(PUTIN_PASSAGE));
    expect(await marked()).toBe(true);
    const popup = await harness.openPopup(tabId);
    const card = popup.locator(`article[data-claim="${PUTIN_CLAIM_ID}"]`);
    await card.getByRole('button', { name: 'Wrong match?' }).click();
    await card.getByRole('button', { name: 'Save report' }).click();
    await card.getByText('You hid this hint on this page.').waitFor();
    expect(await until(marked, (m) => !m)).toBe(false);
    // The other claims stay marked.
    expect((await passages(page)).some((p) => p.text.includes(KZ_PASSAGE))).toBe(true);

    await page.reload({ waitUntil: 'load' });
    await harness.waitForContentScript(page);
    expect(await marked(), 'still hidden after a reload').toBe(false);

    await popup.reload();
    const again = popup.locator(`article[data-claim="${PUTIN_CLAIM_ID}"]`);
    await again.getByRole('button', { name: 'Show it on this page again' }).click();
    await again.getByText('You hid this hint on this page.').waitFor({ state: 'detached' });
    expect(await until(marked, (m) => m)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('"Check this page anyway" reads a page that does not look like an article', async () => {
    const page = await harness.openFixture('nonarticle-forum.html');
    const tabId = await harness.tabIdOf(page);
    expect((await harness.tabState(tabId)).state).toBe('not-article');
    const popup = await harness.openPopup(tabId);
    await popup.getByRole('heading', { name: "This page doesn't look like a news article" }).waitFor();
    await popup.getByRole('button', { name: 'Check this page anyway' }).click();
    await popup
      .getByRole('heading', { name: /^(In this article|Related|No tracked claims in this article)/ })
      .first()
      .waitFor();
    expect(await popup.getByText("This page doesn't look like a news article").count()).toBe(0);
    expect((await harness.tabState(tabId)).state).toBe('scanned');
    expect((await toolbar(harness, tabId)).title).not.toBe(
      "Afterword: this page doesn't look like a news article",
    );
    await popup.close();
    await page.close();
  });
});

it('made no network request', () => {
  const violations = harness.network.violations();
  expect(violations, harness.network.describe(violations)).toEqual([]);
});
