/**
 * Drawing the marked passages. The marks are boxes inside Afterword's closed shadow root (overlay.ts),
 * placed over the passages' line boxes (Range.getClientRects), not styles on the page: the page's
 * scripts can neither list which passages are marked and how (the CSS Custom Highlight registry is
 * shared with the page, a closed shadow root is not), nor remove, restyle or forge them, and the
 * page's DOM is never touched (no wrapper spans, no attributes), so nothing shifts. The boxes let
 * clicks through (pointer-events: none): the page stays usable, and a click on a passage still
 * opens its card (hints.ts tests the click point against the passage's own boxes).
 *
 * The colour says what became of the claim, the style what the article does with it (src/ui/stance.ts,
 * marks.css). The boxes follow the page. The layer sits at the document's origin, so the page's own
 * scrolling carries them with the text at no cost; a scrolling box moves only its own passages' marks
 * (at most once a frame); a change of size anywhere that matters (the window, zoom, reflow, a late
 * font: the page, each passage's element and each box that clips one are watched) lays them out
 * again right after the browser's own layout, in the same frame.
 *
 * The work follows what the reader can see: only the passages near the viewport (NEAR_VIEWPORTS) are
 * laid out, on the first frame and after every change of size; the others wait, hidden, marked
 * stale, until a scroll (of the page or of a box holding them) brings them near, and are laid out in
 * that scroll's frame. Whatever else brings a passage's element near (an element above it collapsing
 * while another grows, a transform, a panel opening in a fixed-height box: nothing the watched sizes
 * show), an IntersectionObserver on the passages' elements tells, and it is laid out then; one that
 * goes far lets its marks go stale. What the reader is told (the badge, the popup, the card) does
 * not depend on the drawing.
 */
import { layoutPassage, type Box, type Placed } from './mark-layout';
import { trusted } from './overlay';

export interface MarkedPassage {
  range: Range;
  /** The mark's look: one of src/ui/stance.ts's names (`afterword-false-answers`…), a class in marks.css. */
  name: string;
}

interface Entry extends MarkedPassage {
  group: HTMLElement;
  /** The element holding the passage: watched for size changes, checked for visibility. */
  holder: Element | null;
  /** Its ancestors that clip it, and whether it is pinned: read when it is first laid out (chainOf). */
  chain: Chain | undefined;
  /** Each line box's style as last written: unchanged boxes are not written again. */
  written: string[];
  /** Not laid out against the page as it is now (far from the viewport): hidden until it comes near. */
  stale: boolean;
  /** Its holder's box as last measured, in the layer's coordinates: where a page scroll brings it near. */
  at: Box | undefined;
}

/** The layer the marks are drawn in, and the CSS zoom it is drawn under. */
export interface MarkLayer {
  element: HTMLElement;
  zoom: number;
}

/**
 * A frame's share for reading the passages' boxes (of 16 ms at 60 Hz): past it, the passages
 * farthest from the viewport wait for the next frame. Checked every BATCH passages: one passage's
 * styles and boxes took 30–80 µs to read on the 10,000-word E2E article (Chromium, the 2-core
 * machine under load), so a batch overshoots the budget by well under a millisecond.
 */
const FRAME_BUDGET_MS = 6;
const BATCH = 8;

/**
 * How long whenDrawn() waits for the frames that draw the passages past the first frame's budget.
 * At 30–80 µs a passage and FRAME_BUDGET_MS a frame, a thousand passages take a quarter of a second
 * of frames at 60 Hz; past this, a tab that stopped drawing frames (sent to the background) answers
 * with the time spent so far.
 */
const DRAWN_WAIT_MS = 500;

/**
 * How far from the viewport a passage is laid out, in viewport heights (and widths) on each side: a
 * reader scrolling less than a screen a frame (the wheel, the arrow keys, Page Down) finds the
 * passages it brings into view drawn already, and a jump (a link, the next/previous shortcut) has
 * them drawn in its own frame. The 10,000-word E2E article's 246 passages run over about 40 screens,
 * so three screens' worth is a few dozen passages, well within FRAME_BUDGET_MS.
 */
const NEAR_VIEWPORTS = 1;

/** NEAR_VIEWPORTS as the IntersectionObserver's margin (a percentage of the viewport on each side). */
const NEAR_MARGIN = `${NEAR_VIEWPORTS * 100}%`;

/**
 * How far (CSS px) an element may be from where it was last measured before the page counts as
 * moved: fractional positions read twice round the same; a reflow moves text by whole lines.
 */
const MOVED_SLACK_PX = 1;

