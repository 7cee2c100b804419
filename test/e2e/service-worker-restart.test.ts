/**
 * The browser stops an idle MV3 service worker whenever it likes. After it is stopped (through the
 * DevTools protocol, as Chrome does on idle), the popup still shows the tab's results and the
 * next article is still matched.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './support/browser';
import { stopServiceWorkers } from './support/service-worker';

let harness: ExtensionHarness;

beforeAll(async () => {
  harness = await launchExtension();
});

afterAll(async () => {
  await harness?.close();
});

it('keeps results and keeps working across a service worker restart', async () => {
  const page = await harness.openFixture('seed-000.html');
  const tabId = await harness.tabIdOf(page);
  expect(await harness.badgeText(tabId)).toBe('3');

  await stopServiceWorkers(harness.context, page);

  const popup = await harness.openPopup(tabId);
  const text = await popup.evaluate(() => document.body.innerText);
  expect(text).toContain('Kazakhstan will suspend its membership in the CSTO from early 2023.');
  expect(text).toContain(
    'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
  );
  await popup.close();

  const next = await harness.openFixture('seed-004.html');
  expect(await harness.badgeText(await harness.tabIdOf(next))).toBe('1');
  expect(harness.network.violations()).toEqual([]);
});
