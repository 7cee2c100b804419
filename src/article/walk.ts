/**
 * A depth-first walk of an element's subtree in document order, with a stack of its own rather than
 * recursion: a page nesting 50,000 elements deep would overflow the call stack. The article text
 * (text-map.ts) and the weighing of candidate roots (paragraph-text.ts) both read the page this way.
 */

export interface TreeVisitor {
  /** An element the walk goes into, the root first, before its children. */
  enter(el: Element): void;
  /** The same element after its children, or when the walk stops inside it. */
  leave(el: Element): void;
  text(node: Text): void;
  /** A child element whose subtree is not read (never asked of the root). */
  skip?(el: Element): boolean;
  /** Whether to read no further, asked before each child: the open elements are then left, innermost first. */
  done?(): boolean;
}

export function walkTree(root: Element, visitor: TreeVisitor): void {
  /** The elements the walk is in, outermost first, each with the next child to read. */
  const open: { el: Element; next: ChildNode | null }[] = [];
  const enter = (el: Element) => {
    visitor.enter(el);
    open.push({ el, next: el.firstChild });
  };
  enter(root);
  while (open.length > 0) {
    const top = open[open.length - 1]!;
    const child = visitor.done?.() ? null : top.next;
    if (!child) {
      open.pop();
      visitor.leave(top.el);
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) visitor.text(child as Text);
    else if (child.nodeType === 1 && !visitor.skip?.(child as Element)) enter(child as Element);
  }
}
