/**
 * src/background/updates/default-key as the unit tests see it: vitest.config.ts puts this module in
 * its place, as it puts test/support/browser-seam.ts in the extension API's. The shipped key's
 * secret half is not in the repository, so a test of replacing the bundled default signs with a
 * key of its own and names it with shipAsDefaultKeys. Every test starts with the shipped list
 * (test/support/fresh-seams.ts restores it after each test), so no test trusts a key another one
 * named, in whatever file or worker it runs; for the same reason a test names its keys itself (in
 * the test or a beforeEach), not once in a beforeAll.
 */
import { DEFAULT_DATASET_KEYS as SHIPPED } from '../../src/background/updates/default-key';
import type { Publisher } from './dataset-host';

type Keys = typeof SHIPPED;

/**
 * Where the list in force is kept: on the global object, not in this module, because a test that
 * calls vi.resetModules() loads the background (and with it this module) afresh and must still see
 * the keys it named.
 */
const IN_FORCE = Symbol.for('afterword.defaultDatasetKeys');
type WithKeys = typeof globalThis & { [IN_FORCE]?: Keys };

const inForce = (): Keys => (globalThis as WithKeys)[IN_FORCE] ?? SHIPPED;

/** The list the running test put in force, whenever apply.ts reads it. */
export const DEFAULT_DATASET_KEYS: Keys = new Proxy([] as unknown as Keys, {
  get: (_, key) => Reflect.get(inForce(), key) as unknown,
  has: (_, key) => Reflect.has(inForce(), key),
});

/** These publishers' keys, and no other, may sign a replacement of the bundled default until the test ends. */
export function shipAsDefaultKeys(...publishers: Publisher[]): void {
  (globalThis as WithKeys)[IN_FORCE] = publishers.map((p) => ({
    keyId: p.key.keyId,
    base64: btoa(String.fromCharCode(...p.key.bytes)),
  }));
}

/** The shipped list again: what every test starts with. */
export function restoreShippedDefaultKeys(): void {
  delete (globalThis as WithKeys)[IN_FORCE];
}
