// @vitest-environment happy-dom
/**
 * The options page against the real background, as popup-background.test.tsx does for the popup:
 * its requests pass the router's protocol checks and reach the real handlers, on the fake browser's
 * storage and a fresh IndexedDB. One background serves the file.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../src/options/Options';
import { defaultDataset } from '../support/dataset';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { freshWorker } from '../support/fresh-worker';
import { failOnStorageFallback } from '../support/real-storage';

// A background of this file's own, started as the browser starts one: the files before this one in
// the worker may have loaded the background and left it holding their tabs and their database.
freshWorker();
const { handle } = await import('../../src/background/router');
// Nor do the files after it get this one's background.
afterAll(() => freshWorker());

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
  fake.connectBackground(handle);
});
afterEach(() => {
  cleanup();
});
failOnStorageFallback();

/**
 * The first list waits for the background to build the bundled dataset's index: over a second on a
 * loaded 2-CPU machine (findBy's default), where this test failed while the page was still busy.
 */
const FIRST_LIST_WAIT = { timeout: 5_000 };

describe('the options page with the real background', () => {
  it('lists the bundled dataset the background has in use, with its facts', async () => {
    render(<Options />);
    const section = screen.getByRole('region', { name: 'Installed datasets' });
    const item = await within(section).findByRole('listitem', {}, FIRST_LIST_WAIT);
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toBe(defaultDataset.title);
    expect(item.textContent).toContain('Built in');
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe(defaultDataset.asOf);
  });
});
