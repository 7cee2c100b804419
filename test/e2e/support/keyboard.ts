/** Walking a page with the Tab key: which controls are reached, and whether each shows its focus. */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** "button Why this hint", "searchbox", … */
  label: string;
  /** Whether the focused control shows a focus indicator (an outline of at least 2px, or a box-shadow ring). */
  visible: boolean;
}

/** Every enabled, rendered control a keyboard user should reach, as labels like FocusStop's. */
export async function focusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const label = (el: Element) =>
      `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '').replace(/\s+/g, ' ').trim()}`;
    return [
      ...document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter(
        (el) =>
          !(el as HTMLButtonElement).disabled &&
          el.getAttribute('tabindex') !== '-1' &&
          el.getClientRects().length > 0 &&
          !el.closest('[hidden]'),
      )
      .map(label);
  });
}

/** Presses Tab from the top of the page until focus comes back round (at most `max` stops). */
export async function tabThrough(page: Page, max = 80): Promise<FocusStop[]> {
  // Put the sequential focus starting point at the top of the page (a click elsewhere moves it).
  await page.evaluate(() => {
    const start = document.createElement('div');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    window.scrollTo(0, 0);
    // Cycle detection by element, not by label: two unlabelled inputs would otherwise look like a wrap-around.
    (window as unknown as { __afterwordTabStops: Set<Element> }).__afterwordTabStops = new Set();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const seen = (window as unknown as { __afterwordTabStops: Set<Element> }).__afterwordTabStops;
      if (seen.has(el)) return 'cycle';
      seen.add(el);
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const ring = s.boxShadow !== 'none' && s.boxShadow !== '';
      return {
        label: `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '').replace(/\s+/g, ' ').trim()}`,
        visible: outline || ring,
      };
    });
    if (!stop || stop === 'cycle') break;
    stops.push(stop);
  }
  return stops;
}
