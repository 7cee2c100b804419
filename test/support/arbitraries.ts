/**
 * fast-check arbitraries the property tests share.
 */
import fc from 'fast-check';

/** Code points below the surrogates, then the surrogate block's size: the rest are shifted past it. */
const SURROGATES_START = 0xd800;
const SURROGATES_SIZE = 0x800;
const LAST_CODE_POINT = 0x10ffff;

/** The code point a choice index stands for, skipping the surrogates. */
const codePointAt = (index: number): string =>
  String.fromCodePoint(index < SURROGATES_START ? index : index + SURROGATES_SIZE);

/** The choice index of one code point, for shrinking a value fast-check did not draw itself. */
function indexOf(value: unknown): number {
  if (typeof value !== 'string') throw new Error('not a string');
  const point = value.codePointAt(0);
  if (point === undefined || String.fromCodePoint(point) !== value) throw new Error('not one code point');
  if (point >= SURROGATES_START && point < SURROGATES_START + SURROGATES_SIZE)
    throw new Error('a lone surrogate');
  return point < SURROGATES_START ? point : point - SURROGATES_SIZE;
}

/**
 * Any code point but a lone surrogate: what `fc.string({ unit: 'binary' })` draws, index for index
 * (the same `nat` over [0, U+D7FF] then [U+E000, U+10FFFF], so a seed gives the same strings). Built
 * by fast-check, that unit builds a map of all 1.1 million code points the first time a string of it
 * is made, to read its list of hostile strings ("__proto__", "constructor"…) back into code points:
 * 1.4 s in every test worker. The inverse here is arithmetic, so those hostile strings are still
 * drawn, for free.
 */
export const anyCodePoint: fc.Arbitrary<string> = fc
  .nat({ max: LAST_CODE_POINT - SURROGATES_SIZE })
  .map(codePointAt, indexOf);

/** `fc.string({ unit: 'binary', … })`, drawn the same way, without its start-up cost (anyCodePoint). */
export const binaryString = (constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> =>
  fc.string({ ...constraints, unit: anyCodePoint });
