/**
 * Waiting on what a test is about, never on the clock: a fixed sleep is too short on a busy
 * machine and wasted on an idle one.
 */
import type { Page } from 'playwright-core';
import { vi } from 'vitest';

/** How often pollUntil asks again: often enough not to add to a test's time, rarely enough not to load the browser. */
const POLL_INTERVAL_MS = 100;

/** The condition did not hold yet: pollUntil asks again, or returns the last value at the deadline. */
class NotYet<T> extends Error {
  constructor(readonly value: T) {
    super('not yet');
  }
}

/**
 * Asks `probe` until `ok` holds of its answer, and returns that answer; at the deadline, returns the
 * last answer instead, for the caller's assertion to show what was there. An error from the probe
 * itself is not waited out: it fails at once.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  try {
    return await vi.waitFor(
      async () => {
        const value = await probe();
        if (!ok(value)) throw new NotYet(value);
        return value;
      },
      { timeout: timeoutMs, interval: POLL_INTERVAL_MS },
    );
  } catch (error) {
    if (error instanceof NotYet) return error.value as T;
    throw error;
  }
}

/**
 * Resolves once the page has rendered `frames` more frames. Layout and the layout-shift entries it
 * causes are reported when a frame renders, so after a change and a few frames, whatever it moved
 * has been counted.
 */
export async function framesRendered(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(count);
      }),
    frames,
  );
}

/**
 * Counts, in the page, the changes made under `selector` from now on; `changesSeen` reads the count.
 * For a page that keeps changing itself (a live ticker): a test waits for so many changes, not so long.
 */
export async function countChanges(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __changes: number };
    w.__changes = 0;
    const target = document.querySelector(sel);
    if (!target) throw new Error(`Nothing matches ${sel}`);
    new MutationObserver((records) => {
      w.__changes += records.length;
    }).observe(target, { subtree: true, childList: true, characterData: true });
  }, selector);
}

/** Waits until the page made at least `n` changes since countChanges(). */
export async function waitForChanges(page: Page, n: number, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    (want) => ((window as unknown as { __changes?: number }).__changes ?? 0) >= want,
    n,
    { timeout: timeoutMs },
  );
}
