/**
 * src/shared/browser as the unit tests see it: the unit project (vitest.config.ts) resolves that
 * module, the one that touches the extension API, to this one. Each use reaches the fake browser the
 * running test created last (createFakeBrowser installs it), so a module that keeps `browser` from
 * an earlier test still talks to the current test's fake, as it did when every file mocked the seam
 * with a getter.
 */
import { installedFakeBrowser, type FakeBrowser } from './fake-browser';

const browser = new Proxy({} as FakeBrowser, {
  get: (_, key) => Reflect.get(installedFakeBrowser(), key) as unknown,
  has: (_, key) => Reflect.has(installedFakeBrowser(), key),
});

export default browser;
