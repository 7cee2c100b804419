// @vitest-environment happy-dom
/**
 * The marks are drawn after the page's next frame, so that they read a page the browser has already
 * laid out; a tab that draws no frames (in the background) still gets them, a moment later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../src/content/frame';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('waiting for the page’s frame', () => {
  it('goes on after the frame’s own callbacks, the page’s included', async () => {
    const order: string[] = [];
    const waiting = afterNextFrame(document).then(() => order.push('marks'));
    requestAnimationFrame(() => order.push('page’s frame'));
    await waiting;
    expect(order).toEqual(['page’s frame', 'marks']);
  });

  it('does not wait in a tab in the background', async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    const frames = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frames);
    // No timer runs here: a wait of any length, for a frame or a timer, leaves it pending.
    vi.useFakeTimers();
    let done = false;
    void afterNextFrame(document).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(true);
    expect(frames).not.toHaveBeenCalled();
  });

  it('goes on without a frame when none comes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void afterNextFrame(document).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
