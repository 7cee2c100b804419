/**
 * What a page's own scripts can learn about Afterword, probed as a hostile page would probe it, in
 * Chromium with the built extension and, for comparison, in a Chromium without it:
 * - on a page where no tracked claim is stated: nothing differs (computed styles, ::highlight
 *   pseudo-elements, CSS.highlights, the DOM, focus, selection, the page's size);
 * - on a page with claims: one empty element, a closed shadow root, and nothing else: the page
 *   cannot tell which passages are marked nor how (everything it can read is the same as without
 *   Afterword but for that one element), and removing the element, restyling it, registering
 *   afterword-* highlights or clicking for the reader changes nothing the reader sees;
 * - the marks stay on their passages through reflow (font size, width), zoom, a late web font, a
 *   page that moves its text right after they are drawn, and scrolling boxes; on a 10,000-word
 *   article, the passages far down (in the page or in a scrolling box) are marked by the frame after
 *   the scroll that brings them into view, and passages the page moves into view without a scroll
 *   or a change of the page's size (a block above collapsing, a panel closing in a fixed-height box)
 *   are marked on their text; the marks are laid out within a frame (figures printed: the first
 *   drawing, a relayout, each scroll step).
 * Needs `npm run build:chrome:test` first.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, launchExtension, type ExtensionHarness } from './support/browser';
import { shadowUi } from './support/closed-shadow';
import { markBoxes, markCount, markLook, readMarks, type Rect } from './support/marks';
import { sendCommand, until } from './support/page-tools';
import { framesRendered } from './support/waits';
import { REPO_ROOT } from './support/server';

const VIEWPORT = { width: 1280, height: 900 };
const KZ_PASSAGE = 'Kazakhstan has reportedly announced it will suspend its membership';
const PUTIN_PASSAGE = 'Putin reportedly survived an assassination attempt';
/** Marks and text boxes may differ by sub-pixel rounding, never by more than this (CSS px). */
const ALIGN_PX = 2;
/** The article of the layout measurement: at least this many words. */
const LONG_ARTICLE_WORDS = 10_000;
/** One frame at 60 Hz. */
const FRAME_MS = 16;
/** The scrolling box holding the whole long article (long-box.html): two thirds of the viewport. */
const BOX_HEIGHT = 600;
/**
 * The block above a far passage that the page collapses (moved-into-view pages): a dozen screens,
 * far past what is drawn near the viewport.
 */
const FOLD_HEIGHT = 12 * VIEWPORT.height;
/**
 * How soon a passage the page moved into view is marked: the observer's report comes with the frame
 * after the move; the rest is the test's polling over DevTools on the loaded 2-core machine.
 */
const MOVED_INTO_VIEW_MS = 1_000;
/** A reader's scroll step when the cost of scrolling is measured: half a screen, as a few wheel notches. */
const SCROLL_STEP = VIEWPORT.height / 2;
/** Scroll steps measured on each page: 8 screens' worth, well past the passages drawn at first. */
const SCROLL_STEPS = 16;
/**
 * Registering a highlight, even one no stylesheet styles, makes Chromium repaint the text it holds
 * with a few pixels' difference in anti-aliasing (the same without Afterword). A drawn mark changes
 * thousands of channel values; this many is repainting noise.
 */
const REPAINT_NOISE = 60;

let harness: ExtensionHarness;
let plain: Browser;
let scratch: string;

