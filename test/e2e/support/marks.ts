/**
 * Reading Afterword's marks from a test, the way a reader sees them: the boxes drawn inside the
 * closed shadow root (found through the DevTools protocol with `pierce: true`, which a page's own
 * scripts cannot do), their look as the browser computes it, and the page's text that lies under
 * them. Nothing here gives the page access: the page cannot list the marks, and these helpers do not
 * ask the extension to tell it anything; they look at what is drawn where.
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

/** Every drawn passage: its look, the text under it and its boxes, in document order. */
export async function readMarks(page: Page): Promise<MarkInfo[]> {
  const boxes = await markBoxes(page);
  const texts = await textUnder(
    page,
    boxes.map((b) => b.rects),
  );
  return boxes.map((b, i) => ({ name: b.name, text: texts[i]!, rects: b.rects }));
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
