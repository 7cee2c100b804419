/**
 * Named helpers for the bitsets the matcher reads: a set of sentences (or paragraphs) as bits of
 * 32-bit words, bit s of word s >> 5 for sentence s. Tiny on purpose, so the engine inlines them in
 * the hot loops; the names say what the bit tricks do.
 */

/** The lowest set bit of a word, as a word with only that bit ("x & -x"). */
export function lowestBit(word: number): number {
  return word & -word;
}

/** The word without its lowest set bit: iterating `for (let r = w; r !== 0; r = withoutLowestBit(r))`. */
export function withoutLowestBit(word: number): number {
  return word & (word - 1);
}

/** Position (0–31) of a word's lowest set bit. */
export function lowestBitIndex(word: number): number {
  return 31 - Math.clz32(word & -word);
}

/** Adds member i to the bitset. */
export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

/**
 * Saturating bit counters: for each bit position, whether at least `need` of the masks set it.
 * `one`, `two`, `three` hold the positions set at least once, twice, three times so far.
 */
/** Sentences (bits of word w) holding at least `need` ≤ 3 of the rows' terms: saturating bit counters. */
export function atLeast3(
  masks: Uint32Array,
  rows: Uint32Array,
  present: number,
  w: number,
  need: number,
): number {
  let one = 0;
  let two = 0;
  let three = 0;
  for (let k = 0; k < present; k++) {
    const m = masks[rows[k]! + w]!;
    three |= two & m;
    two |= one & m;
    one |= m;
  }
  return need === 1 ? one : need === 2 ? two : three;
}

/** The same for any `need`, with ge[j] the sentences holding at least j so far. */
export function atLeast(
  masks: Uint32Array,
  rows: Uint32Array,
  present: number,
  w: number,
  need: number,
  ge: Uint32Array,
): number {
  ge.fill(0);
  ge[0] = 0xffffffff;
  for (let k = 0; k < present; k++) {
    const m = masks[rows[k]! + w]!;
    for (let j = need; j >= 1; j--) ge[j]! |= ge[j - 1]! & m;
  }
  return ge[need]!;
}