/** Pages made for this file from seed-000: a long article, the article in a scrolling box, a late web font. */
function writePages(dir: string): void {
  const seed = readFileSync(resolve(REPO_ROOT, 'test/fixtures/pages/seed-000.html'), 'utf8');
  const start = seed.indexOf('<div class="entry-content">');
  const end = seed.indexOf('</article>');
  const body = seed.slice(start, end);
  const paragraphs = body.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const words = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length;
  const long: string[] = [];
  let count = 0;
  // A margin over the target: the page's text splits into a few words fewer than the markup's.
  while (count < LONG_ARTICLE_WORDS * 1.05) {
    for (const p of paragraphs) {
      long.push(p);
      count += words(p);
    }
  }
  const withContent = (content: string, head = '') =>
    seed.slice(0, start) +
    `<div class="entry-content">${content}</div>` +
    seed.slice(end).replace('</head>', `${head}</head>`);
  writeFileSync(join(dir, 'long-article.html'), withContent(long.join('\n')).replace('</head>', '</head>'));
  writeFileSync(
    join(dir, 'long-box.html'),
    withContent(`<div id="box" style="height: ${BOX_HEIGHT}px; overflow: auto">${long.join('\n')}</div>`),
  );
  writeFileSync(
    join(dir, 'scrolling-box.html'),
    withContent(
      `<div id="box" style="height: 320px; overflow: auto; border: 1px solid #999">${paragraphs.join('\n')}</div>`,
    ),
  );
  // A page script that, as soon as Afterword adds its element (its marks just drawn), puts a banner
  // above the article: the text moves down before the browser's next frame, and so before the first
  // report of the marks' size observer.
  writeFileSync(
    join(dir, 'shift-after-load.html'),
    seed.replace(
      '</body>',
      `<script>
        new MutationObserver((records, observer) => {
          if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1))) return;
          observer.disconnect();
          const banner = document.createElement('div');
          banner.style.height = '137px';
          banner.textContent = 'Subscribe to our newsletter';
          document.body.prepend(banner);
          window.__shiftedAfterMarks = true;
        }).observe(document.documentElement, { childList: true, subtree: true });
      </script></body>`,
    ),
  );
  // Text far down the page that the page itself brings into view, with no scroll and no change of
  // <html>'s or <body>'s size: a tall block above it collapses while a block below grows as much
  // (a gallery folded away, a late ad slot opening at the end)…
  const kz = paragraphs.find((p) => p.includes(KZ_PASSAGE))!;
  writeFileSync(
    join(dir, 'fold-article.html'),
    withContent(
      `${paragraphs.join('\n')}<div id="fold" style="height: ${FOLD_HEIGHT}px"></div>${kz}<div id="spacer"></div>`,
    ),
  );
  // …and an accordion in a fixed-height box: closing the tall panel brings the next one's text up.
  writeFileSync(
    join(dir, 'accordion-box.html'),
    withContent(
      `<div id="box" style="height: ${BOX_HEIGHT}px; overflow: auto">${paragraphs.join('\n')}` +
        `<details open id="figures"><summary>Figures</summary><div style="height: ${FOLD_HEIGHT}px"></div></details>` +
        `<details open><summary>Background</summary>${kz}</details>` +
        // The box's notes: a screen below the panels, so closing one does not clamp the box's scroll.
        `<div style="height: ${BOX_HEIGHT}px"></div></div>`,
    ),
  );
  copyFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', join(dir, 'late.ttf'));
  writeFileSync(
    join(dir, 'late-font.html'),
    seed.replace('</head>', '<style>.entry-content p { font-family: Late, Georgia, serif; }</style></head>'),
  );
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'afterword-hostile-marks-'));
  writePages(scratch);
  harness = await launchExtension({ serveDirs: [resolve(REPO_ROOT, 'test/fixtures'), scratch] });
  // The same browser, flags and window, without Afterword: what the page sees when it is not installed.
  plain = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  await harness.context.addInitScript(watchStalls);
});

afterAll(async () => {
  await plain?.close();
  await harness?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function openPlain(file: string): Promise<Page> {
  const context = await plain.newContext({ viewport: VIEWPORT });
  await context.addInitScript(watchStalls);
  const page = await context.newPage();
  await page.goto(harness.server.url(file), { waitUntil: 'load' });
  page.once('close', () => void context.close());
  return page;
}

/**
 * A page script timing its own main thread from its first moment: every long task (over 50 ms) the
 * browser reports. Printed for both browsers, not compared: on a shared machine the page's own
 * load varies more than Afterword's work.
 */
function watchStalls(): void {
  const w = window as unknown as { __stalls: number[] };
  w.__stalls = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__stalls.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
}

const stalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __stalls?: number[] }).__stalls ?? []);

/**
 * Everything a page script can read that Afterword could have changed: the probe a hostile page
 * runs. `host` leaves Afterword's own element (if any) out of the DOM figures, so the rest can be
 * compared with a browser without Afterword.
 */
