/**
 * Byte arrays compared as bytes. toEqual walks a Uint8Array entry by entry through its generic
 * deep equality, which took 5 s of a test worker for the 1.1 MB dataset file of
 * datasets-store.test.ts; this takes milliseconds and names the first byte that differs.
 */
import { expect } from 'vitest';

/** Where two byte arrays first differ: an offset, or -1 when they are the same bytes. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : shorter;
}

export function expectSameBytes(actual: unknown, expected: Uint8Array): void {
  expect(actual).toBeInstanceOf(Uint8Array);
  const bytes = actual as Uint8Array;
  expect({ length: bytes.length, firstDifference: firstDifference(bytes, expected) }).toEqual({
    length: expected.length,
    firstDifference: -1,
  });
}