const NO_OVERFLOW = new Set(['visible', '']);
const PINNED = new Set(['fixed', 'sticky']);

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

const clips = (style: CSSStyleDeclaration) =>
  !NO_OVERFLOW.has(style.overflowX) || !NO_OVERFLOW.has(style.overflowY);

/** What an element's ancestors do to a mark drawn over it. */
interface Chain {
  /** Ancestors that cut off what overflows them (scrolling boxes, overflow: hidden/clip). */
  clippers: Element[];
  /** Inside a fixed or sticky element: the page's own scrolling moves it against the document. */
  pinned: boolean;
}

/**
 * The page's computed styles as one drawing reads them: each element's once, however many passages
 * it holds (the passages of an article share most of their ancestors; reading each passage's chain
 * up to <html> anew, all before the first mark, took 5 ms of the first drawing's 26 ms on the
 * 10,000-word E2E article's 246 passages, Chromium on the 2-core machine under load).
 */
class Ancestry {
  private readonly chains = new Map<Element, Chain>();
  private readonly styles = new Map<Element, CSSStyleDeclaration>();

  constructor(private readonly doc: Document) {}

  style(el: Element): CSSStyleDeclaration {
    let style = this.styles.get(el);
    if (!style) {
      style = getComputedStyle(el);
      this.styles.set(el, style);
    }
    return style;
  }

  /**
   * The ancestors of `el` (itself included) that clip their content, and whether one of them is
   * fixed or sticky. <body> clips only when <html> does not take its overflow to the viewport.
   */
  of(el: Element | null): Chain {
    const { body, documentElement } = this.doc;
    const path: Element[] = [];
    let chain: Chain = { clippers: [], pinned: false };
    for (let at = el; at && at !== documentElement; at = at.parentElement) {
      const known = this.chains.get(at);
      if (known) {
        chain = known;
        break;
      }
      path.push(at);
      if (at === body) break;
    }
    // From the top down, each element's chain is its parent's and its own.
    for (let i = path.length - 1; i >= 0; i--) {
      const at = path[i]!;
      const style = this.style(at);
      const clipping = at === body ? clips(style) && clips(this.style(documentElement)) : clips(style);
      chain = {
        clippers: clipping ? [at, ...chain.clippers] : chain.clippers,
        pinned: chain.pinned || PINNED.has(style.position),
      };
      this.chains.set(at, chain);
    }
    return chain;
  }
}

/** A DOMRect's sides as a plain object (its properties are getters: spreading it copies nothing). */
const plain = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** What a clipping element lets through: its padding box, without its scrollbars. */
function clipBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

/** Text the page hid (display: none, visibility: hidden, opacity 0 on the way up) gets no mark. */
function shown(el: Element | null): boolean {
  if (!el) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return typeof check === 'function'
    ? check.call(el, { visibilityProperty: true, opacityProperty: true })
    : true;
}

/** How far a box (viewport coordinates) is from the viewport, up or down: 0 for one in it. */
function distance(r: Box, height: number): number {
  return r.bottom < 0 ? -r.bottom : r.top > height ? r.top - height : 0;
}

/** A box moved by (dx, dy): from viewport coordinates to the layer's and back. */
function shifted(r: Box, dx: number, dy: number): Box {
  return { left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy };
}

/** The viewport's size in CSS px, without the page's scrollbar where the page has one. */
function viewportSize(doc: Document): { width: number; height: number } {
  return { width: doc.documentElement.clientWidth || innerWidth, height: innerHeight };
}

/** Whether a box (viewport coordinates) is within NEAR_VIEWPORTS of the viewport. */
function near(r: Box, width: number, height: number): boolean {
  const x = width * NEAR_VIEWPORTS;
  const y = height * NEAR_VIEWPORTS;
  return r.bottom >= -y && r.top <= height + y && r.right >= -x && r.left <= width + x;
}

const css = (p: Placed) => `left:${p.left}px;top:${p.top}px;width:${p.width}px;height:${p.height}px`;

/**
 * A watched element's size: its border box, inline and block, in CSS px. `approx` for one measured
 * when first watched, in whole pixels, before the observer's first report (which has fractions).
 */
interface Size {
  inline: number;
  block: number;
  approx: boolean;
}

/** An observed element's size as the ResizeObserver reports it. */
function sizeOf(entry: ResizeObserverEntry): Size {
  const box = entry.borderBoxSize?.[0];
  return box
    ? { inline: box.inlineSize, block: box.blockSize, approx: false }
    : { inline: entry.contentRect.width, block: entry.contentRect.height, approx: false };
}