function probe(page: Page) {
  return page.evaluate(() => {
    const HIGHLIGHT_NAMES = ['false', 'mixed', 'unconfirmed', 'true'].flatMap((g) => [
      `afterword-${g}`,
      `afterword-${g}-answers`,
    ]);
    const host = document.querySelector('afterword-ui');
    const styleOf = (el: Element, pseudo?: string) => {
      const s = getComputedStyle(el, pseudo);
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) out.push(`${s[i]}:${s.getPropertyValue(s[i]!)}`);
      return out.join(';');
    };
    // Every element with text of its own (every passage is in one), and the page's root elements.
    const texty = [...document.querySelectorAll('body *')].filter(
      (el) => el !== host && [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue!.trim()),
    );
    const styles = [document.documentElement, document.body, ...texty].map((el) => ({
      el: el.tagName,
      own: styleOf(el),
      pseudo: [...HIGHLIGHT_NAMES.map((n) => `::highlight(${n})`), '::selection', '::before', '::after']
        .map((p) => styleOf(el, p))
        .join('|'),
    }));
    // What is at each point of the page, as a click or a script would find it.
    const atPoints: string[] = [];
    for (let y = 5; y < innerHeight; y += 37)
      for (let x = 5; x < innerWidth; x += 53)
        atPoints.push(
          document
            .elementsFromPoint(x, y)
            .map((e) => e.tagName)
            .join('>'),
        );
    const selection = getSelection();
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelector('afterword-ui')?.remove();
    return {
      highlights: CSS.highlights.size,
      highlightNames: [...CSS.highlights.keys()],
      elements: document.getElementsByTagName('*').length - (host ? 1 : 0),
      htmlChildren: [...document.documentElement.children].filter((c) => c !== host).map((c) => c.tagName),
      bodyChildren: document.body.children.length,
      markup: clone.outerHTML,
      activeElement: document.activeElement?.tagName ?? null,
      selection: { text: String(selection), ranges: selection?.rangeCount ?? 0, type: selection?.type },
      size: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      fonts: document.fonts.size,
      defined: customElements.get('afterword-ui') !== undefined,
      styles,
      atPoints,
    };
  });
}

/** What a page can read of Afterword's one element. */
function hostAsSeen(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('afterword-ui');
    const host = hosts[0];
    const r = host?.getBoundingClientRect();
    return {
      count: hosts.length,
      parent: host?.parentElement?.tagName ?? null,
      shadowRoot: host?.shadowRoot ?? null,
      inner: host?.innerHTML ?? null,
      attributes: host?.getAttributeNames() ?? [],
      size: r ? [r.width, r.height] : null,
      // Every page node but the host: no attribute or class of Afterword's.
      marked: [...document.querySelectorAll('[class*="afterword"], [id*="afterword"], [data-afterword]')]
        .length,
    };
  });
}

describe('a page where no tracked claim is stated', () => {
  for (const file of [
    'nonarticle-forum.html',
    'negative-02-csto-exercises-tajikistan.html',
    'negative-13-kazakhstan-hosts-csto-exercise-de.html',
  ]) {
    it(`${file}: a page script finds nothing that differs from a browser without Afterword`, async () => {
      const page = await harness.openFixture(file);
      const without = await openPlain(file);
      const [seen, expected] = await Promise.all([probe(page), probe(without)]);
      expect(seen.highlights).toBe(0);
      expect(seen.htmlChildren).toEqual(['HEAD', 'BODY']);
      expect(await page.evaluate(() => document.querySelectorAll('afterword-ui').length)).toBe(0);
      expect(seen).toEqual(expected);
      const [mine, theirs] = await Promise.all([stalls(page), stalls(without)]);
      const show = (list: number[]) =>
        list.length ? list.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none';
      console.log(`${file}: long tasks the page saw: with Afterword ${show(mine)}; without ${show(theirs)}`);
      await without.close();
      await page.close();
    });
  }
});

