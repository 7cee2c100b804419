/**
 * One Chromium with the extension for the E2E files that only need pages of their own: launching
 * the browser, installing the extension and warming its service worker up costs seconds a file, paid
 * here once per worker. The e2e project runs its files one after another in one worker without
 * isolation (vitest.config.ts), so this module's browser is met again by the next file; its
 * environment (./shared-browser-environment.ts) closes it when the worker is done.
 *
 * Each file still starts from a freshly installed extension. releaseSharedExtension(), in the file's
 * afterAll, closes every page the file left open, clears what the extension stored (storage.local,
 * storage.session, its IndexedDB databases) and stops its service worker, so nothing it held in
 * memory survives either; the network recorder is emptied when a file takes the browser and when it
 * gives it back. Within a file, tests share the browser as they always did.
 *
 * A script a file adds to every page of the context it removes again (in-page's layout-shift
 * recorder). A file that changes what this reset does not cover launches its own browser with
 * launchExtension(): the browser's flags or UI language (outlets, languages, reader-language), the
 * extension build (follow-up), the install itself (first-run), the main thread of pages timed against
 * a browser without Afterword (hostile-marks), a stopped worker as the subject of the test
 * (service-worker-restart), and the files that install datasets and then follow the background's
 * downloads and alarms (dataset-updates, feed-source, disagreement). Firefox files launch Firefox.
 */
import { resolve } from 'node:path';
import { launchExtension, type ExtensionHarness } from './browser';
import { REPO_ROOT } from './server';
import { stopServiceWorkers } from './service-worker';
import { SHARED_EXTENSION } from './shared-browser-environment';

/** Served after test/fixtures/pages: the rest of test/fixtures (hostile pages, dynamic pages, feeds). */
const SERVE_DIRS = [resolve(REPO_ROOT, 'test/fixtures')];

type WithShared = typeof globalThis & { [SHARED_EXTENSION]?: Promise<ExtensionHarness> };
const registry = globalThis as WithShared;

/** The worker's shared harness, launched on first use, with an empty network record. */
export async function sharedExtension(): Promise<ExtensionHarness> {
  registry[SHARED_EXTENSION] ??= launchExtension({ serveDirs: SERVE_DIRS }).catch((error: unknown) => {
    // The next file tries a launch of its own rather than inheriting this failure.
    delete registry[SHARED_EXTENSION];
    throw error;
  });
  const harness = await registry[SHARED_EXTENSION];
  harness.network.clear();
  return harness;
}

/** Gives the shared browser back as a fresh install would leave it (see the file comment). */
export async function releaseSharedExtension(): Promise<void> {
  const harness = await registry[SHARED_EXTENSION]?.catch(() => undefined);
  if (!harness) return;
  const { context } = harness;
  // One blank page keeps the browser's window; every page the file opened goes.
  const blank = await context.newPage();
  await Promise.all(
    context
      .pages()
      .filter((page) => page !== blank)
      .map((page) => page.close().catch(() => undefined)),
  );
  const worker = await harness.serviceWorker();
  await worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: ChromeStorage } }).chrome;
    await Promise.all([storage.local.clear(), storage.session.clear()]);
  });
  // Stopped before its databases are deleted, so no connection of its own holds them open.
  await stopServiceWorkers(context, blank);
  const session = await context.newCDPSession(blank);
  try {
    await session.send('Storage.clearDataForOrigin', {
      origin: `chrome-extension://${harness.extensionId}`,
      storageTypes: 'indexeddb,cache_storage',
    });
  } finally {
    await session.detach().catch(() => undefined);
  }
  harness.network.clear();
}

/** The parts of chrome.storage the reset calls, inside the service worker. */
interface ChromeStorage {
  local: { clear(): Promise<void> };
  session: { clear(): Promise<void> };
}
