/**
 * Where a passage's mark goes, as pure geometry: from the boxes the browser gives for its text
 * (Range.getClientRects) to one box per line, cut to what the page's scrolling and clipping boxes
 * let the reader see, in the coordinates of the layer the marks are drawn in. No DOM here, so the
 * rules are tested on their own (test/unit/mark-layout.test.ts).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Boxes smaller than this (in CSS pixels) draw nothing: collapsed spaces, empty inline elements. */
const MIN_SIDE = 0.5;
/** Two boxes are on one line when they share at least this share of the shorter one's height. */
const SAME_LINE_SHARE = 0.5;
/** How close two edges must be for one box to count as holding another (sub-pixel rounding). */
const EDGE_SLACK = 0.5;

const width = (b: Box) => b.right - b.left;
const height = (b: Box) => b.bottom - b.top;

function holds(outer: Box, inner: Box): boolean {
  return (
    outer.left <= inner.left + EDGE_SLACK &&
    outer.top <= inner.top + EDGE_SLACK &&
    outer.right >= inner.right - EDGE_SLACK &&
    outer.bottom >= inner.bottom - EDGE_SLACK
  );
}

/** Pieces of one line closer than a line's height belong together (a space is narrower than that). */
function near(a: Box, b: Box): boolean {
  const gap = Math.max(height(a), height(b));
  return b.left <= a.right + gap && b.right >= a.left - gap;
}

function sameLine(a: Box, b: Box): boolean {
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return shared >= SAME_LINE_SHARE * Math.min(height(a), height(b));
}

/**
 * One box per line of a passage. Range.getClientRects gives a box per piece of text per line, and
 * also the whole box of every element the range holds entirely (a link, a paragraph): those
 * elements' boxes would mark a paragraph's margins, so a box that holds another is left out and the
 * text's own boxes are kept. Pieces on one line that touch or sit within a line's height of each
 * other become one box (a word in italics, a link): a passage is one run of text, so on one line it
 * has no gaps a reader would expect to see unmarked.
 */
export function lineBoxes(rects: readonly Box[]): Box[] {
  const visible = rects.filter((r) => width(r) >= MIN_SIDE && height(r) >= MIN_SIDE);
  const text = visible.filter((r, i) => !visible.some((o, j) => j !== i && holds(r, o) && !holds(o, r)));
  // Two identical boxes (an element box the size of its one text box): keep one.
  const unique = text.filter((r, i) => !text.some((o, j) => j < i && holds(o, r) && holds(r, o)));
  const lines: Box[] = [];
  // Sorted along the line, so a piece is joined to the one before it before one further on.
  for (const r of [...unique].sort((a, b) => a.left - b.left || a.top - b.top)) {
    const line = lines.find((l) => sameLine(l, r) && near(l, r));
    if (!line) {
      lines.push({ ...r });
      continue;
    }
    line.left = Math.min(line.left, r.left);
    line.top = Math.min(line.top, r.top);
    line.right = Math.max(line.right, r.right);
    line.bottom = Math.max(line.bottom, r.bottom);
  }
  lines.sort((a, b) => a.top - b.top || a.left - b.left);
  return lines;
}

/** The part of `box` inside every one of `clips` (the page's boxes that cut off what overflows them), or null. */
export function clip(box: Box, clips: readonly Box[]): Box | null {
  let out = { ...box };
  for (const c of clips) {
    out = {
      left: Math.max(out.left, c.left),
      top: Math.max(out.top, c.top),
      right: Math.min(out.right, c.right),
      bottom: Math.min(out.bottom, c.bottom),
    };
    if (width(out) < MIN_SIDE || height(out) < MIN_SIDE) return null;
  }
  return out;
}

/** A mark's place inside the layer: left, top, width and height in the layer's own CSS pixels. */
export interface Placed {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * From viewport coordinates to the layer's: `origin` is where the layer's (0, 0) is in the
 * viewport, `zoom` the CSS zoom the layer is drawn under (1 unless the page zooms <html>).
 */
export function place(box: Box, origin: { left: number; top: number }, zoom = 1): Placed {
  const z = zoom > 0 ? zoom : 1;
  return {
    left: (box.left - origin.left) / z,
    top: (box.top - origin.top) / z,
    width: width(box) / z,
    height: height(box) / z,
  };
}

/** Every visible line box of a passage, placed in the layer. */
export function layoutPassage(
  rects: readonly Box[],
  clips: readonly Box[],
  origin: { left: number; top: number },
  zoom = 1,
): Placed[] {
  const out: Placed[] = [];
  for (const line of lineBoxes(rects)) {
    const seen = clip(line, clips);
    if (seen) out.push(place(seen, origin, zoom));
  }
  return out;
}