describe('a page with claims', () => {
  it('shows the page one empty element and nothing else: no passage, no status, no style', async () => {
    const page = await harness.openFixture('seed-000.html');
    const marks = await readMarks(page);
    expect(marks.map((m) => m.text).join(' | ')).toContain(KZ_PASSAGE);
    expect(marks.find((m) => m.text.includes(KZ_PASSAGE))?.name).toBe('afterword-false');
    expect(await hostAsSeen(page)).toEqual({
      count: 1,
      parent: 'HTML',
      shadowRoot: null,
      inner: '',
      attributes: [],
      size: [0, 0],
      marked: 0,
    });
    const without = await openPlain('seed-000.html');
    const [seen, expected] = await Promise.all([probe(page), probe(without)]);
    // Everything else the page can read is what it reads without Afterword: the marks are not in
    // its DOM, its styles, its highlight registry, its hit testing or its size.
    expect(seen.highlights).toBe(0);
    expect(seen).toEqual(expected);
    await without.close();
    await page.close();
  });

  it('taking the element out, restyling it, or a page that keeps removing it: the reader keeps the marks', async () => {
    const page = await harness.openFixture('seed-000.html');
    const before = await readMarks(page);
    const look = await markLook(page, KZ_PASSAGE);
    expect(before.length).toBeGreaterThan(0);

    await page.evaluate(() => document.querySelector('afterword-ui')!.remove());
    await until(
      () => page.evaluate(() => document.querySelectorAll('afterword-ui').length),
      (n) => n === 1,
      3_000,
    );
    expect(await readMarks(page)).toEqual(before);

    await page.evaluate(() => {
      const host = document.querySelector('afterword-ui') as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
      host.style.setProperty('opacity', '0', 'important');
      host.hidden = true;
      const style = document.createElement('style');
      style.textContent =
        'afterword-ui, afterword-ui * { display: none !important; visibility: hidden !important; } ' +
        ':root > :last-child { transform: scale(0) !important; }';
      document.head.append(style);
    });
    expect(await readMarks(page)).toEqual(before);
    expect(await markLook(page, KZ_PASSAGE)).toEqual(look);

    // A page whose own observer removes the element every time it comes back: bounded, no loop.
    const restored = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let back = 0;
          const observer = new MutationObserver(() => {
            const host = document.querySelector('afterword-ui');
            if (host) {
              back++;
              host.remove();
            }
          });
          observer.observe(document.documentElement, { childList: true });
          document.querySelector('afterword-ui')?.remove();
          setTimeout(() => {
            observer.disconnect();
            done(back);
          }, 2_500);
        }),
    );
    // A few at once, then one a second: not hundreds.
    expect(restored).toBeGreaterThan(0);
    expect(restored).toBeLessThanOrEqual(8);
    // Left alone, it is back with every mark.
    const after = await until(
      () => readMarks(page),
      (m) => m.length === before.length,
      3_000,
    );
    expect(after).toEqual(before);
    await page.close();
  });

  it('forged afterword-* highlights and made-up clicks change nothing the reader sees', async () => {
    const page = await harness.openFixture('seed-000.html');
    const marks = await readMarks(page);
    const passage = marks.find((m) => m.text.includes(KZ_PASSAGE))!;
    await page.evaluate(
      (top) => window.scrollBy({ top: top - 300, behavior: 'instant' }),
      passage.rects[0]!.top,
    );
    const before = await page.screenshot();
    const boxes = await markBoxes(page);
    await page.evaluate(() => {
      // "Confirmed" on the page's own text, and the extension's red on a passage it did not mark.
      const p = [...document.querySelectorAll('p')];
      const range = (el: Element) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return r;
      };
      CSS.highlights.set('afterword-true', new Highlight(...p.slice(0, 6).map(range)));
      CSS.highlights.set('afterword-false', new Highlight(...p.slice(6, 12).map(range)));
      CSS.highlights.set('afterword-false-answers', new Highlight(range(document.querySelector('h1')!)));
    });
    expect(await pixelsChanged(before, await page.screenshot())).toBeLessThanOrEqual(REPAINT_NOISE);
    expect(await markBoxes(page)).toEqual(boxes);

    const r = (await readMarks(page)).find((m) => m.text.includes(KZ_PASSAGE))!.rects[0]!;
    await page.evaluate(
      ([x, y]) => {
        const target = document.elementFromPoint(x!, y!)!;
        const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 };
        target.dispatchEvent(new PointerEvent('pointerdown', init));
        target.dispatchEvent(new MouseEvent('mousedown', init));
        target.dispatchEvent(new MouseEvent('mouseup', init));
        target.dispatchEvent(new MouseEvent('click', init));
        (target as HTMLElement).click();
      },
      [r.left + 8, (r.top + r.bottom) / 2],
    );
    expect((await shadowUi(page)).cardClass).toBeNull();
    // The reader's own click on the same spot opens the card.
    await page.mouse.click(r.left + 8, (r.top + r.bottom) / 2);
    const ui = await until(
      () => shadowUi(page),
      (u) => u.cardClass !== null,
      3_000,
    );
    expect(ui.cardClass).toBe('card tone--denied');
    await page.close();
  });
});

/**
 * The line boxes of the page's text holding `text` (its first occurrence, or its last), merged per
 * line, as the test's own script measures them.
 */
function textLines(page: Page, text: string, which: Occurrence = 'first'): Promise<Rect[]> {
  return page.evaluate(
    ({ wanted, which }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n.nodeValue ?? '').includes(wanted)) nodes.push(n as Text);
      for (const n of which === 'last' ? nodes.reverse() : nodes) {
        const at = (n.nodeValue ?? '').indexOf(wanted);
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const lines: { left: number; top: number; right: number; bottom: number }[] = [];
        for (const r of range.getClientRects()) {
          const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
          if (line) {
            line.left = Math.min(line.left, r.left);
            line.right = Math.max(line.right, r.right);
          } else lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        }
        return lines;
      }
      return [];
    },
    { wanted: text, which },
  );
}

type Occurrence = 'first' | 'last';

/**
 * Whether the marks over the passage holding `text` sit on its text: each text line is covered by
 * a mark box whose top and bottom match within ALIGN_PX and whose sides hold the text's (a mark
 * runs over the whole passage, the text here is only part of it). Lines clipped away by a
 * scrolling box must have no mark outside `clipTo`.
 */
