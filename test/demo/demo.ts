/**
 * The demo behind `npm run demo` (test/demo/demo.sh builds first): the built extension (dist/chrome)
 * on the seed fixture pages, served from 127.0.0.1.
 *
 * - With a display ($DISPLAY or $WAYLAND_DISPLAY) and no --headless: opens Chromium with the
 *   extension loaded and one tab per seed page; close the browser to end the demo.
 * - Otherwise: loads the same pages headless and prints, per page, what a reader would see: the
 *   page title, the badge count and, per claim in the popup, its section ("In this article" or
 *   "Related"), the claim, its status and the verdict sentence — read from the popup's DOM.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../e2e/support/browser';
import { readFixtureIndex, squash } from '../e2e/support/fixtures';
import { FIXTURE_PAGES } from '../e2e/support/server';

interface PopupSection {
  title: string;
  cards: { status: string; claim: string; verdict: string }[];
}

/** The seed pages, from index.json, or the seed-*.html files while there is no index yet. */
function seedPages(): string[] {
  const index = readFixtureIndex();
  if (index) return index.filter((p) => p.kind === 'seed').map((p) => p.file);
  if (!existsSync(FIXTURE_PAGES)) return [];
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => /^seed.*\.html$/.test(f))
    .sort();
}

/** The popup as a reader sees it: each section's heading and, per card, status chip, claim and verdict. */
async function readPopup(popup: Page): Promise<{ sections: PopupSection[]; text: string }> {
  // A string, not a function: tsx would wrap named helpers in a __name() the page does not have.
  const sections = await popup.evaluate<PopupSection[]>(`(() => {
    const textOf = (node) => (node?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    return [...document.querySelectorAll('section')].map((section) => {
      const heading = section.querySelector('h2');
      // The heading's own words, without the count and screen-reader text inside it.
      const title = heading ? textOf(heading.firstChild?.nodeType === Node.TEXT_NODE ? heading.firstChild : heading) : '';
      const cards = [...section.querySelectorAll('article')].map((card) => ({
        status: textOf(card.querySelector('.chip, [class*="status"]')),
        claim: textOf(card.querySelector('h3, .claim-text')),
        verdict: textOf(card.querySelector('.verdict')),
      }));
      return { title, cards };
    });
  })()`);
  const text = squash(await popup.evaluate(() => document.body.innerText));
  return { sections, text };
}

async function showHeadless(harness: ExtensionHarness, files: string[]): Promise<void> {
  console.log(
    `Afterword demo (headless): ${files.length} seed page(s) served from ${harness.server.origin}\n`,
  );
  for (const file of files) {
    const page = await harness.openFixture(file);
    const tabId = await harness.tabIdOf(page);
    const badge = await harness.badgeText(tabId);
    const popup = await harness.openPopup(tabId);
    const { sections, text } = await readPopup(popup);
    console.log(`${file}: ${await page.title()}`);
    console.log(`  Badge: ${badge === '' ? '(none)' : badge}`);
    const withCards = sections.filter((s) => s.cards.length > 0);
    if (withCards.length === 0) console.log(`  Popup: ${text}`);
    for (const section of withCards) {
      console.log(`  ${section.title}`);
      for (const card of section.cards) {
        console.log(`    • ${card.claim}`);
        console.log(`      ${card.status ? `[${card.status}] ` : ''}${card.verdict}`);
      }
    }
    console.log('');
    await popup.close();
    await page.close();
  }
  const violations = harness.network.extensionViolations();
  console.log(
    violations.length === 0
      ? 'Network: the extension made no request.'
      : `Network: the extension made ${violations.length} request(s):\n${harness.network.describe(violations)}`,
  );
}

async function showHeaded(harness: ExtensionHarness, files: string[]): Promise<void> {
  for (const file of files) await harness.openFixture(file);
  // Leave the first seed page in front, and drop the blank tab the browser started with.
  for (const page of harness.context.pages()) if (page.url() === 'about:blank') await page.close();
  await harness.context.pages()[0]?.bringToFront();
  console.log(
    `Afterword demo: Chromium is open with the extension on ${files.length} seed page(s) from ${harness.server.origin}.`,
  );
  console.log(
    'Highlights mark the claims on each page; the toolbar badge counts them. Open the Afterword popup from the',
  );
  console.log(
    'extensions (puzzle) menu to see what happened to each claim. Close the browser window to end the demo.',
  );
  await new Promise<void>((done) => harness.context.once('close', () => done()));
}

async function main(): Promise<void> {
  const files = seedPages();
  if (files.length === 0) throw new Error(`No seed pages in ${FIXTURE_PAGES}`);
  const headed =
    !process.argv.includes('--headless') && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const harness = await launchExtension(headed ? { headless: false, viewport: null } : {});
  const stop = () => void harness.close().then(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (headed) await showHeaded(harness, files);
    else await showHeadless(harness, files);
  } finally {
    await harness.close();
  }
}

await main();
