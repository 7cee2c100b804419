// @vitest-environment happy-dom
/**
 * The drawing follows what the reader can see: the passages near the viewport are laid out on the
 * first frame, the far ones wait, hidden, for a scroll to bring them near, and the first drawing is
 * done (its time counted) without them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Marks } from '../../src/content/marks';

/** Where each paragraph is in the viewport (its top, in CSS px; each is 40 px tall). */
const tops = new Map<Element, number>();
const HEIGHT = 40;

function article(paragraphTops: number[]) {
  document.body.replaceChildren();
  tops.clear();
  return paragraphTops.map((top, i) => {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i} of a long article.`;
    document.body.append(p);
    tops.set(p, top);
    const range = document.createRange();
    range.selectNodeContents(p);
    return { range, name: 'afterword-false' };
  });
}

let layer: HTMLElement;
let marks: Marks;

beforeEach(() => {
  vi.stubGlobal('innerHeight', 900);
  vi.stubGlobal('innerWidth', 1280);
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  const real = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = tops.get(this);
    if (top === undefined) return real.call(this);
    return new DOMRect(100, top, 600, HEIGHT);
  });
  layer = document.createElement('div');
  document.body.after(layer);
  marks = new Marks(document, () => ({ element: layer, zoom: 1 }));
});

afterEach(() => {
  marks.clear();
  layer.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const shown = () => [...layer.children].map((g) => !(g as HTMLElement).hidden);

describe('what is drawn first', () => {
  it('the passages in view and within a screen of it; the far ones wait, hidden', async () => {
    // In view, a screen below, two screens below and more, a screen above (scrolled past).
    marks.show(article([100, 1700, 2000, 9000, -850]));
    expect(shown()).toEqual([true, true, false, false, true]);
    // The first drawing is done without the far ones: nothing left for later frames.
    await expect(marks.whenDrawn()).resolves.toBe(0);
  });

  it('after a change of size, lays out again only what is near; what went far is hidden', () => {
    const passages = article([100, 1700, 2000]);
    marks.show(passages);
    expect(shown()).toEqual([true, true, false]);
    // The text reflowed: the first passage moved far down, the third up into view.
    const [first, , third] = document.querySelectorAll('p');
    tops.set(first!, 5000);
    tops.set(third!, 300);
    marks.layout();
    expect(shown()).toEqual([false, true, true]);
  });
});

describe('what the page moves without a scroll or a change of size', () => {
  it('a passage it brings near is laid out; one it sends far is let go', () => {
    // The browser's IntersectionObserver, reporting what the test says came near or went far.
    let report: (records: Partial<IntersectionObserverEntry>[]) => void = () => undefined;
    const watched: Element[] = [];
    let margin: string | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(
          callback: (records: IntersectionObserverEntry[]) => void,
          options: IntersectionObserverInit,
        ) {
          report = (records) => callback(records as IntersectionObserverEntry[]);
          margin = options.rootMargin;
        }
        observe(el: Element) {
          watched.push(el);
        }
        disconnect() {}
      },
    );
    marks.show(article([100, 700, 9000, 12000]));
    expect(shown()).toEqual([true, true, false, false]);
    const [first, second, third, fourth] = document.querySelectorAll('p');
    // Each passage's element, and a screen's margin around the viewport: what is laid out at first.
    expect(watched).toEqual([first, second, third, fourth]);
    expect(margin).toBe('100%');
    // A block above collapses while one below grows: the first scrolls out of reach, the second
    // moves up, the third comes into view; the fourth stays far. No size the page shows changed.
    tops.set(first!, -5000);
    tops.set(second!, 50);
    tops.set(third!, 300);
    tops.set(fourth!, 3300);
    report([
      { target: first!, isIntersecting: false },
      { target: third!, isIntersecting: true },
    ]);
    expect(shown()).toEqual([false, true, true, false]);
  });
});
