/**
 * The first-run page: opened once, when Afterword is installed (not on an update or a browser
 * update), so a new reader learns what the marks, colours and badge mean before meeting them on a
 * page. The same legend stays one click away in the popup.
 */
import browser, { type Runtime } from '../shared/browser';

/** The first-run page, as the build writes it (vite.config.ts lists it among the extension's pages). */
export const WELCOME_PAGE = 'src/welcome/index.html';

export async function onInstalledFirstRun(
  details: Pick<Runtime.OnInstalledDetailsType, 'reason'>,
): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