async function aligned(
  page: Page,
  text: string,
  clipTo?: Rect,
  which: Occurrence = 'first',
): Promise<boolean> {
  const lines = await textLines(page, text, which);
  const marks = (await markBoxes(page)).flatMap((m) => m.rects);
  if (lines.length === 0) return false;
  return lines.every((l) => {
    const visible = clipTo
      ? {
          left: Math.max(l.left, clipTo.left),
          top: Math.max(l.top, clipTo.top),
          right: Math.min(l.right, clipTo.right),
          bottom: Math.min(l.bottom, clipTo.bottom),
        }
      : l;
    // Scrolled out of its box: nothing to draw (no mark straddles the box's edge: checked apart).
    if (visible.bottom - visible.top <= 0.5) return true;
    return marks.some(
      (m) =>
        Math.abs(m.top - visible.top) <= ALIGN_PX &&
        Math.abs(m.bottom - visible.bottom) <= ALIGN_PX &&
        m.left <= visible.left + ALIGN_PX &&
        m.right >= visible.right - ALIGN_PX,
    );
  });
}

/**
 * Runs `action` under a DevTools trace of the page's main thread and returns the longest script
 * slice (a callback of an animation frame, an observer or an event: the work of one task), the
 * sum of them all, and the sum of the calls into the extension's own scripts (its content
 * script's callbacks, by their script's address), in ms.
 */
async function traceScript(
  page: Page,
  action: () => Promise<void>,
): Promise<{ longest: number; total: number; extension: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as typeof events));
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const script = events
    .filter((e) => e.ph === 'X' && (e.name === 'FireAnimationFrame' || e.name === 'FunctionCall'))
    .map((e) => (e.dur ?? 0) / 1000);
  const extension = events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://'),
    )
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { longest: Math.max(0, ...script), total: script.reduce((a, b) => a + b, 0), extension };
}

/** How many colour channel values differ between two screenshots (decoded by a blank page of the test's own). */
async function pixelsChanged(a: Buffer, b: Buffer): Promise<number> {
  const tool = await harness.newPage();
  try {
    return await tool.evaluate(
      async ([x, y]) => {
        const pixels = async (b64: string) => {
          const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
          const img = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const [p, q] = [await pixels(x!), await pixels(y!)];
        if (p.length !== q.length) return Infinity;
        let changed = 0;
        for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) changed++;
        return changed;
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await tool.close();
  }
}

const stayAligned = (page: Page, text: string, clipTo?: Rect) =>
  until(
    () => aligned(page, text, clipTo),
    (ok) => ok,
    3_000,
  );

/**
 * Scrolls the text into the middle of the viewport, as a reader going to it does. A passage far from
 * the viewport is laid out when a scroll brings it near (marks.ts): its marks are checked in view.
 */
const scrollToText = (page: Page, text: string) =>
  page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.nodeValue?.includes(wanted)) {
        n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        return;
      }
  }, text);

