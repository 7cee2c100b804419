/**
 * Everything Afterword adds to a page, which is one element, added only when the page has tracked
 * claims: a host appended to <html> with a closed shadow root (the page can neither read nor style
 * what is inside) holding the passages' marks (marks.ts), the claim card and a polite live region.
 * The card is placed next to its passage, above or below and never over it; it closes on Escape, on
 * a click elsewhere and when the passage is scrolled out of view, and gives keyboard focus back
 * where it was. A page that takes the host out gets it back (a few times at once, then at most once
 * a second: a page that keeps removing it cannot keep Afterword busy).
 */
import cardCss from './card.css?inline';
import hostCss from './host.css?inline';
import marksCss from './marks.css?inline';
import { renderCard, type CardView } from './card';

/** Gap between the passage's line box and the card. */
const GAP = 8;
/** Minimum distance from the viewport's edges. */
const MARGIN = 8;
/** The host is put back at once this many times; after that at most once per RESTORE_INTERVAL_MS. */
export const QUICK_RESTORES = 3;
export const RESTORE_INTERVAL_MS = 1000;

/**
 * A listener that ignores events the page made up (dispatchEvent, element.click(): isTrusted is
 * false): only the reader opens, closes or follows the card. A page could otherwise close the card
 * the moment it opens, with a made-up Escape or scroll, or press "more" for the reader.
 */
export function trusted<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}

export interface CardAnchor {
  range: Range;
}

interface Open {
  anchor: CardAnchor;
  root: HTMLElement;
  /** Where focus goes back on close, when opening moved it into the card. */
  returnFocus: Element | null;
}

