/**
 * Seeing Afterword's marks in Firefox from a test, as a reader sees them. Firefox has no DevTools
 * protocol to look inside a closed shadow root, and the page's scripts cannot, so the test looks at
 * the screen: a screenshot of the band under a passage's first line, and how much of it is drawn in
 * a mark's line colour. The text is found in the page's own DOM by the test (it knows what it is
 * looking for); nothing asks the extension.
 */
import type { Page } from 'puppeteer-core';
import type { Box } from '../../../src/content/mark-layout';

/** A line of text's box (viewport pixels), as mark-layout.ts's Box. */
export interface LineBox extends Box {
  /** The bottom of the element holding the text (the passage may run over more lines). */
  blockBottom: number;
}

/** How far a pixel's channels may be from the mark's colour (anti-aliasing) and still count as it. */
const COLOUR_SLACK = 40;
/** The band looked at: the line box's last pixels, where the mark's line is drawn, and a little under. */
const BAND_ABOVE = 4;
const BAND_BELOW = 2;

/** Scrolls the text into the middle of the viewport and returns its first line box (viewport pixels), or null. */
export async function firstLine(page: Page, text: string): Promise<LineBox | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.nodeValue ?? '').indexOf(wanted);
      if (at < 0) continue;
      n.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const r = range.getClientRects()[0];
      const block = n.parentElement!.getBoundingClientRect().bottom;
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, blockBottom: block } : null;
    }
    return null;
  }, text);
}

/**
 * The share (0–1) of the pixels in the band along the bottom of the first line of `text` that are
 * drawn in `colour` ([r, g, b]): about a third where the mark's 2 px line runs, none where it does not.
 */
export async function lineShare(page: Page, text: string, colour: readonly number[]): Promise<number> {
  const line = await firstLine(page, text);
  if (!line) return 0;
  const band = {
    x: line.left,
    y: line.bottom - BAND_ABOVE,
    width: line.right - line.left,
    height: BAND_ABOVE + BAND_BELOW,
  };
  // The whole viewport, cut to the band in the page (screenshot clips differ between protocols).
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(
    async (b64, [r, g, b], slack, box) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const img = await createImageBitmap(blob);
      const scale = img.width / innerWidth;
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(
        Math.max(0, Math.floor(box.x * scale)),
        Math.max(0, Math.floor(box.y * scale)),
        Math.max(1, Math.ceil(box.width * scale)),
        Math.max(1, Math.ceil(box.height * scale)),
      ).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i]! - r!) <= slack &&
          Math.abs(data[i + 1]! - g!) <= slack &&
          Math.abs(data[i + 2]! - b!) <= slack
        )
          hits++;
      }
      return hits / (data.length / 4);
    },
    png as string,
    [...colour],
    COLOUR_SLACK,
    band,
  );
}
