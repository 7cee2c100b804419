// @vitest-environment happy-dom
/**
 * The in-page card answers the reader, not the page: events a page makes up (dispatchEvent,
 * element.click(), isTrusted false) neither close the card nor press its buttons; the reader's own do.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardView } from '../../src/content/card';
import { Overlay, trusted, type CardAnchor } from '../../src/content/overlay';

const VIEW: CardView = {
  tone: 'denied',
  statusLabel: 'Denied',
  verdict: 'Denied by Dmitry Peskov one day after this article was published.',
  claim: 'Claim: Vladimir Putin survived an assassination attempt.',
  kicker: 'Afterword · what happened next',
  moreLabel: 'Timeline and sources',
  closeLabel: 'Close',
  dark: false,
} as CardView;

/** A passage in view: the card is placed against these line boxes. */
const anchor = {
  range: {
    getClientRects: () => [{ top: 100, bottom: 120, left: 10, right: 300, width: 290, height: 20 }],
  },
} as unknown as CardAnchor;

/** An event as the browser makes it for the reader's own input. */
function fromReader<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let shadow: ShadowRoot;
let onMore: ReturnType<typeof vi.fn<(anchor: CardAnchor) => void>>;
let overlay: Overlay;

beforeEach(() => {
  // The card lives in a closed shadow root; the test keeps the root the overlay attaches.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
  onMore = vi.fn();
  overlay = new Overlay(document, onMore);
  overlay.show(anchor, VIEW, { focus: false });
});

afterEach(() => {
  overlay.destroy();
  vi.restoreAllMocks();
});

const button = (label: string) =>
  [...shadow.querySelectorAll('button')].find(
    (b) => b.textContent === label || b.getAttribute('aria-label') === label,
  )!;

describe('the card and made-up events', () => {
  it('opens where the passage is', () => {
    expect(overlay.isOpen).toBe(true);
    expect(shadow.querySelector('.card')).not.toBeNull();
  });

  it('a made-up Escape, scroll or resize does not close it; the reader’s Escape does', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    shadow.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(overlay.isOpen).toBe(true);
    document.dispatchEvent(fromReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(overlay.isOpen).toBe(false);
  });

  it('made-up clicks on "Close" and "more" do nothing; the reader’s do', () => {
    button('Timeline and sources').click();
    button('Close').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onMore).not.toHaveBeenCalled();
    expect(overlay.isOpen).toBe(true);
    button('Timeline and sources').dispatchEvent(fromReader(new MouseEvent('click', { bubbles: true })));
    expect(onMore).toHaveBeenCalledOnce();
    button('Close').dispatchEvent(fromReader(new MouseEvent('click', { bubbles: true })));
    expect(overlay.isOpen).toBe(false);
  });

  it('trusted() passes on the reader’s events only', () => {
    const seen: string[] = [];
    const listener = trusted((e: Event) => seen.push(e.type));
    listener(new Event('made-up'));
    listener(fromReader(new Event('real')));
    expect(seen).toEqual(['real']);
  });
});
