/**
 * The importers copy each draft claim as JSON would carry it (plainCopy), by a walk instead of a
 * JSON round trip: for any value a draft may hold, the same result as JSON.parse(JSON.stringify()),
 * with the refused characters removed from its strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainCopy } from '../../src/dataset/importers/common';
import { removeRefused } from '../../src/dataset/text-rule';
import { binaryString } from '../support/arbitraries';

const roundTrip = (value: unknown) =>
  JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? removeRefused(v).text : v,
  );

/** JSON's values and what JSON changes or drops: undefined, NaN, infinities, dates, functions, holes. */
const draftish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    binaryString(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.constant(() => 1),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.sparseArray(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('plainCopy', () => {
  it('gives what a JSON round trip gives, refused characters removed', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), draftish, { maxKeys: 5 }), (draft) => {
        const copy = plainCopy(draft, []);
        const expected: unknown = roundTrip(draft);
        // toStrictEqual tells an undefined field or a hole from a missing one; the text tells key order.
        expect(copy).toStrictEqual(expected);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(expected));
      }),
    );
  });

  it('reports each refused character it removes, and keeps a "__proto__" key as a field', () => {
    const removed: string[] = [];
    const copy = plainCopy(
      JSON.parse('{"__proto__": {"x": 1}, "text": "a\\u202eb", "list": [null, "\\u0090"]}'),
      removed,
    );
    expect(removed).toEqual(['U+202E', 'U+0090']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"text":"ab","list":[null,""]}');
  });
});
