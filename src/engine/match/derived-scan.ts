/**
 * The first step for claims without anchors: one sequential pass over the records posted under the
 * article's keys, on a small fold table of the article's paragraphs, keeping the variants that may
 * have a window (a superset: derived-windows.ts then counts exactly).
 */
import type { ClaimIndex } from '../claim-index/layout';

/**
 * The fold table's least size (32 KB). Bench article at 1M claims (455 keys): 4,096 entries let
 * 568 records through the scan, 8,192 470, 16,384 447 (exact: 428), in the same time.
 */
const FOLD_TABLE_ENTRIES = 8192;

/** Tests only: results must not change with a fold table of a few entries, or with the general loop. */
export interface ScanTuning {
  /** Fold table entries, a power of two (default 8192, more for long articles). */
  entries?: number;
  general?: boolean;
}

/**
 * The article's keys' folded paragraphs in a small direct-mapped table (key id mod its size), each
 * entry the union of the keys that fall on it: one lookup in a table that stays in the processor's
 * nearest cache, where an exact lookup would read two arrays as long as the dictionary. A key that
 * shares an entry with another reads a superset of its paragraphs, never fewer; absent keys read 0
 * unless they share an entry with a present one. Sized at ≥ 16 entries per key, so few share.
 */
function foldTable(
  keys: readonly number[],
  folded: Uint32Array,
  entries?: number,
): { table: Uint32Array; mask: number } {
  let size = entries ?? FOLD_TABLE_ENTRIES;
  if (entries === undefined) while (size < keys.length * 16) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  keys.forEach((key, i) => {
    table[key & mask]! |= folded[i + 1]!;
  });
  return { table, mask };
}

/**
 * One sequential pass over the records posted under the article's keys (each variant under its
 * rarest term, so nothing needs de-duplicating); the variants that may have a window: a paragraph
 * holding their rarest term and m − 1 more of their required terms (derive.ts), on the folded
 * paragraphs (`folded`, by row) — exact for articles of up to 32 paragraphs and keys that share no
 * entry of the fold table, a superset otherwise; windowsOf then counts exactly.
 */
export function scanPostings(
  index: ClaimIndex,
  keys: readonly number[],
  folded: Uint32Array,
  tuning: ScanTuning = {},
): number[] {
  const passed: number[] = [];
  const { derivedPostStart: start, derivedPost: post, derivedRecordWidth: width } = index;
  const { table, mask } = foldTable(keys, folded, tuning.entries);
  const need = index.derivedMinRequired;
  // The evaluated default (6 required terms, 3 in the window) unrolled: ~4× the general loop's speed
  // at a million claims, where the scan reads tens of thousands of records per article. NO_TERM
  // padding reads an entry like any key: a superset, as above.
  const unrolled = width === 7 && need === 3 && !tuning.general;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const own = folded[i + 1]!;
    const end = start[key + 1]! * width;
    if (unrolled) {
      for (let r = start[key]! * width; r < end; r += 7) {
        const m1 = table[post[r + 2]! & mask]!;
        const m2 = table[post[r + 3]! & mask]!;
        const m3 = table[post[r + 4]! & mask]!;
        const m4 = table[post[r + 5]! & mask]!;
        const m5 = table[post[r + 6]! & mask]!;
        // Paragraphs holding two of the five others.
        const two = (m1 & (m2 | m3 | m4 | m5)) | (m2 & (m3 | m4 | m5)) | (m3 & (m4 | m5)) | (m4 & m5);
        if ((two & own) !== 0) passed.push(post[r]!);
      }
    } else {
      for (let r = start[key]! * width; r < end; r += width)
        if ((atLeastOthers(table, mask, post, r + 2, r + width, need - 1) & own) !== 0) passed.push(post[r]!);
    }
  }
  return passed;
}

/** Paragraphs (folded) holding at least `need` of the terms post[from .. to), on saturating counters up to 3. */
function atLeastOthers(
  table: Uint32Array,
  mask: number,
  post: Uint32Array,
  from: number,
  to: number,
  need: number,
): number {
  if (need <= 0) return ~0;
  let one = 0;
  let two = 0;
  let three = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const m = table[post[i]! & mask]!;
    if (m !== 0) count++;
    three |= two & m;
    two |= one & m;
    one |= m;
  }
  // Beyond three, counting folded paragraphs no longer proves a shared one: keep the superset.
  return need === 1 ? one : need === 2 ? two : need === 3 ? three : count >= need ? three : 0;
}
