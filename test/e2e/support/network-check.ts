/**
 * The network check of the E2E files: after every test, nothing went out that should not have (see
 * NetworkRecorder in ./browser). Checked per test rather than once at the end of a file, so each
 * test answers for its own requests, and a test run alone is checked too.
 */
import { afterEach, expect } from 'vitest';
import type { ExtensionHarness } from './browser';

/**
 * `extension`: only what the extension itself requested (its pages, its worker, its content scripts)
 * counts; `all`: the test pages' own requests to anything but the fixture server count too.
 */
export type NetworkScope = 'all' | 'extension';

export function expectNoRequestsAfterEach(
  harness: () => ExtensionHarness | undefined,
  scope: NetworkScope = 'all',
): void {
  afterEach(() => {
    const h = harness();
    if (!h) return;
    const found = scope === 'extension' ? h.network.extensionViolations() : h.network.violations();
    h.network.clear();
    expect(found, h.network.describe(found)).toEqual([]);
  });
}
