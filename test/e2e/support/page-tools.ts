/**
 * Small things the reader-facing E2E tests do to a page: find the highlighted passages, click one,
 * send the content script what a keyboard shortcut sends, and watch for layout shifts.
 */
import type { Page } from 'playwright-core';
import type { PageCommand, PageRequest } from '../../../src/shared/messages';
import type { ExtensionHarness } from './browser';

export interface PassageInfo {
  name: string;
  text: string;
  rects: { left: number; top: number; right: number; bottom: number }[];
}

/** Every afterword-* highlight range, in document order, with its line boxes in the viewport. */
export async function passages(page: Page): Promise<PassageInfo[]> {
  return page.evaluate(() => {
    const all: { name: string; range: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('afterword-')) continue;
      for (const range of highlight) all.push({ name, range: range as Range });
    }
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return all.map(({ name, range }) => ({
      name,
      text: range.toString().replace(/\s+/g, ' ').trim(),
      rects: [...range.getClientRects()].map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      })),
    }));
  });
}

/** Scrolls the passage holding `text` to the middle of the viewport and clicks its first line. */
export async function clickPassage(page: Page, text: string): Promise<PassageInfo> {
  const found = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('afterword-')) continue;
      for (const r of highlight) {
        const range = r as Range;
        if (!range.toString().replace(/\s+/g, ' ').includes(wanted)) continue;
        const el = range.startContainer.parentElement!;
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        return true;
      }
    }
    return false;
  }, text);
  if (!found) throw new Error(`No highlighted passage holds "${text}"`);
  await page.waitForTimeout(100);
  const passage = (await passages(page)).find((p) => p.text.includes(text))!;
  const first = passage.rects[0]!;
  await page.mouse.click(
    first.left + Math.min(12, (first.right - first.left) / 2),
    (first.top + first.bottom) / 2,
  );
  await page.waitForTimeout(150);
  return passage;
}

/** Whether two boxes overlap. */
export function intersects(
  a: { left: number; top: number; right: number; bottom: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.left < b.x + b.width && a.right > b.x && a.top < b.y + b.height && a.bottom > b.y;
}

/** What the background sends the tab for a keyboard shortcut (commands.onCommand → tabs.sendMessage). */
export async function sendCommand(
  harness: ExtensionHarness,
  tabId: number,
  command: PageCommand,
): Promise<unknown> {
  const worker = await harness.serviceWorker();
  const message: PageRequest = { type: 'page:command', command };
  return worker.evaluate(
    ([tabId, message]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(tabId, message),
    [tabId, message] as const,
  );
}

/** Records layout shifts (CLS entries) in every page from its first script on; read with layoutShift(). */
export async function recordLayoutShifts(harness: ExtensionHarness): Promise<void> {
  await harness.context.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number };
    w.__layoutShift = 0;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__layoutShift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // Not a Chromium page: no layout-shift entries.
    }
  });
}

export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __layoutShift?: number }).__layoutShift ?? -1);
}

/** Polls `probe` every 100 ms until `ok` holds or the time is up, and returns the last value either way. */
export async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

/** The toolbar button's tooltip and badge colour for a tab, as the background set them. */
export async function toolbar(
  harness: ExtensionHarness,
  tabId: number,
): Promise<{ title: string; text: string; colour: number[] }> {
  const worker = await harness.serviceWorker();
  return worker.evaluate(async (tabId) => {
    const action = (
      globalThis as unknown as {
        chrome: {
          action: {
            getTitle(d: { tabId: number }): Promise<string>;
            getBadgeText(d: { tabId: number }): Promise<string>;
            getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
          };
        };
      }
    ).chrome.action;
    return {
      title: await action.getTitle({ tabId }),
      text: await action.getBadgeText({ tabId }),
      colour: await action.getBadgeBackgroundColor({ tabId }),
    };
  }, tabId);
}
