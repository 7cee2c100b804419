/**
 * How much paragraph text (text inside a <p>) an element holds: the measure root.ts weighs the
 * article's root by and read.ts tells an appended article from a teaser by.
 *
 * Counted in one walk of the subtree, each character once. Summing `textContent` over
 * `getElementsByTagName('p')` counts a paragraph's text again for every <p> around it and reads
 * each candidate region's subtree anew: a page nesting 8,000 <p> elements took 0.6 s to weigh
 * that way and one nesting 50,000 over five minutes (linkedom, in Node), though the page itself
 * is harmless (article-hostile.test.ts). The walk keeps its own stack: a deep page cannot overflow the call
 * stack.
 */

export interface RegionChars {
  region: Element;
  /** Characters of text inside <p> elements in the region's subtree. */
  chars: number;
}

/** An element the walk is in, with the next child to read. */
interface Open {
  next: ChildNode | null;
  paragraph: boolean;
  /** When the element is a region: its entry, and the count when the walk entered it. */
  region: { entry: RegionChars; countedBefore: number } | undefined;
}

/**
 * Characters of paragraph text under each element of `root`'s subtree (root included) that
 * `isRegion` picks, in one walk. The regions come back in document order.
 */
export function paragraphCharsByRegion(root: Element, isRegion: (el: Element) => boolean): RegionChars[] {
  const regions: RegionChars[] = [];
  const open: Open[] = [];
  /** Text characters read so far inside at least one open <p>. */
  let counted = 0;
  let paragraphsOpen = 0;

  const enter = (el: Element) => {
    const paragraph = el.tagName.toUpperCase() === 'P';
    if (paragraph) paragraphsOpen += 1;
    let region: Open['region'];
    if (isRegion(el)) {
      region = { entry: { region: el, chars: 0 }, countedBefore: counted };
      regions.push(region.entry);
    }
    open.push({ next: el.firstChild, paragraph, region });
  };

  enter(root);
  while (open.length > 0) {
    const top = open[open.length - 1]!;
    const child = top.next;
    if (!child) {
      open.pop();
      if (top.paragraph) paragraphsOpen -= 1;
      if (top.region) top.region.entry.chars = counted - top.region.countedBefore;
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      if (paragraphsOpen > 0) counted += (child as Text).data.length;
    } else if (child.nodeType === 1) {
      enter(child as Element);
    }
  }
  return regions;
}

/** Characters of paragraph text under `el` (its own text too, when it is a <p>). */
export function paragraphChars(el: Element): number {
  return paragraphCharsByRegion(el, (x) => x === el)[0]!.chars;
}
