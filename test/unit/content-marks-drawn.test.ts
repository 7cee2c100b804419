// @vitest-environment happy-dom
/**
 * The first drawing's time counts every frame that draws it: on a long article the passages past the
 * first frame's budget are laid out in the frames after, on the reader's main thread all the same.
 * A tab in the background, which draws no frames, is answered at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Marks } from '../../src/content/marks';

/** Frames the test draws itself, one at a time. */
let frames: FrameRequestCallback[];
/** A clock that moves a millisecond each time it is read: reading boxes takes time. */
let clock: number;

function passages(n: number) {
  document.body.replaceChildren();
  return Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i} of a long article.`;
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    return { range, name: 'afterword-false' };
  });
}

function drawFrame(): void {
  const due = frames;
  frames = [];
  for (const f of due) f(performance.now());
}

let marks: Marks;

beforeEach(() => {
  frames = [];
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const layer = document.createElement('div');
  marks = new Marks(document, () => ({ element: layer, zoom: 1 }));
});

afterEach(() => {
  marks.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('the first drawing’s time', () => {
  it('counts the frames that draw the passages past the first frame’s budget', async () => {
    marks.show(passages(200));
    expect(frames).toHaveLength(1);
    let later: number | undefined;
    const drawn = marks.whenDrawn().then((ms) => (later = ms));
    await Promise.resolve();
    expect(later).toBeUndefined();
    let drawnFrames = 0;
    while (frames.length > 0) {
      const before = clock;
      drawFrame();
      drawnFrames++;
      expect(clock).toBeGreaterThan(before);
    }
    await drawn;
    expect(drawnFrames).toBeGreaterThan(0);
    // Each frame's pass took at least the budget it was allowed (6 ms) before it stopped, but the last.
    expect(later).toBeGreaterThanOrEqual(6 * (drawnFrames - 1));
    expect(later).toBeGreaterThan(0);
  });

  it('is the first frame’s alone when that frame draws every passage', async () => {
    marks.show(passages(3));
    expect(frames).toHaveLength(0);
    await expect(marks.whenDrawn()).resolves.toBe(0);
  });

  it('does not wait for frames in a tab in the background', async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    marks.show(passages(200));
    expect(frames).toHaveLength(1);
    await expect(marks.whenDrawn()).resolves.toBe(0);
  });

  it('answers when the drawing is taken off the page before its frames come', async () => {
    marks.show(passages(200));
    const drawn = marks.whenDrawn();
    marks.clear();
    await expect(drawn).resolves.toBe(0);
  });
});
