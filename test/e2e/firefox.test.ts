/**
 * Firefox smoke test: the Firefox build installs in Firefox ESR (WebDriver BiDi, puppeteer-core),
 * reads a seed article and highlights its claims; a click on a passage opens the card (closed
 * shadow root, its own stylesheet) next to it; a page that is not an article gets nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, type StaticServer } from './support/server';

const FIREFOX = process.env.AFTERWORD_FIREFOX ?? '/usr/bin/firefox-esr';
const FIREFOX_DIST = resolve(REPO_ROOT, 'dist/firefox');

/** Quiet Firefox: no update, telemetry, safe-browsing or captive-portal traffic on a closed network. */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

async function highlightsOf(
  browser: Browser,
  url: string,
  waitMs = 10_000,
): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The content script runs at document_idle and waits on the background: poll, don't sleep.
    const deadline = Date.now() + waitMs;
    let result: Record<string, string[]> = {};
    while (Date.now() < deadline) {
      result = await page.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const [name, highlight] of CSS.highlights)
          out[name] = [...highlight].map((r) => (r as Range).toString());
        return out;
      });
      if (Object.keys(result).length > 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return result;
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

  it('highlights the claims of the 14 Sep 2022 article', async () => {
    const highlights = await highlightsOf(browser, server.url('seed-000.html'));
    expect(Object.keys(highlights).sort()).toEqual(['afterword-false', 'afterword-true']);
    const denied = highlights['afterword-false']!.join(' ');
    expect(denied).toContain(
      'Kazakhstan has reportedly announced it will suspend its membership in the Russia-led CSTO at the beginning of 2023.',
    );
    expect(denied).toContain('President Vladimir Putin reportedly survived an assassination attempt');
  });

  it('opens the card next to a clicked passage, out of the page’s reach', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url('seed-000.html'), { waitUntil: 'load' });
      await page.waitForFunction(() => CSS.highlights.has('afterword-false'), { timeout: 10_000 });
      const at = await page.evaluate(() => {
        const range = [...CSS.highlights.get('afterword-false')!].find((r) =>
          (r as Range).toString().includes('has reportedly announced'),
        ) as Range;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const first = range.getClientRects()[0]!;
        const box = range.getBoundingClientRect();
        return {
          x: first.left + 6,
          y: (first.top + first.bottom) / 2,
          below: box.bottom + 40,
          left: box.left + 40,
        };
      });
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
