/**
 * Where a passage's marks go: one box per line of its text, never a paragraph's margins, cut to
 * what the page's scrolling boxes show, placed in the layer the marks are drawn in.
 */
import { describe, expect, it } from 'vitest';
import { clip, layoutPassage, lineBoxes, place, type Box } from '../../src/content/mark-layout';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('lineBoxes: one box per line of the passage', () => {
  it('joins the pieces of one line (a word in italics, a link) into one box', () => {
    const rects = [box(10, 100, 80, 120), box(80, 101, 140, 119), box(140, 100, 300, 120)];
    expect(lineBoxes(rects)).toEqual([box(10, 100, 300, 120)]);
  });

  it('keeps each line of a wrapped passage its own box, top to bottom', () => {
    const rects = [box(10, 124, 200, 144), box(200, 100, 600, 120), box(10, 148, 90, 168)];
    expect(lineBoxes(rects)).toEqual([
      box(200, 100, 600, 120),
      box(10, 124, 200, 144),
      box(10, 148, 90, 168),
    ]);
  });

  it('leaves out the box of an element the passage holds whole, so a paragraph’s margins are not marked', () => {
    const paragraph = box(0, 96, 720, 172);
    const text = [box(10, 100, 700, 120), box(10, 124, 400, 144), box(10, 148, 300, 168)];
    expect(lineBoxes([paragraph, ...text])).toEqual(text);
  });

  it('keeps one of two identical boxes (a link the size of its text)', () => {
    expect(lineBoxes([box(10, 100, 80, 120), box(10, 100, 80, 120)])).toEqual([box(10, 100, 80, 120)]);
  });

  it('draws nothing for empty boxes (collapsed spaces, empty elements)', () => {
    expect(lineBoxes([box(10, 100, 10, 120), box(30, 100, 90, 100)])).toEqual([]);
  });

  it('does not join pieces of one line that sit far apart (two columns at the same height)', () => {
    const rects = [box(10, 100, 300, 120), box(420, 100, 700, 120)];
    expect(lineBoxes(rects)).toEqual(rects);
  });

  it('joins a larger and a smaller piece of one line (a superscript, a bigger word) into a box over both', () => {
    expect(lineBoxes([box(10, 100, 80, 120), box(80, 96, 120, 124)])).toEqual([box(10, 96, 120, 124)]);
  });
});

describe('clip: what a scrolling box lets the reader see', () => {
  it('cuts a line to every clipping box it sits in', () => {
    expect(clip(box(0, 100, 500, 120), [box(50, 0, 400, 800), box(0, 110, 1000, 900)])).toEqual(
      box(50, 110, 400, 120),
    );
  });

  it('gives nothing for a line scrolled out of its box', () => {
    expect(clip(box(0, 900, 500, 920), [box(0, 0, 800, 600)])).toBeNull();
  });

  it('leaves a line whole without clipping boxes', () => {
    expect(clip(box(0, 10, 5, 20), [])).toEqual(box(0, 10, 5, 20));
  });
});

describe('place: from the viewport to the layer', () => {
  it('subtracts where the layer is: a page scrolled by 300 px has the layer 300 px above the viewport', () => {
    expect(place(box(10, 100, 110, 120), { left: 0, top: -300 })).toEqual({
      left: 10,
      top: 400,
      width: 100,
      height: 20,
    });
  });

  it('divides by a zoom the layer is drawn under', () => {
    expect(place(box(20, 200, 220, 240), { left: 0, top: 0 }, 2)).toEqual({
      left: 10,
      top: 100,
      width: 100,
      height: 20,
    });
  });

  it('ignores a zoom that is not a positive number', () => {
    expect(place(box(20, 20, 40, 40), { left: 0, top: 0 }, 0).width).toBe(20);
  });
});

describe('layoutPassage', () => {
  it('merges, clips and places in one go, dropping lines the reader cannot see', () => {
    const rects = [box(10, 100, 300, 120), box(10, 124, 200, 144), box(10, 600, 200, 620)];
    const out = layoutPassage(rects, [box(0, 0, 250, 500)], { left: 0, top: 50 });
    expect(out).toEqual([
      { left: 10, top: 50, width: 240, height: 20 },
      { left: 10, top: 74, width: 190, height: 20 },
    ]);
  });
});