/**
 * An element's size as the observer will first report it, measured now (offsetWidth/offsetHeight,
 * untouched by transforms, as the border box); undefined for one without them (SVG), whose first
 * report then counts as a change.
 */
function measure(el: Element, styles: Ancestry): Size | undefined {
  const { offsetWidth: width, offsetHeight: height } = el as Partial<HTMLElement>;
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  const horizontal = styles.style(el).writingMode.startsWith('horizontal');
  const [inline, block] = horizontal ? [width, height] : [height, width];
  return { inline, block, approx: true };
}

/** Whether a watched element changed size: by any amount, or by a pixel from a whole-pixel measure. */
function resized(before: Size | undefined, now: Size): boolean {
  if (!before) return true;
  const slack = before.approx ? 1 : 0;
  return Math.abs(before.inline - now.inline) > slack || Math.abs(before.block - now.block) > slack;
}

export class Marks {
  private entries: Entry[] = [];
  private frame = 0;
  /** The passages a scrolling box moved since the last frame, or the first drawing left for it. */
  private readonly moved = new Set<Entry>();
  /** The page itself scrolled since the last frame: stale passages it brought near are laid out. */
  private pageScrolled = false;
  private resizeObserver: ResizeObserver | undefined;
  /** Tells when a passage's element comes within NEAR_VIEWPORTS of the viewport, or leaves it. */
  private nearObserver: IntersectionObserver | undefined;
  /** The passages each element holds: what the near observer's reports are about. */
  private held = new Map<Element, Entry[]>();
  /**
   * The watched elements' sizes as last seen, measured when first watched, before the observer's
   * first report: a page script that moves things between then and that report (during the page's
   * load) changes a size the first report then tells apart.
   */
  private sizes = new WeakMap<Element, Size>();
  /** The elements the resize observer watches: each passage's holder and clippers, from its first layout. */
  private watched = new WeakSet<Element>();
  /** The page's styles as this drawing read them (from show() to clear()). */
  private styles: Ancestry;
  private listening = false;
  /** The first drawing is not done: passages near the viewport still wait for their frame. */
  private drawing = false;
  /** Main-thread time of the first drawing's passes after show()'s own, until it was done. */
  private laterMs = 0;
  /** show() is laying out: its pass is the caller's to time. */
  private showing = false;
  private readonly drawnWaiters = new Set<() => void>();

  constructor(
    private readonly doc: Document,
    /** The layer to draw in, made on demand (the overlay's host appears only when there is something to show). */
    private readonly layer: () => MarkLayer,
  ) {
    this.styles = new Ancestry(doc);
  }

  /** Draws these passages (and only these); returns how many. Nothing is added to the page for none. */
  show(passages: readonly MarkedPassage[]): number {
    this.clear();
    if (passages.length === 0) return 0;
    // Nothing of the page is read here: each passage's styles are read when it is laid out, within
    // the frame's budget, and its group joins the layer with its boxes (layout: reads, then writes).
    for (const p of passages) {
      const group = this.doc.createElement('div');
      group.className = `passage ${p.name}`;
      group.hidden = true;
      const holder = elementOf(p.range.commonAncestorContainer);
      const entry: Entry = { ...p, group, holder, chain: undefined, written: [], stale: true, at: undefined };
      this.entries.push(entry);
      if (holder) this.held.set(holder, [...(this.held.get(holder) ?? []), entry]);
    }
    this.drawing = true;
    this.listen();
    for (const holder of this.held.keys()) this.nearObserver?.observe(holder);
    this.showing = true;
    try {
      this.layout();
    } finally {
      this.showing = false;
    }
    return this.entries.length;
  }

  clear(): void {
    this.unlisten();
    for (const e of this.entries) e.group.remove();
    this.entries = [];
    this.held = new Map();
    this.moved.clear();
    this.pageScrolled = false;
    this.styles = new Ancestry(this.doc);
    this.drawing = false;
    this.laterMs = 0;
    this.settleDrawn();
  }

