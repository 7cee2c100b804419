/**
 * The e2e project's test environment: Node's, plus closing the browser that ./shared-browser.ts
 * launched for the files of this worker. Vitest tears an environment down once the worker has run
 * all its files (with `isolate: false` and one worker, the whole suite), so the browser outlives each
 * file but not the run.
 *
 * Vitest loads this module apart from the test files' module graph, so the two meet through a
 * global registered under SHARED_EXTENSION rather than through a module variable.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

/** Where ./shared-browser.ts keeps the shared harness (anything with close()) for this process. */
export const SHARED_EXTENSION = Symbol.for('afterword.e2e.shared-extension');

interface Closable {
  close(): Promise<void>;
}
type WithShared = typeof globalThis & { [SHARED_EXTENSION]?: Promise<Closable> };

const node = builtinEnvironments.node;

export default {
  name: 'afterword-e2e',
  viteEnvironment: 'ssr',
  async setup(global: typeof globalThis, options: Record<string, unknown>) {
    const base = await node.setup(global, options);
    return {
      async teardown(global: typeof globalThis) {
        const shared = (globalThis as WithShared)[SHARED_EXTENSION];
        delete (globalThis as WithShared)[SHARED_EXTENSION];
        // A launch that failed has already failed its file; nothing is left to close.
        await shared?.then((harness) => harness.close()).catch(() => undefined);
        await base.teardown(global);
      },
    };
  },
} satisfies Environment;