describe('the marks stay on their passages', () => {
  it('through reflow (font size, width) and zoom', async () => {
    const page = await harness.openFixture('seed-000.html');
    expect(await aligned(page, KZ_PASSAGE)).toBe(true);
    await page.evaluate(() => {
      (document.querySelector('.entry-content') as HTMLElement).style.fontSize = '23px';
    });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await page.evaluate(() => {
      (document.querySelector('.layout') as HTMLElement).style.maxWidth = '700px';
    });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await scrollToText(page, PUTIN_PASSAGE);
    expect(await stayAligned(page, PUTIN_PASSAGE)).toBe(true);
    await scrollToText(page, KZ_PASSAGE);
    // The page zooms its own content (CSS zoom on <body>)…
    await page.evaluate(() => {
      document.body.style.zoom = '1.3';
    });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    // …or zooms the whole document, Afterword's element with it (CSS zoom on <html>)…
    await page.evaluate(() => {
      document.body.style.zoom = '';
      document.documentElement.style.zoom = '1.25';
    });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await page.evaluate(() => {
      document.documentElement.style.zoom = '';
    });
    // …and the reader zooms the browser (fewer CSS pixels in the window, more device pixels each).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: Math.round(VIEWPORT.width / 1.5),
      height: Math.round(VIEWPORT.height / 1.5),
      deviceScaleFactor: 1.5,
      mobile: false,
    });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await scrollToText(page, PUTIN_PASSAGE);
    expect(await stayAligned(page, PUTIN_PASSAGE)).toBe(true);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.close();
  });

  it('when the page moves its text right after they are drawn, before any size is reported', async () => {
    const page = await harness.openFixture('shift-after-load.html');
    expect(await page.evaluate(() => (window as { __shiftedAfterMarks?: boolean }).__shiftedAfterMarks)).toBe(
      true,
    );
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await scrollToText(page, PUTIN_PASSAGE);
    expect(await stayAligned(page, PUTIN_PASSAGE)).toBe(true);
    await page.close();
  });

  it('when a web font arrives late', async () => {
    const page = await harness.openFixture('late-font.html');
    expect(await aligned(page, KZ_PASSAGE)).toBe(true);
    const widthBefore = (await textLines(page, KZ_PASSAGE))[0]!.right;
    await page.evaluate(async () => {
      const font = new FontFace('Late', 'url(/late.ttf)');
      document.fonts.add(font);
      await font.load();
    });
    // The monospaced font moved the text: the marks followed.
    expect((await textLines(page, KZ_PASSAGE))[0]!.right).not.toBeCloseTo(widthBefore, 0);
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await page.close();
  });

  it('inside a scrolling box, cut to what the box shows', async () => {
    const page = await harness.openFixture('scrolling-box.html');
    const box = () => boxView(page);
    expect(await stayAligned(page, KZ_PASSAGE, await box())).toBe(true);
    for (const top of [60, 400, 900]) {
      await page.evaluate((t) => {
        document.getElementById('box')!.scrollTop = t;
      }, top);
      expect(await stayAligned(page, KZ_PASSAGE, await box()), `box scrolled to ${top}`).toBe(true);
      expect(await stayAligned(page, PUTIN_PASSAGE, await box()), `box scrolled to ${top}`).toBe(true);
    }
    // No mark straddles the box's edge: each is inside it (cut to it) or wholly outside (the headline's).
    const outer = await box();
    for (const m of (await markBoxes(page)).flatMap((g) => g.rects)) {
      const inside =
        m.top >= outer.top - 0.5 &&
        m.bottom <= outer.bottom + 0.5 &&
        m.left >= outer.left - 0.5 &&
        m.right <= outer.right + 0.5;
      const outside =
        m.bottom <= outer.top + 0.5 ||
        m.top >= outer.bottom - 0.5 ||
        m.right <= outer.left + 0.5 ||
        m.left >= outer.right - 0.5;
      expect(inside || outside, JSON.stringify({ m, outer })).toBe(true);
    }
    await page.close();
  });
});

/**
 * What the scrolling box #box (scrolling-box.html, long-box.html) lets the reader see, in viewport
 * pixels.
 */
const boxView = (page: Page) =>
  page.evaluate(() => {
    const el = document.getElementById('box')!;
    const r = el.getBoundingClientRect();
    return {
      left: r.left + el.clientLeft,
      top: r.top + el.clientTop,
      right: r.left + el.clientLeft + el.clientWidth,
      bottom: r.top + el.clientTop + el.clientHeight,
    };
  });

/**
 * Scrolls the page (or, with `box`, the box holding the article) so that the last occurrence of
 * `text` is near the top of what the reader sees, the way a jump (a link, Page Down held) does, and
 * returns once the frame after the scroll's has run. Returns how far down the text was before.
 */
async function scrollToLast(page: Page, text: string, box: boolean): Promise<number> {
  const offset = await page.evaluate(
    ({ wanted, box }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let last: Node | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(wanted)) last = n;
      const scroller = box ? document.getElementById('box')! : document.scrollingElement!;
      const top = box ? scroller.getBoundingClientRect().top : 0;
      const offset = last!.parentElement!.getBoundingClientRect().top - top;
      scroller.scrollBy({ top: offset - 100, behavior: 'instant' });
      return offset;
    },
    { wanted: text, box },
  );
  // The frame after the scroll's: every callback of the scroll's own frame has run.
  await framesRendered(page, 2);
  return offset;
}

/** Waits for the first drawing, passages following a frame or two after the first: the count holds. */
async function drawnCount(page: Page): Promise<number> {
  await until(
    () => markCount(page),
    (n) => n > 0,
    10_000,
  );
  const lineCount = async () => (await markBoxes(page)).flatMap((m) => m.rects).length;
  let boxes = await lineCount();
  for (let again = await lineCount(); again !== boxes; again = await lineCount()) boxes = again;
  return boxes;
}