  /**
   * The main-thread time of the first drawing's passes after show()'s own: the passages near the
   * viewport past the first frame's budget are laid out in the frames after it, and that time is the
   * reader's main thread's as much as the first frame's. Resolves once every passage near the
   * viewport has been laid out (or the drawing is cleared); a tab in the background draws no frames,
   * so there it answers at once, and within DRAWN_WAIT_MS whatever happens, with the time spent so far.
   */
  whenDrawn(): Promise<number> {
    if (!this.drawing || this.doc.visibilityState !== 'visible') return Promise.resolve(this.laterMs);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.drawnWaiters.delete(done);
        resolve(this.laterMs);
      };
      const timer = setTimeout(done, DRAWN_WAIT_MS);
      this.drawnWaiters.add(done);
    });
  }

  private settleDrawn(): void {
    for (const done of [...this.drawnWaiters]) done();
  }

  /**
   * Lays out the marks of `which` (every passage by default) that are near the viewport, nearest
   * first, and marks the others stale (hidden until a scroll brings them near): all reads first (the
   * browser lays the page out at most once), then all writes (the marks are out of the page's flow
   * and their layer is its own layout root, so writing them lays nothing of the page out again), and
   * only the boxes that moved. Past FRAME_BUDGET_MS of reading, the rest waits, hidden, for the next
   * frames: a long article with hundreds of marks never holds up the page's frame.
   */
  layout(which: readonly Entry[] = this.entries): void {
    if (which.length === 0) return;
    const t0 = performance.now();
    const { element, zoom } = this.layer();
    const o = element.getBoundingClientRect();
    const origin = { left: o.left, top: o.top };
    const { width, height } = viewportSize(this.doc);
    // Where each passage's element is now (one box each, read after the page's layout): the near
    // ones are laid out, nearest first; the far ones wait.
    const close: { e: Entry; d: number }[] = [];
    for (const e of which) {
      const r = e.holder ? plain(e.holder.getBoundingClientRect()) : undefined;
      e.at = r && shifted(r, -origin.left, -origin.top);
      if (!r || near(r, width, height)) close.push({ e, d: r ? distance(r, height) : 0 });
      else this.stale(e);
    }
    const order = close.sort((a, b) => a.d - b.d).map(({ e }) => e);
    const placed: Placed[][] = [];
    for (const e of order) {
      if (placed.length % BATCH === 0 && placed.length > 0 && performance.now() - t0 > FRAME_BUDGET_MS) break;
      const chain = this.chainOf(e);
      placed.push(
        !e.range.startContainer.isConnected || !shown(e.holder)
          ? []
          : layoutPassage(
              [...e.range.getClientRects()].map(plain),
              chain.clippers.map(clipBox),
              origin,
              zoom,
            ),
      );
    }
    const fresh = this.entries.filter((e) => !e.group.isConnected);
    if (fresh.length > 0) element.append(...fresh.map((e) => e.group));
    placed.forEach((boxes, i) => this.write(order[i]!, boxes));
    const rest = order.slice(placed.length);
    for (const e of rest) this.stale(e);
    if (rest.length > 0) this.schedule(rest);
    if (this.drawing) {
      if (!this.showing) this.laterMs += performance.now() - t0;
      if (this.moved.size === 0) {
        this.drawing = false;
        this.settleDrawn();
      }
    }
  }

  /** A passage whose marks no longer match the page: hidden until it is laid out again. */
  private stale(e: Entry): void {
    e.stale = true;
    if (!e.group.hidden) e.group.hidden = true;
  }

  /** A passage's clipping ancestors, read (and they and its holder watched) the first time it is laid out. */
  private chainOf(e: Entry): Chain {
    if (e.chain) return e.chain;
    const chain = this.styles.of(e.holder);
    e.chain = chain;
    for (const el of [e.holder, ...chain.clippers]) if (el) this.watch(el);
    return chain;
  }

  /** Watches an element's size, measured now: the observer's first report then tells a change apart. */
  private watch(el: Element): void {
    const observer = this.resizeObserver;
    if (!observer || this.watched.has(el)) return;
    this.watched.add(el);
    const size = measure(el, this.styles);
    if (size) this.sizes.set(el, size);
    observer.observe(el);
  }

  private write(e: Entry, boxes: readonly Placed[]): void {
    const lines = e.group.children;
    while (lines.length > boxes.length) lines[lines.length - 1]!.remove();
    while (lines.length < boxes.length) {
      const line = this.doc.createElement('div');
      line.className = 'line';
      e.group.append(line);
    }
    e.written.length = Math.min(e.written.length, boxes.length);
    boxes.forEach((b, j) => {
      const text = css(b);
      if (e.written[j] === text) return;
      e.written[j] = text;
      (lines[j] as HTMLElement).style.cssText = text;
    });
    e.stale = false;
    e.group.hidden = false;
  }

  /**
   * Lays out on the next frame, once however many scroll events come before it: the passages a
   * scrolling box moved (or the first drawing left), and those a scroll of the page brought near.
   */
  private schedule(entries: readonly Entry[] = []): void {
    for (const e of entries) this.moved.add(e);
    if (this.frame || (this.moved.size === 0 && !this.pageScrolled)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pageScrolled) {
        this.pageScrolled = false;
        for (const e of this.broughtNear()) this.moved.add(e);
      }
      const moved = [...this.moved];
      this.moved.clear();
      this.layout(moved);
    });
  }

  /**
   * What a scroll of the page moves against the marks or brings near: the passages in fixed or
   * sticky elements, and the stale ones whose element's last measured box is now near the viewport.
   * One read (the layer's place) and arithmetic: a scroll step costs next to nothing until it brings
   * passages near.
   */
  private broughtNear(): Entry[] {
    const { element } = this.layer();
    const o = element.getBoundingClientRect();
    const { width, height } = viewportSize(this.doc);
    return this.entries.filter((e) => {
      if (e.chain?.pinned) return true;
      return e.stale && e.at !== undefined && near(shifted(e.at, o.left, o.top), width, height);
    });
  }

  /**
   * Only the browser's own scroll events (a page's made-up ones cost nothing). The page's own
   * scrolling moves the layer with the text: only passages in fixed or sticky elements move against
   * it, and stale ones may come near. A scrolling box moves the passages inside it.
   */
  private readonly onScroll = trusted((event: Event) => {
    const target = event.target;
    if (target === this.doc || target === this.doc.scrollingElement) {
      this.pageScrolled = true;
      this.schedule();
    } else if (target instanceof Element) {
      this.schedule(this.entries.filter((e) => e.holder !== null && target.contains(e.holder)));
    }
  });

  /**
   * Passages' elements came near the viewport or went far, whatever moved them. Those that went far
   * are let go (stale, hidden). Those that came near are laid out if stale; if one is not where it
   * was last measured against the layer, the page moved its text without a scroll (a scroll of the
   * page moves the layer with it, a scrolling box's passages are laid out on its scroll), so the
   * passages drawn near the viewport may have moved too and are laid out again. A page scroll that
   * brings passages near (broughtNear) has laid them out already: its reports cost a read of each.
   */
  private readonly onNear = (records: IntersectionObserverEntry[]): void => {
    const coming: Entry[] = [];
    const going = new Set<Entry>();
    for (const r of records) {
      for (const e of this.held.get(r.target) ?? []) {
        if (r.isIntersecting) coming.push(e);
        else going.add(e);
      }
    }
    // All reads before any write: a write before them would have the browser lay the page out again.
    const which = new Set<Entry>();
    if (coming.length > 0) {
      const o = this.layer().element.getBoundingClientRect();
      let moved = false;
      for (const e of coming) {
        if (e.stale) which.add(e);
        if (moved || !e.at || !e.holder || e.chain?.pinned) continue;
        const r = e.holder.getBoundingClientRect();
        moved =
          Math.abs(r.left - o.left - e.at.left) > MOVED_SLACK_PX ||
          Math.abs(r.top - o.top - e.at.top) > MOVED_SLACK_PX;
      }
      if (moved) for (const e of this.entries) if (!e.stale && !going.has(e)) which.add(e);
    }
    this.layout([...which]);
    for (const e of going) this.stale(e);
  };

  /**
   * A size changed (the window, zoom, reflow, a font): lay the passages near the viewport out again,
   * now, after the browser's layout; the far ones are marked stale, for a scroll to bring near.
   */
  private readonly onResize = (records: ResizeObserverEntry[]): void => {
    let changed = false;
    for (const r of records) {
      const size = sizeOf(r);
      if (resized(this.sizes.get(r.target), size)) changed = true;
      this.sizes.set(r.target, size);
    }
    if (!changed) return;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.moved.clear();
    this.pageScrolled = false;
    this.layout();
  };

  /** A web font arrived: the lines it sets may move without any box changing size. */
  private readonly onFonts = (): void => {
    if (this.entries.length > 0) this.layout();
  };

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    // Capture: scroll events do not bubble, and a scrolling box's is needed here.
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    if (typeof IntersectionObserver === 'function') {
      this.nearObserver = new IntersectionObserver(this.onNear, { rootMargin: NEAR_MARGIN });
    }
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(this.onResize);
      this.watch(this.doc.documentElement);
      if (this.doc.body) this.watch(this.doc.body);
    } else {
      addEventListener('resize', this.onFonts, { passive: true });
    }
    const fonts = this.doc.fonts;
    fonts?.addEventListener?.('loadingdone', this.onFonts);
  }

  private unlisten(): void {
    if (!this.listening) return;
    this.listening = false;
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onFonts);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
    this.sizes = new WeakMap();
    this.watched = new WeakSet();
    this.doc.fonts?.removeEventListener?.('loadingdone', this.onFonts);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
