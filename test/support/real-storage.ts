/**
 * A guard for tests of background code: the background falls back to the bundled default alone,
 * with a warning, when IndexedDB is missing or broken, and everything still answers, so a test
 * could pass on the fallback without ever touching the real storage path. Called at the top of a
 * test file, it fails any test of that file during which the fallback happened.
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

/** The warning src/background/datasets.ts logs when it falls back. */
const FALLBACK_WARNING = 'installed datasets unavailable';

export function failOnStorageFallback(): void {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    const fallbacks = warn.mock.calls.filter(([m]) => String(m).includes(FALLBACK_WARNING));
    warn.mockRestore();
    expect(fallbacks, 'the background fell back as if IndexedDB were broken').toEqual([]);
  });
}
