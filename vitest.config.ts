import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { defaultIndexPlugin } from './vite.config.ts';

const at = (path: string) => resolve(import.meta.dirname, path);

/**
 * The modules the unit tests replace, whatever path imports them, each by a stand-in in test/support:
 * src/shared/browser, the one module that touches the extension API, by the fake browser; the keys
 * that may sign a replacement of the bundled default by a list a test can name (the shipped key's
 * secret half is not in the repository). No test file mocks either, so the files that use them
 * share workers like the others.
 */
const SEAMS = new Map([
  [at('src/shared/browser.ts'), at('test/support/browser-seam.ts')],
  [at('src/background/updates/default-key.ts'), at('test/support/default-key-seam.ts')],
]);
/**
 * The import specifiers that may name a seam (their file names, from SEAMS): resolving every import
 * would cost each one a lookup.
 */
const SEAM_SPECIFIER = new RegExp(
  `(^|/)(${[...SEAMS.keys()].map((path) => basename(path, '.ts')).join('|')})(\\.ts)?$`,
);

const unitSeams: Plugin = {
  name: 'afterword:unit-seams',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!SEAM_SPECIFIER.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const seam = resolved ? SEAMS.get(resolved.id) : undefined;
    // The stand-in itself may import the module it replaces (the shipped keys).
    return seam !== undefined && importer !== seam ? seam : null;
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
 * The unit files that run in a DOM (their `@vitest-environment happy-dom` line), in a project of
 * their own. A worker without isolation is kept for the next file only when that file has the
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

/** A unit project: the seams, shared workers, the hang guard and the worker count every one has. */
function unitProject(test: {
  name: string;
  include: string[];
  exclude?: string[];
  environment: 'node' | 'happy-dom';
  setupFiles?: string[];
}): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [unitSeams],
    test: {
      ...test,
      isolate: false,
      // Worker threads rather than processes: the files' calls to vitest's main process (loading a
      // module, reporting a result) pass as messages instead of being written through a pipe, and
      // a worker starts sooner. The suite took 44.7 s against 47.5 s in processes (means of three
      // runs of each in turn, from 7034cdf on this project's 2-CPU machine), with less CPU (user
      // 69.5 s against 73.1 s). A thread cannot change its process's time zone, hence the global
      // setup.
      pool: 'threads',
      globalSetup: ['./test/support/reader-time-zone.ts'],
      setupFiles: ['./test/support/fresh-seams.ts', ...(test.setupFiles ?? [])],
      testTimeout: UNIT_TEST_TIMEOUT_MS,
      maxWorkers: UNIT_WORKERS,
    },
  };
}

export default defineConfig({
  plugins: [defaultIndexPlugin()],
  // JSX as the build compiles it (@preact/preset-vite there), without the preset's dev-tools
  // transforms, which the tests do not use and whose import cost the runner's start 0.5 s.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      // Two projects, run together by `--project 'unit:*'` (npm run test:unit). Every file shares
      // its worker's modules with the files before it (isolate: false), so the engine, the dataset
      // code and the UI are loaded once per worker instead of once per file: a test needing a new
      // background loads it after freshWorker() (test/support/fresh-worker.ts), one needing every
      // module anew or stand-ins from vi.doMock after vi.resetModules(), leaving no stand-in behind. The six files that used to get a fresh worker each (four mocking
      // modules, two keeping one background) took 12 s of a 51 s suite on this project's 2-CPU
      // machine, most of it importing and transforming again what the shared workers load anyway.
      // Vitest runs the projects in name order: the DOM files (DOM_UNIT_FILES) first.
      unitProject({
        name: 'unit:node',
        include: ['test/unit/**/*.test.{ts,tsx}'],
        exclude: DOM_UNIT_FILES,
        environment: 'node',
      }),
      unitProject({
        name: 'unit:dom',
        include: DOM_UNIT_FILES,
        environment: 'happy-dom',
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