describe(`passages far down a ${LONG_ARTICLE_WORDS.toLocaleString('en')}-word article`, () => {
  it('are marked, on their text, by the frame after a scroll of the page brings them into view', async () => {
    const page = await harness.openFixture('long-article.html', { timeoutMs: 30_000 });
    await drawnCount(page);
    const far = await scrollToLast(page, KZ_PASSAGE, false);
    // Many screens down: nowhere near what was drawn when the page opened.
    expect(far).toBeGreaterThan(10 * VIEWPORT.height);
    expect(await aligned(page, KZ_PASSAGE, undefined, 'last')).toBe(true);
    // And back at the top, the first ones are still on their text.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await framesRendered(page, 2);
    expect(await aligned(page, KZ_PASSAGE)).toBe(true);
    // After a reflow (the window narrower), the far ones are laid out anew when they come near.
    await page.setViewportSize({ width: 1000, height: VIEWPORT.height });
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await scrollToLast(page, KZ_PASSAGE, false);
    expect(await aligned(page, KZ_PASSAGE, undefined, 'last')).toBe(true);
    await page.close();
  });

  it('inside a scrolling box: marked, cut to the box, by the frame after the box scrolls to them', async () => {
    const page = await harness.openFixture('long-box.html', { timeoutMs: 30_000 });
    await drawnCount(page);
    const far = await scrollToLast(page, KZ_PASSAGE, true);
    expect(far).toBeGreaterThan(10 * BOX_HEIGHT);
    expect(await aligned(page, KZ_PASSAGE, await boxView(page), 'last')).toBe(true);
    await page.close();
  });
});

/** Where the last occurrence of `text` is (viewport px), with the page's size and scroll position. */
const placeOf = (page: Page, text: string) =>
  page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(wanted)) last = n;
    const r = last!.parentElement!.getBoundingClientRect();
    const { documentElement: html, body } = document;
    return {
      top: r.top,
      bottom: r.bottom,
      sizes: [html.offsetWidth, html.offsetHeight, body.offsetWidth, body.offsetHeight],
      scrollY: window.scrollY,
    };
  }, text);

describe('passages the page moves into view, without a scroll or a change of its size', () => {
  it('a tall block above collapses while one below grows: the text that comes up is marked on it', async () => {
    const page = await harness.openFixture('fold-article.html');
    await drawnCount(page);
    // The reader at the end of the article, the folded block below: the passage after it far down.
    await page.evaluate(() => {
      const fold = document.getElementById('fold')!;
      window.scrollBy({ top: fold.getBoundingClientRect().top - 200, behavior: 'instant' });
    });
    await framesRendered(page, 2);
    const before = await placeOf(page, KZ_PASSAGE);
    expect(before.top).toBeGreaterThan(10 * VIEWPORT.height);
    await page.evaluate((height) => {
      document.getElementById('fold')!.style.height = '0';
      document.getElementById('spacer')!.style.height = `${height}px`;
    }, FOLD_HEIGHT);
    const after = await placeOf(page, KZ_PASSAGE);
    // In view now, and nothing a size observer on the page or a scroll listener would have seen.
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    expect(after.sizes).toEqual(before.sizes);
    expect(after.scrollY).toBe(before.scrollY);
    const marked = await until(
      () => aligned(page, KZ_PASSAGE, undefined, 'last'),
      (ok) => ok,
      MOVED_INTO_VIEW_MS,
    );
    expect(marked).toBe(true);
    await page.close();
  });

  it('an accordion in a fixed-height box: closing a tall panel brings the next one up, marked', async () => {
    const page = await harness.openFixture('accordion-box.html');
    await drawnCount(page);
    // The reader scrolls the box to the panels, the Figures panel's summary at its top.
    await page.evaluate(() => {
      const box = document.getElementById('box')!;
      const summary = document.querySelector('#figures > summary')!;
      box.scrollTop += summary.getBoundingClientRect().top - box.getBoundingClientRect().top;
    });
    await framesRendered(page, 2);
    const before = await placeOf(page, KZ_PASSAGE);
    expect(before.top).toBeGreaterThan(10 * VIEWPORT.height);
    const scrollTop = () => page.evaluate(() => document.getElementById('box')!.scrollTop);
    const boxTop = await scrollTop();
    await page.click('#figures > summary');
    const after = await placeOf(page, KZ_PASSAGE);
    const view = await boxView(page);
    expect(after.top).toBeGreaterThanOrEqual(view.top);
    expect(after.bottom).toBeLessThanOrEqual(view.bottom);
    expect(after.sizes).toEqual(before.sizes);
    expect(await scrollTop()).toBe(boxTop);
    const marked = await until(
      () => aligned(page, KZ_PASSAGE, view, 'last'),
      (ok) => ok,
      MOVED_INTO_VIEW_MS,
    );
    expect(marked).toBe(true);
    await page.close();
  });
});

