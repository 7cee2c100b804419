/**
 * Firefox smoke test: the Firefox build installs in Firefox ESR (WebDriver BiDi, puppeteer-core),
 * reads a seed article and marks its claims (seen on the screen: the page cannot list them); a click
 * on a passage opens the card (closed shadow root, its own stylesheet) next to it; a page that is not
 * an article gets nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_PREFS } from './support/firefox';
import { firstLine, lineShare } from './support/firefox-marks';
import { REPO_ROOT, startServer, type StaticServer } from './support/server';
import { pollUntil } from './support/waits';

const FIREFOX = process.env.AFTERWORD_FIREFOX ?? '/usr/bin/firefox-esr';
const FIREFOX_DIST = resolve(
  process.env.AFTERWORD_FIREFOX_EXTENSION_DIR ?? resolve(REPO_ROOT, 'dist/firefox'),
);
/** The line colour of a denied claim's mark (src/content/marks.css). */
const DENIED_LINE = [229, 55, 42];
/** Where the mark's line runs, at least this share of the band under the line is in its colour. */
const MARKED_SHARE = 0.15;

async function highlightsOf(
  browser: Browser,
  url: string,
  waitMs = 10_000,
): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The content script runs at document_idle and waits on the background: poll, don't sleep.
    return await pollUntil(
      () =>
        page.evaluate(() => {
          const out: Record<string, string[]> = {};
          for (const [name, highlight] of CSS.highlights)
            out[name] = [...highlight].map((r) => (r as Range).toString());
          return out;
        }),
      (found) => Object.keys(found).length > 0,
      waitMs,
    );
  } finally {
    await page.close();
  }
}

const available = existsSync(FIREFOX) && existsSync(resolve(FIREFOX_DIST, 'manifest.json'));

describe.skipIf(!available)('Firefox build in Firefox ESR', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: QUIET_PREFS,
    });
    await browser.installExtension(FIREFOX_DIST);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('marks the claims of the 14 Sep 2022 article, where the reader sees them', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url('seed-000.html'), { waitUntil: 'load' });
      const KZ = 'Kazakhstan has reportedly announced it will suspend its membership';
      const marked = await pollUntil(
        () => lineShare(page, KZ, DENIED_LINE),
        (share) => share >= MARKED_SHARE,
      );
      expect(marked, 'the denied claim’s line under its passage').toBeGreaterThanOrEqual(MARKED_SHARE);
      // Further down: drawn once the scroll to it brings it near (the frame after the scroll's).
      const further = await pollUntil(
        () => lineShare(page, 'President Vladimir Putin reportedly survived', DENIED_LINE),
        (share) => share >= MARKED_SHARE,
      );
      expect(further).toBeGreaterThanOrEqual(MARKED_SHARE);
      // A sentence that carries no claim has no line.
      expect(await lineShare(page, 'People reacted to the news.', DENIED_LINE)).toBeLessThan(0.02);
      // And the page cannot tell: no highlight registry entry, nothing readable in the host.
      expect(
        await page.evaluate(() => ({
          highlights: CSS.highlights.size,
          shadowRoot: document.querySelector('afterword-ui')?.shadowRoot ?? null,
        })),
      ).toEqual({ highlights: 0, shadowRoot: null });
    } finally {
      await page.close();
    }
  });

  it('opens the card next to a clicked passage, out of the page’s reach', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url('seed-000.html'), { waitUntil: 'load' });
      const KZ = 'has reportedly announced';
      await pollUntil(
        () => lineShare(page, KZ, DENIED_LINE),
        (share) => share >= MARKED_SHARE,
      );
      const line = (await firstLine(page, KZ))!;
      const at = {
        x: line.left + 6,
        y: (line.top + line.bottom) / 2,
        below: line.blockBottom + 40,
        left: line.left + 40,
      };
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(
        ([x, y]) => document.elementFromPoint(x!, y!)?.tagName === 'AFTERWORD-UI',
        { timeout: 5_000 },
        [at.left, at.below],
      );
      const host = await page.evaluate(() => {
        const el = document.querySelector('afterword-ui')!;
        return {
          parent: el.parentElement?.tagName,
          shadowRoot: el.shadowRoot,
          width: el.getBoundingClientRect().width,
        };
      });
      expect(host).toEqual({ parent: 'HTML', shadowRoot: null, width: 0 });
    } finally {
      await page.close();
    }
  });

  it('adds nothing to a page that is not an article', async () => {
    const highlights = await highlightsOf(browser, server.url('nonarticle-forum.html'), 4_000);
    expect(highlights).toEqual({});
  });
});
