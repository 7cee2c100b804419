/**
 * Reading Afterword's marks from a test, the way a reader sees them: the boxes drawn inside the
 * closed shadow root (found through the DevTools protocol with `pierce: true`, which a page's own
 * scripts cannot do), their look as the browser computes it, and the page's text that lies under
 * them. Nothing here gives the page access: the page cannot list the marks, and these helpers do not
 * ask the extension to tell it anything; they look at what is drawn where.
 *
 * Afterword draws the passages near the viewport, and the others when a scroll brings them near:
 * readMarks() goes through the page a screen at a time, as a reader scrolling it would, to read
 * every passage; markLook() scrolls to its passage when it is not drawn where the page is.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MarkInfo {
  /** The mark's look, as src/ui/stance.ts names it ("afterword-false", "afterword-false-answers"…). */
  name: string;
  /** The page's text under the passage's boxes, whitespace collapsed. */
  text: string;
  /** The passage's boxes in the viewport, one per visible line. */
  rects: Rect[];
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, kept for the page's life (each probe would otherwise open one). */
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
    page.once('close', () => sessions.delete(page));
  }
  return s;
}

function classes(node: DomNode): string[] {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === 'class') return (a[i + 1] ?? '').split(/\s+/);
  return [];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

interface Group {
  name: string;
  lines: DomNode[];
}

/** The passages' groups of line boxes in the shadow tree, in the order they were drawn (document order). */
async function groups(page: Page): Promise<{ cdp: CDPSession; list: Group[] }> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.nodeName === 'AFTERWORD-UI');
  const shadow = host?.shadowRoots?.[0];
  const layer = shadow && find(shadow, (n) => n.nodeType === 1 && classes(n).includes('marks'));
  const list = (layer?.children ?? [])
    .filter((g) => classes(g).includes('passage'))
    .map((g) => ({
      name: classes(g).find((c) => c.startsWith('afterword-')) ?? '',
      lines: (g.children ?? []).filter((l) => classes(l).includes('line')),
    }));
  return { cdp, list };
}

async function boxOf(cdp: CDPSession, node: DomNode): Promise<Rect | null> {
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[] };
    };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  } catch {
    return null;
  }
}

/** How many line boxes are drawn (0 without a host): a cheap probe for waiting. */
export async function markCount(page: Page): Promise<number> {
  const { list } = await groups(page);
  return list.reduce((n, g) => n + g.lines.length, 0);
}

/** Every passage's boxes in the viewport, without the text under them. */
export async function markBoxes(page: Page): Promise<{ name: string; rects: Rect[] }[]> {
  const { cdp, list } = await groups(page);
  return Promise.all(
    list.map(async (g) => ({
      name: g.name,
      rects: (await Promise.all(g.lines.map((l) => boxOf(cdp, l)))).filter((r): r is Rect => r !== null),
    })),
  );
}

/**
 * The page's text under each group of boxes: every character whose middle lies in one of a group's
 * boxes, in document order, with a space wherever the page has whitespace (or a line break between
 * two elements) between two of them. Runs in the page as the test's own script.
 */
function textUnder(page: Page, boxes: Rect[][]): Promise<string[]> {
  return page.evaluate((groups) => {
    const inside = (r: Rect, x: number, y: number) =>
      x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const touches = (a: DOMRect, b: Rect) =>
      a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
    const all = groups.flat();
    const out = groups.map(() => ({ text: '', last: -2, lastTop: 0 }));
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    let seq = 0;
    let spaceAt = -1;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      range.selectNodeContents(node);
      const whole = range.getBoundingClientRect();
      const near = all.some((b) => touches(whole, b));
      let newNode = true;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) {
          spaceAt = seq;
          continue;
        }
        seq++;
        if (!near) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const x = (r.left + r.right) / 2;
        const y = (r.top + r.bottom) / 2;
        groups.forEach((boxes, g) => {
          if (!boxes.some((b) => inside(b, x, y))) return;
          const o = out[g]!;
          const joined = o.last === seq - 1;
          const brokenLine = newNode && Math.abs(r.top - o.lastTop) > r.height / 2;
          if (o.text && (!joined || spaceAt === seq - 1 || brokenLine)) o.text += ' ';
          o.text += text[i];
          o.last = seq;
          o.lastTop = r.top;
        });
        newNode = false;
      }
    }
    return out.map((o) => o.text.replace(/\s+/g, ' ').trim());
  }, boxes);
}

/** A page that draws no frame for this long is in a background tab (headless Chromium still calls it visible). */
const NO_FRAME_MS = 200;

/**
 * How long a scroll waits for the two frames after it (the tab is in front by then, toFront): only a
 * guard against a hang. It was NO_FRAME_MS, and under a loaded CI machine a frame took longer, the
 * passages the scroll brought near were read before they were drawn, and a test found no passage.
 */
const SCROLL_FRAMES_WAIT_MS = 5_000;

