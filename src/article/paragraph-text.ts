/**
 * How much paragraph text (text inside a <p>) an element holds: the measure root.ts weighs the
 * article's root by and read.ts tells an appended article from a teaser by.
 *
 * Counted in one walk of the subtree, each character once. Summing `textContent` over
 * `getElementsByTagName('p')` counts a paragraph's text again for every <p> around it and reads
 * each candidate region's subtree anew: a page nesting 8,000 <p> elements took 0.6 s to weigh
 * that way and one nesting 50,000 over five minutes (linkedom, in Node), though the page itself
 * is harmless (article-hostile.test.ts). The walk is walk.ts's, which no nesting depth can
 * overflow.
 */
import { walkTree } from './walk';

export interface RegionChars {
  region: Element;
  /** Characters of text inside <p> elements in the region's subtree. */
  chars: number;
}

/**
 * Characters of paragraph text under each element of `root`'s subtree (root included) that
 * `isRegion` picks, in one walk. The regions come back in document order.
 */
export function paragraphCharsByRegion(root: Element, isRegion: (el: Element) => boolean): RegionChars[] {
  const regions: RegionChars[] = [];
  /** The regions the walk is in, innermost last, each with the count when the walk entered it. */
  const openRegions: { entry: RegionChars; countedBefore: number }[] = [];
  /** Text characters read so far inside at least one open <p>. */
  let counted = 0;
  let paragraphsOpen = 0;
  const isParagraph = (el: Element) => el.tagName.toUpperCase() === 'P';

  walkTree(root, {
    enter: (el) => {
      if (isParagraph(el)) paragraphsOpen += 1;
      if (!isRegion(el)) return;
      const entry = { region: el, chars: 0 };
      regions.push(entry);
      openRegions.push({ entry, countedBefore: counted });
    },
    leave: (el) => {
      if (isParagraph(el)) paragraphsOpen -= 1;
      const last = openRegions[openRegions.length - 1];
      if (last?.entry.region !== el) return;
      openRegions.pop();
      last.entry.chars = counted - last.countedBefore;
    },
    text: (node) => {
      if (paragraphsOpen > 0) counted += node.data.length;
    },
  });
  return regions;
}

/** Characters of paragraph text under `el` (its own text too, when it is a <p>). */
export function paragraphChars(el: Element): number {
  return paragraphCharsByRegion(el, (x) => x === el)[0]!.chars;
}
