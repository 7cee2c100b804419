/**
 * A new service worker for a test: the extension's own state (the background's, the shared
 * storage code's, the UI strings') is loaded anew at the next import, as after the browser stopped
 * and started the worker, while the modules that hold no state a worker restart would lose are
 * kept: the engine and the dataset code (caches keyed by what they were given, and the choice of
 * an Ed25519 implementation, which a new worker would make the same way), the bundled index, the
 * test's own support modules (whose state is on the global object, see fake-browser.ts), and two
 * kinds of data that are the same in every worker: the bundled default's JSON and the English
 * messages (src/ui/messages-en*.ts; the language in use is catalogue.ts's, which is reloaded).
 *
 * vi.resetModules() reloads all of them, 200–1,000 modules each time, and the background's unit
 * tests start a new worker 133 times. Their eleven files took 11.4 and 11.7 s (15.7 and 16.1 s of
 * CPU) with vi.resetModules(), against 9.6 and 9.7 s (12.5 and 12.9 s) with this, in turn on the
 * 2-CPU development machine. (popup-background and options-background use it too, to start and
 * drop the one background of their file.) The two data modules were the dearest part of a new
 * worker: Node 20 takes 11–14 ms to evaluate messages-en.ts (its 450 keys follow three spreads in
 * one object literal; Chromium's newer V8 takes under 1 ms) and 2–5 ms for default.json. Loading
 * the update machinery's modules again took 21–25 ms with them, 7 ms without (20 reloads each way,
 * in one worker).
 *
 * Vitest has no public call that resets some modules only, so this clears the same fields of its
 * module registry as vi.resetModules() does (vitest/dist/chunks/utils.*.js, resetModules), for the
 * modules it does not keep. If that registry is not where it was (a vitest upgrade), it throws
 * rather than leave a test with the old worker's state; fresh-worker.test.ts checks both halves.
 */

/** Modules kept across a new worker: absolute ids under these folders, virtual modules, and the data. */
const KEPT =
  /^(virtual:|\0)|\/(src\/engine|src\/dataset|test\/support)\/|\/public\/datasets\/default\.json$|\/src\/ui\/messages-en(-[a-z]+)?\.ts$/;
/** What vi.resetModules() itself never resets: vitest's own modules, and modules it mocked. */
const VITEST_OWN = /\/vitest\/dist\/|vitest-virtual-\w+\/dist|@vitest\/dist|^mock:/;

interface RegistryNode {
  promise?: unknown;
  exports?: unknown;
  evaluated: boolean;
  importers: Set<string>;
}

function moduleRegistry(): Map<string, RegistryNode> {
  const worker = (globalThis as { __vitest_worker__?: { evaluatedModules?: { idToModuleMap?: unknown } } })
    .__vitest_worker__;
  const registry = worker?.evaluatedModules?.idToModuleMap;
  if (!(registry instanceof Map))
    throw new Error(
      "freshWorker(): vitest's module registry is not where this vitest kept it (__vitest_worker__.evaluatedModules.idToModuleMap); use vi.resetModules() or update test/support/fresh-worker.ts",
    );
  return registry as Map<string, RegistryNode>;
}

/**
 * Marks the modules a new worker loads again (the others keep their instance); returns how many
 * of each, which fresh-worker.test.ts checks.
 */
export function freshWorker(): { reset: number; kept: number } {
  let reset = 0;
  let kept = 0;
  for (const [id, node] of moduleRegistry()) {
    if (VITEST_OWN.test(id)) continue;
    if (KEPT.test(id)) {
      kept++;
      continue;
    }
    node.promise = undefined;
    node.exports = undefined;
    node.evaluated = false;
    node.importers.clear();
    reset++;
  }
  return { reset, kept };
}