/** A tab in the background draws no frames and gets no scroll events: the reader comes to it first. */
async function toFront(page: Page): Promise<void> {
  const drawing = await page.evaluate(
    (wait) =>
      new Promise<boolean>((done) => {
        const timer = setTimeout(() => done(false), wait);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          done(true);
        });
      }),
    NO_FRAME_MS,
  );
  if (!drawing) await page.bringToFront();
}

/**
 * Scrolls the page to `top` (or as far as it goes) and returns where it is, once the frame after
 * the scroll's has run: the passages the scroll brought near are drawn.
 */
function scrollPage(page: Page, top: number): Promise<number> {
  return page.evaluate(
    async ({ top, wait }) => {
      const scroller = document.scrollingElement ?? document.documentElement;
      scroller.scrollTo({ top, behavior: 'instant' });
      await new Promise<void>((done) => {
        const timer = setTimeout(done, wait);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(timer);
            done();
          }),
        );
      });
      return scroller.scrollTop;
    },
    { top, wait: SCROLL_FRAMES_WAIT_MS },
  );
}

/** Passages not drawn where they are now: far from the viewport, they wait for a scroll to bring them near. */
const someUndrawn = (marks: readonly { rects: Rect[] }[]) => marks.some((m) => m.rects.length === 0);

const shifted = (r: Rect, dy: number): Rect => ({ ...r, top: r.top + dy, bottom: r.bottom + dy });

async function withText(page: Page, boxes: { name: string; rects: Rect[] }[]): Promise<MarkInfo[]> {
  const texts = await textUnder(
    page,
    boxes.map((b) => b.rects),
  );
  return boxes.map((b, i) => ({ name: b.name, text: texts[i]!, rects: b.rects }));
}

/**
 * Every passage of the page: its look, the text under it and its boxes (viewport coordinates where
 * the page is scrolled now), in document order. Passages far from the viewport are drawn when a
 * scroll brings them near, so when some are not drawn, the page is gone through a screen at a time,
 * as a reader scrolling it would, each passage read where it is drawn, and scrolled back.
 */
export async function readMarks(page: Page): Promise<MarkInfo[]> {
  const marks = await withText(page, await markBoxes(page));
  if (!someUndrawn(marks)) return marks;
  await toFront(page);
  const [start, end, screen] = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return [scroller.scrollTop, scroller.scrollHeight, innerHeight];
  });
  for (let y = 0; y < end && someUndrawn(marks); y += screen) {
    const at = await scrollPage(page, y);
    const seen = await withText(page, await markBoxes(page));
    seen.forEach((m, i) => {
      const known = marks[i];
      if (known && known.rects.length === 0 && m.rects.length > 0)
        marks[i] = { ...m, rects: m.rects.map((r) => shifted(r, at - start)) };
    });
  }
  await scrollPage(page, start);
  return marks;
}

export interface MarkLook {
  name: string;
  /** The fill's colour as computed ("rgba(0, 0, 0, 0)" for none). */
  background: string;
  /** The line under the passage: "underline", or "none". */
  line: string;
  /** "solid", "double" or "dotted". */
  lineStyle: string;
  lineColor: string;
}

/** How the mark over the passage holding `text` is drawn, as the browser computes it. */
export async function markLook(page: Page, text: string): Promise<MarkLook | null> {
  const look = await drawnLook(page, text);
  if (look) return look;
  // Not drawn where the page is now (far from the viewport): the reader scrolls to it.
  await toFront(page);
  const top = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.nodeValue?.includes(wanted)) {
        const scroller = document.scrollingElement ?? document.documentElement;
        return scroller.scrollTop + n.parentElement!.getBoundingClientRect().top - innerHeight / 2;
      }
    return null;
  }, text);
  if (top === null) return null;
  await scrollPage(page, top);
  return drawnLook(page, text);
}

/** markLook() among the passages drawn where the page is now. */
async function drawnLook(page: Page, text: string): Promise<MarkLook | null> {
  const { cdp, list } = await groups(page);
  const boxes = await Promise.all(
    list.map(async (g) =>
      (await Promise.all(g.lines.map((l) => boxOf(cdp, l)))).filter((r): r is Rect => !!r),
    ),
  );
  const texts = await textUnder(page, boxes);
  const at = texts.findIndex((t) => t.includes(text));
  const line = at >= 0 ? list[at]!.lines[0] : undefined;
  if (!line) return null;
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // Node ids belong to the document the session last asked for: ask again, then look the line up.
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const node = find(root, (n) => n.backendNodeId === line.backendNodeId);
  if (!node) return null;
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  const get = (name: string) => computedStyle.find((p) => p.name === name)?.value ?? '';
  const lineStyle = get('border-bottom-style');
  return {
    name: list[at]!.name,
    background: get('background-color'),
    line: lineStyle === 'none' || get('border-bottom-width') === '0px' ? 'none' : 'underline',
    lineStyle,
    lineColor: get('border-bottom-color'),
  };
}
