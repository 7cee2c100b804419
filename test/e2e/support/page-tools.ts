/**
 * Small things the reader-facing E2E tests do to a page: find the highlighted passages, click one,
 * send the content script what a keyboard shortcut sends, and watch for layout shifts.
 */
import type { Disposable, Page } from 'playwright-core';
import type { PageCommand, PageRequest } from '../../../src/shared/messages';
import type { ExtensionHarness } from './browser';
import { readMarks } from './marks';
import { framesRendered, pollUntil } from './waits';

/** How far from where the scroll put it a passage's first line may be read (sub-pixel rounding). */
const SCROLLED_SLACK_PX = 2;

export interface PassageInfo {
  name: string;
  text: string;
  rects: { left: number; top: number; right: number; bottom: number }[];
}

/** Every marked passage, in document order, with the text under its marks and their boxes in the viewport. */
export async function passages(page: Page): Promise<PassageInfo[]> {
  return readMarks(page);
}

/** Scrolls the passage holding `text` to the middle of the viewport and clicks its first line. */
export async function clickPassage(page: Page, text: string): Promise<PassageInfo> {
  // Asked until it holds: right after a change of the window's size the marks are laid out on the
  // next frame, and read before it they lie over other text.
  const marked = await pollUntil(
    async () => (await passages(page)).find((p) => p.text.includes(text)),
    (p) => p?.rects[0] !== undefined,
  );
  if (!marked?.rects[0]) throw new Error(`No highlighted passage holds "${text}"`);
  // Its first line to the middle of the viewport.
  const scrolled = await page.evaluate((top) => {
    const before = window.scrollY;
    window.scrollBy({ top: top - innerHeight / 2, behavior: 'instant' });
    return window.scrollY - before;
  }, marked.rects[0].top);
  // Clicked where the marks are once they have followed the scroll (they are redrawn on a frame).
  const expectedTop = marked.rects[0].top - scrolled;
  const passage = await pollUntil(
    async () => (await passages(page)).find((p) => p.text.includes(text)),
    (p) => p?.rects[0] !== undefined && Math.abs(p.rects[0].top - expectedTop) <= SCROLLED_SLACK_PX,
  );
  const first = passage?.rects[0];
  if (!passage || !first) throw new Error(`The passage "${text}" lost its marks when scrolled to`);
  await page.mouse.click(
    first.left + Math.min(12, (first.right - first.left) / 2),
    (first.top + first.bottom) / 2,
  );
  // What the click opens is drawn on the next frames.
  await framesRendered(page);
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

/**
 * Records layout shifts (CLS entries) in every page from its first script on; read with layoutShift().
 * Dispose of the result to stop recording in the pages opened afterwards (a shared browser).
 */
export async function recordLayoutShifts(harness: ExtensionHarness): Promise<Disposable> {
  return harness.context.addInitScript(() => {
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

/** Asks `probe` until `ok` holds or the time is up, and returns the last value either way. */
export const until = pollUntil;

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
