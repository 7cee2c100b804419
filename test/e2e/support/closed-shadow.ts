/**
 * Looking inside Afterword's closed shadow root from a test. The page's own scripts cannot (that is
 * the point: `host.shadowRoot` is null for them); the DevTools protocol can, with `pierce: true`,
 * which is what these helpers use: the card's text, its box, and a click on one of its buttons.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export interface ShadowUi {
  /** The host element's shadow root type ("closed"), or null when there is no host. */
  rootType: string | null;
  /** Every text of the shadow tree, in order (the live region's text first). */
  texts: string[];
  /** The card's class attribute, or null when no card is open. */
  cardClass: string | null;
  liveText: string | null;
}

function attr(node: DomNode, name: string): string | null {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? null;
  return null;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

function textsOf(node: DomNode, out: string[] = []): string[] {
  if (node.nodeType === 3 && node.nodeValue.trim()) out.push(node.nodeValue.trim());
  for (const c of node.children ?? []) textsOf(c, out);
  return out;
}

async function documentTree(page: Page): Promise<DomNode> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return root;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function hostShadow(page: Page): Promise<(DomNode & { shadowRootType?: string }) | undefined> {
  const host = find(await documentTree(page), (n) => n.nodeName === 'AFTERWORD-UI');
  return host?.shadowRoots?.[0];
}

export async function shadowUi(page: Page): Promise<ShadowUi> {
  const root = await hostShadow(page);
  if (!root) return { rootType: null, texts: [], cardClass: null, liveText: null };
  const card = find(root, (n) => n.nodeType === 1 && (attr(n, 'class') ?? '').split(' ').includes('card'));
  const live = find(root, (n) => n.nodeType === 1 && attr(n, 'aria-live') === 'polite');
  return {
    rootType: root.shadowRootType ?? null,
    texts: textsOf(root),
    cardClass: card ? attr(card, 'class') : null,
    liveText: live ? textsOf(live).join(' ') : null,
  };
}

/** The viewport box of the open card (or of one of its elements, by class), or null. */
export async function cardBox(
  page: Page,
  className = 'card',
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const root = await hostShadow(page);
  const node =
    root && find(root, (n) => n.nodeType === 1 && (attr(n, 'class') ?? '').split(' ').includes(className));
  if (!node) return null;
  const session = await page.context().newCDPSession(page);
  try {
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[] };
    };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
  } catch {
    return null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Clicks the middle of one of the card's elements (by class), as a reader's mouse would. */
export async function clickInCard(page: Page, className: string): Promise<void> {
  const box = await cardBox(page, className);
  if (!box) throw new Error(`No .${className} in the card`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
