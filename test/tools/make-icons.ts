/**
 * Rasterises public/icons/icon.svg into the PNG icons the manifest names (16, 32, 48 and 128 px)
 * with headless Chromium, so the PNGs always come from the one SVG. Run after editing the SVG:
 *
 *   npx tsx test/tools/make-icons.ts
 *
 * Uses $CHROMIUM_PATH or /usr/bin/chromium; writes public/icons/icon-<size>.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/support/browser';

const ICONS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../public/icons');
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(resolve(ICONS, 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete === true);
    const out = resolve(ICONS, `icon-${size}.png`);
    await page.screenshot({
      path: out,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