/** Adds a sheet to the shadow root, after those it has. */
function addStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  // A constructed stylesheet is not an inline <style>, so a page's strict style-src cannot block it.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Older engines, or a content-script sandbox that cannot adopt sheets: a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** A background colour's relative luminance, or null when it is transparent or unreadable. */
function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const lin = (v: string) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/** Whether the page behind a node is dark (its first opaque background up the tree), else the reader's preference. */
export function pageLooksDark(node: Node | null): boolean {
  for (let el = node instanceof Element ? node : (node?.parentElement ?? null); el; el = el.parentElement) {
    const l = luminance(getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.2;
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export class Overlay {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private live: HTMLElement | undefined;
  private marks: HTMLElement | undefined;
  private open: Open | undefined;
  private guard: MutationObserver | undefined;
  private restores = 0;
  private restoreTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** Whether the card's sheet is in the shadow root. */
  private cardStyled = false;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  constructor(
    private readonly doc: Document,
    private readonly onMore: (anchor: CardAnchor) => void,
  ) {}

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  get openAnchor(): CardAnchor | undefined {
    return this.open?.anchor;
  }

  /**
   * The layer the marks are drawn in (under the card), and the CSS zoom it is drawn under: the host
   * resets `zoom`, but a page that zooms <html> zooms the host with it.
   */
  markLayer(): { element: HTMLElement; zoom: number } {
    const shadow = this.ensureHost();
    if (!this.marks) {
      const layer = this.doc.createElement('div');
      layer.className = 'marks';
      // Decoration: the card and the popup say what a mark means in words.
      layer.setAttribute('aria-hidden', 'true');
      shadow.prepend(layer);
      this.marks = layer;
    }
    const zoom = (this.host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    return { element: this.marks, zoom: typeof zoom === 'number' && zoom > 0 ? zoom : 1 };
  }

  /** The host, made on first use: pages without tracked claims never get one. */
  private ensureHost(): ShadowRoot {
    if (this.shadow && this.host) {
      if (!this.isInPlace()) this.restoreSoon();
      return this.shadow;
    }
    const host = this.doc.createElement('afterword-ui');
    const shadow = host.attachShadow({ mode: 'closed' });
    // The host's reset and the marks' look; the card's sheet waits for the first card (cardStyled).
    addStyles(this.doc, shadow, `${hostCss}\n${marksCss}`);
    const live = this.doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    shadow.append(live);
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.live = live;
    this.guardHost();
    return shadow;
  }

  private isInPlace(): boolean {
    return this.host?.parentNode === this.doc.documentElement;
  }

  /**
   * Watches <html>'s own children (not the whole tree: one cheap record per change there) for the
   * host being taken out or moved, and puts it back. Bounded: a page whose own observer removes the
   * host each time it comes back gets QUICK_RESTORES at once, then one every RESTORE_INTERVAL_MS,
   * from a timer, never from the observer itself, so the two observers cannot spin.
   */
  private guardHost(): void {
    if (this.guard || typeof MutationObserver !== 'function') return;
    this.guard = new MutationObserver(() => {
      if (this.host && !this.isInPlace()) this.restoreSoon();
    });
    this.guard.observe(this.doc.documentElement, { childList: true });
  }

  private restoreSoon(): void {
    if (this.restoreTimer !== undefined) return;
    if (this.restores < QUICK_RESTORES) {
      this.restores++;
      this.restore();
      return;
    }
    this.restoreTimer = setTimeout(() => {
      this.restoreTimer = undefined;
      this.restore();
    }, RESTORE_INTERVAL_MS);
  }

  private restore(): void {
    if (!this.host || this.isInPlace()) return;
    this.doc.documentElement.append(this.host);
    this.onRestored?.();
  }

  /** Called when the host was put back (the marks are laid out again against it). */
  onRestored: (() => void) | undefined;

  /**
   * Says `text` once through the live region. The region is created empty and filled a moment
   * later: screen readers announce changes to a region they already know, not a new one's content.
   */
  announce(text: string): void {
    this.ensureHost();
    const live = this.live!;
    live.textContent = '';
    setTimeout(() => {
      if (live.isConnected) live.textContent = text;
    }, 250);
  }

  show(anchor: CardAnchor, view: CardView, { focus }: { focus: boolean }): void {
    // Moving from card to card by keyboard keeps the place focus came from before the first one.
    const active = this.doc.activeElement;
    const returnFocus = focus
      ? this.host && active === this.host
        ? (this.open?.returnFocus ?? null)
        : active
      : null;
    this.close({ restoreFocus: false });
    const shadow = this.ensureHost();
    if (!this.cardStyled) {
      addStyles(this.doc, shadow, cardCss);
      this.cardStyled = true;
    }
    const { root, close, more } = renderCard(this.doc, view);
    close.addEventListener(
      'click',
      trusted(() => this.close({ restoreFocus: true })),
    );
    more.addEventListener(
      'click',
      trusted(() => this.onMore(anchor)),
    );
    root.addEventListener(
      'keydown',
      trusted((e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.close({ restoreFocus: true });
        }
      }),
    );
    // Measured out of sight first, then placed: the card never appears anywhere but its place.
    root.style.visibility = 'hidden';
    shadow.append(root);
    this.open = { anchor, root, returnFocus };
    this.listen();
    if (!this.place()) {
      this.close({ restoreFocus: false });
      return;
    }
    root.style.visibility = '';
    if (focus) root.focus({ preventScroll: true });
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    this.unlisten();
    const hadFocus = this.host !== undefined && this.doc.activeElement === this.host;
    open.root.remove();
    if (restoreFocus && hadFocus && open.returnFocus instanceof HTMLElement && open.returnFocus.isConnected) {
      open.returnFocus.focus({ preventScroll: true });
    }
  }

  /** Removes the host altogether (the site was paused, the page is no longer an article). */
  destroy(): void {
    this.close({ restoreFocus: false });
    this.guard?.disconnect();
    this.guard = undefined;
    if (this.restoreTimer !== undefined) clearTimeout(this.restoreTimer);
    this.restoreTimer = undefined;
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
    this.live = undefined;
    this.marks = undefined;
    this.cardStyled = false;
  }

  /** Whether the host is on the page (the marks, the card or the live region are there). */
  get present(): boolean {
    return this.host !== undefined;
  }

  /**
   * Puts the card below the passage, or above it when there is no room below; never over it.
   * Returns false when the passage is out of view (the card then closes).
   */
  private place(): boolean {
    const open = this.open;
    if (!open) return false;
    const view = { width: this.doc.documentElement.clientWidth || innerWidth, height: innerHeight };
    const rects = [...open.anchor.range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) return false;
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    if (bottom <= 0 || top >= view.height) return false;
    const card = open.root;
    card.style.maxHeight = '';
    const below = view.height - bottom - GAP - MARGIN;
    const above = top - GAP - MARGIN;
    const natural = card.offsetHeight;
    let y: number;
    if (natural <= below) y = bottom + GAP;
    else if (natural <= above) y = top - GAP - natural;
    else if (below >= above) {
      card.style.maxHeight = `${Math.max(0, below)}px`;
      y = bottom + GAP;
    } else {
      card.style.maxHeight = `${Math.max(0, above)}px`;
      y = top - GAP - Math.min(natural, Math.max(0, above));
    }
    // Horizontally: start at the line the card is next to, kept inside the viewport.
    const line = y >= bottom ? rects[rects.length - 1]! : rects[0]!;
    const width = card.offsetWidth;
    const x = Math.min(Math.max(MARGIN, line.left), Math.max(MARGIN, view.width - width - MARGIN));
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
    return true;
  }

  private readonly onViewportChange = trusted(() => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.open && !this.place()) this.close({ restoreFocus: true });
    });
  });

  private readonly onKey = trusted((e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape' && this.open) this.close({ restoreFocus: true });
  });

  private listen(): void {
    if (this.listeners.length > 0) return;
    const add = (target: EventTarget, type: string, fn: EventListener, opts: AddEventListenerOptions) => {
      target.addEventListener(type, fn, opts);
      this.listeners.push([target, type, fn, opts]);
    };
    // Capture: a scroll inside any scrolling box of the page moves the passage too.
    add(this.doc, 'scroll', this.onViewportChange, { capture: true, passive: true });
    add(window, 'resize', this.onViewportChange, { passive: true });
    add(this.doc, 'keydown', this.onKey, { capture: true });
  }

  private unlisten(): void {
    for (const [target, type, fn, opts] of this.listeners.splice(0))
      target.removeEventListener(type, fn, opts);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
