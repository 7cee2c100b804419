import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { defaultIndexPlugin } from './vite.config.ts';

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

// Vitest keeps one CPU for its main process, which on a 2-CPU machine (this project's CI) leaves
// one worker running the files one at a time while the other CPU idles: two there, one per CPU but
// one elsewhere. (On a 2-CPU machine already busy with other work the second worker gains little:
// 263 s -> 125 s in one pair of runs, 113 s -> 135 s in another.)
const UNIT_WORKERS = Math.max(2, availableParallelism() - 1);

/**
 * A unit test's time limit guards against a hang, never a speed target (those are benchmarks). The
 * property tests that build and match many random indexes take 1.5–3 s alone and 5–6 s on a busy
 * 2-core machine, where vitest's default 5 s failed a clean CI run (engine-index "serialised index").
 */
const UNIT_TEST_TIMEOUT_MS = 30_000;

/**
 * The unit files that need a fresh worker of their own, each for the reason given. A new file that
 * uses vi.mock, or keeps the real background for its tests, belongs here. A file that loads a fresh
 * background for each test (vi.resetModules) does not: the reset costs the files after it in its
 * worker a reload of what they use (the background's modules: 50–70 ms), where a worker of its own
 * costs about a second. With the seven such files moved out of this list the unit suite took 49.0,
 * 49.0 and 58.4 s against 55.9, 56.3 and 54.6 s (three runs of each in turn, load average 2–5), and
 * shuffled file orders (--sequence.shuffle.files, three seeds) all passed.
 */
const ISOLATED_UNIT_FILES = [
  // They replace modules with vi.mock, which a worker's shared module registry would carry over.
  'dataset-hostile-updates',
  'match-all-claim-reads',
  'updates-run',
  'updates-trust',
  // They import the real background once and keep it for the whole file, as one browsing session.
  'options-background',
  'popup-background',
].map((name) => `test/unit/${name}.test.{ts,tsx}`);

/**
 * The shared unit files that run in a DOM (their `@vitest-environment happy-dom` line), in a project
 * of their own. A worker without isolation is kept for the next file only when that file has the
 * same environment, and vitest queues a project's files longest first, so with the DOM files mixed
 * among the others nearly every file started a new worker process and imported the engine, the
 * dataset code and the UI again (39 worker processes for 89 files).
 */
const DOM_UNIT_FILES = readdirSync(resolve(import.meta.dirname, 'test/unit'))
  .filter((name) => /\.test\.tsx?$/.test(name))
  .filter((name) =>
    readFileSync(resolve(import.meta.dirname, 'test/unit', name), 'utf8').includes(
      '@vitest-environment happy-dom',
    ),
  )
  .map((name) => `test/unit/${name}`);

/** A unit project: the fake browser at the seam, the hang guard and the worker count every one shares. */
function unitProject(test: {
  name: string;
  include: string[];
  exclude?: string[];
  environment: 'node' | 'happy-dom';
  isolate?: boolean;
  setupFiles?: string[];
}): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [fakeBrowserSeam],
    test: { ...test, testTimeout: UNIT_TEST_TIMEOUT_MS, maxWorkers: UNIT_WORKERS },
  };
}

export default defineConfig({
  plugins: [preact(), defaultIndexPlugin()],
  test: {
    projects: [
      // Three projects, run together by `--project 'unit:*'` (npm run test:unit). Most files share
      // their worker's modules with the files before them (isolate: false), so the engine, the
      // dataset code and the UI are loaded once per worker instead of once per file; the files of
      // ISOLATED_UNIT_FILES get a fresh worker each. Vitest runs the projects in name order, so the
      // isolated files, the slowest, start first and the many short shared ones fill in behind,
      // the DOM files (DOM_UNIT_FILES) last.
      unitProject({ name: 'unit:isolated', include: ISOLATED_UNIT_FILES, environment: 'node' }),
      unitProject({
        name: 'unit:shared',
        include: ['test/unit/**/*.test.{ts,tsx}'],
        exclude: [...ISOLATED_UNIT_FILES, ...DOM_UNIT_FILES],
        environment: 'node',
        isolate: false,
      }),
      unitProject({
        name: 'unit:shared-dom',
        include: DOM_UNIT_FILES,
        exclude: ISOLATED_UNIT_FILES,
        environment: 'happy-dom',
        isolate: false,
        // The files share happy-dom's document: each starts on an empty one.
        setupFiles: ['./test/support/fresh-document.ts'],
      }),
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
          // After the unit projects when all run at once: a project of another worker count
          // cannot share its group (vitest refuses the mix).
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
