import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const BROWSER_SEAM = resolve(import.meta.dirname, 'src/shared/browser.ts');

/**
 * In the unit tests src/shared/browser, the one module that touches the extension API, is the fake
 * browser (test/support/browser-seam.ts), whatever path imports it: no test file mocks the seam.
 */
const fakeBrowserSeam: Plugin = {
  name: 'afterword:fake-browser-seam',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/(^|\/)browser(\.ts)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === BROWSER_SEAM
      ? resolve(import.meta.dirname, 'test/support/browser-seam.ts')
      : null;
  },
};

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        plugins: [fakeBrowserSeam],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Vitest keeps one CPU for its main process, which on a 2-CPU machine (this project's CI)
          // leaves one worker running the files one at a time while the other CPU idles: two there,
          // one per CPU but one elsewhere. (On a 2-CPU machine already busy with other work the
          // second worker gains little: 263 s -> 125 s in one pair of runs, 113 s -> 135 s in another.)
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Node's environment, closing the browser the files share once they have all run.
          environment: './test/e2e/support/shared-browser-environment.ts',
          // One browser at a time on a 2-core machine, and the files one after another in one
          // worker without isolation, so the files that only need pages share a browser
          // (test/e2e/support/shared-browser.ts); the others launch their own.
          fileParallelism: false,
          isolate: false,
          // After the unit project when both run at once: a project of another worker count
          // cannot share its group (vitest refuses the mix).
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