describe('cost', () => {
  it(`a ${LONG_ARTICLE_WORDS.toLocaleString('en')}-word article: its marks laid out within a frame`, async () => {
    const page = await harness.openFixture('long-article.html', { timeoutMs: 30_000 });
    const tabId = await harness.tabIdOf(page);
    const state = await harness.tabState(tabId);
    const words = await page.evaluate(
      () => document.querySelector('.entry-content')!.textContent!.split(/\s+/).filter(Boolean).length,
    );
    const lineCount = async () => (await markBoxes(page)).flatMap((m) => m.rects).length;
    // Far passages may follow a frame or two after the near ones: wait for the count to hold.
    let boxes = await lineCount();
    for (let again = await lineCount(); again !== boxes; again = await lineCount()) boxes = again;
    const passages = (await markBoxes(page)).length;
    expect(words).toBeGreaterThanOrEqual(LONG_ARTICLE_WORDS);
    expect(passages).toBeGreaterThan(20);
    // First drawing: its main-thread time after the background's answer, as the content script
    // reports it (its waits, for the hidden hints and for the page's next frame, left out), the
    // frames after the first that draw the passages farthest from the viewport counted in.
    const first = state.state === 'scanned' ? (state.timings?.highlight ?? NaN) : NaN;
    // A relayout: the window narrows or widens, every line of the article moves. The page runs no
    // script of its own, so every script slice on its main thread in the trace is Afterword's.
    // Drawing every mark from none (the reader shows the highlights again): one task, the rest of
    // the marks (farthest from the viewport) in the frames after it.
    await sendCommand(harness, tabId, 'toggle-highlights');
    await until(
      () => markBoxes(page),
      (m) => m.length === 0,
      3_000,
    );
    const drawing = await traceScript(page, async () => {
      await sendCommand(harness, tabId, 'toggle-highlights');
      await until(lineCount, (n) => n === boxes, 3_000);
    });
    const slices: number[] = [];
    let total = 0;
    for (const width of [1000, 1280, 900, 1280]) {
      const firstBox = (await markBoxes(page))[0]?.rects[0];
      const trace = await traceScript(page, async () => {
        await page.setViewportSize({ width, height: VIEWPORT.height });
        await until(
          async () => (await markBoxes(page))[0]?.rects[0],
          (r) => r !== undefined && (r.left !== firstBox?.left || r.right !== firstBox?.right),
          3_000,
        );
        // Every passage laid out again (those far from the viewport follow in the next frames).
        await until(
          async () => (await markBoxes(page)).flatMap((m) => m.rects).length,
          (n) => n > 0.9 * boxes,
          3_000,
        );
      });
      slices.push(trace.longest);
      total = Math.max(total, trace.total);
    }
    console.log(
      `marks on a ${words}-word article: ${passages} passages, ${boxes} line boxes; ` +
        `first drawing (main thread, waits left out) ${first.toFixed(1)} ms; ` +
        `drawing them all again: longest script slice ${drawing.longest.toFixed(1)} ms, all ${drawing.total.toFixed(1)} ms; ` +
        `relayout after a resize: longest script slice ${Math.max(...slices).toFixed(1)} ms ` +
        `(frame ${FRAME_MS} ms; per resize ${slices.map((t) => t.toFixed(1)).join(', ')}), ` +
        `all slices of one resize ${total.toFixed(1)} ms at most`,
    );
    expect(await stayAligned(page, KZ_PASSAGE)).toBe(true);
    await page.close();
  });

  it('scrolling it, the page or a box holding it: the work of each step', async () => {
    const figures: string[] = [];
    for (const [file, box] of [
      ['long-article.html', false],
      ['long-box.html', true],
    ] as const) {
      const page = await harness.openFixture(file, { timeoutMs: 30_000 });
      await drawnCount(page);
      // Half a screen at a time, each step's frame and the one after it drawn before the next; the
      // page runs no script of its own, so the script slices are Afterword's and the test's (its
      // scroll and frame callbacks); the content script's own calls are counted apart.
      const trace = await traceScript(page, async () => {
        for (let i = 0; i < SCROLL_STEPS; i++)
          await page.evaluate(
            async ({ step, box }) => {
              const scroller = box ? document.getElementById('box')! : document.scrollingElement!;
              scroller.scrollBy({ top: step, behavior: 'instant' });
              await new Promise<void>((done) =>
                requestAnimationFrame(() => requestAnimationFrame(() => done())),
              );
            },
            { step: SCROLL_STEP, box },
          );
      });
      figures.push(
        `${box ? 'the box' : 'the page'}: ${(trace.total / SCROLL_STEPS).toFixed(2)} ms a step ` +
          `(in the content script's own calls ${(trace.extension / SCROLL_STEPS).toFixed(2)} ms), ` +
          `longest script slice ${trace.longest.toFixed(1)} ms`,
      );
      await page.close();
    }
    console.log(
      `scrolling the ${LONG_ARTICLE_WORDS.toLocaleString('en')}-word article ${SCROLL_STEPS} steps of ` +
        `${SCROLL_STEP} px, script on the main thread: ${figures.join('; ')}`,
    );
  });

  it('made no network request', () => {
    const violations = harness.network.violations();
    expect(violations, harness.network.describe(violations)).toEqual([]);
  });
});
