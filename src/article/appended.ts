/**
 * Which <article> elements of a page are new stories to read (an infinite-scroll page appends the
 * next story as one): those neither seen before, nor inside the article already read, nor around it.
 */

/**
 * The unseen elements of `articles` (the page's <article> elements, in document order) outside
 * `root` and its ancestors, at most `room` of them; each one looked at is marked seen.
 *
 * The root's own articles and its ancestors are put in two sets once per call rather than asking
 * `root.contains(el)` of each element, which walks the element's ancestors: a page nesting 40,000
 * new <article> elements in the one read made that 1.5 s in Chromium, the square of the page.
 */
export function newArticles(
  articles: Iterable<Element>,
  root: Element | undefined,
  seen: WeakSet<Element>,
  room: number,
): Element[] {
  const out: Element[] = [];
  let partOfRoot: ((el: Element) => boolean) | undefined;
  for (const el of articles) {
    if (out.length >= room) break;
    if (seen.has(el)) continue;
    seen.add(el);
    if (root) {
      partOfRoot ??= rootParts(root);
      if (partOfRoot(el)) continue;
    }
    out.push(el);
  }
  return out;
}

/** Whether an element is `root`, inside it or around it: two set look-ups. */
function rootParts(root: Element): (el: Element) => boolean {
  const inside = new Set<Element>(root.getElementsByTagName('article'));
  const around = new Set<Element>();
  for (let at: Element | null = root; at; at = at.parentElement) around.add(at);
  return (el) => inside.has(el) || around.has(el);
}
