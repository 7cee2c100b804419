// @vitest-environment happy-dom
/**
 * Afterword's one element on a page with claims: a page that takes it out gets it back (its marks
 * with it), a page that keeps taking it out gets it back a few times at once and then at most once a
 * second (never a loop between the page's observer and Afterword's), and a page without anything to
 * show never gets it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay, QUICK_RESTORES, RESTORE_INTERVAL_MS } from '../../src/content/overlay';

const hosts = () => document.querySelectorAll('afterword-ui');
/** Lets the MutationObserver callbacks of the last change run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

let overlay: Overlay;

beforeEach(() => {
  overlay = new Overlay(document, () => undefined);
});

afterEach(() => {
  overlay.destroy();
  vi.useRealTimers();
});

describe('the host on the page', () => {
  it('is not there until there is something to show', () => {
    expect(hosts().length).toBe(0);
    overlay.markLayer();
    expect(hosts().length).toBe(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
  });

  it('comes back, with the same marks, when the page removes it, and says so', async () => {
    const restored = vi.fn();
    overlay.onRestored = restored;
    const { element } = overlay.markLayer();
    hosts()[0]!.remove();
    await settle();
    expect(hosts().length).toBe(1);
    expect(overlay.markLayer().element).toBe(element);
    expect(restored).toHaveBeenCalledTimes(1);
  });

  it('comes back to <html> when the page moves it into a hidden element of its own', async () => {
    overlay.markLayer();
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    document.body.append(hidden);
    hidden.append(hosts()[0]!);
    await settle();
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
  });

  it('against a page that removes it every time: a few times at once, then at most once a second', async () => {
    // The page's clock is the test's: a second passes without being waited for.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const settleFake = () => vi.advanceTimersByTimeAsync(0);
    overlay.markLayer();
    let removed = 0;
    const pageObserver = new MutationObserver(() => {
      const host = document.querySelector('afterword-ui');
      if (host && removed < 1000) {
        removed++;
        host.remove();
      }
    });
    pageObserver.observe(document.documentElement, { childList: true });
    hosts()[0]!.remove();
    for (let i = 0; i < 20; i++) await settleFake();
    const quick = removed;
    expect(quick).toBe(QUICK_RESTORES);
    await vi.advanceTimersByTimeAsync(RESTORE_INTERVAL_MS - 1);
    expect(removed).toBe(quick);
    await vi.advanceTimersByTimeAsync(1);
    for (let i = 0; i < 5; i++) await settleFake();
    expect(removed).toBe(quick + 1);
    await vi.advanceTimersByTimeAsync(3 * RESTORE_INTERVAL_MS);
    expect(removed).toBe(quick + 4);
    pageObserver.disconnect();
  });

  it('goes away for good when Afterword takes it off (the site paused)', async () => {
    overlay.markLayer();
    overlay.destroy();
    await settle();
    expect(hosts().length).toBe(0);
  });
});
