/**
 * Hostile and odd input: none of it may throw, and every span must map back to the exact text.
 * How the cost grows with the input's length is timed by the bench (test/bench/engine/growth.ts):
 * a timed assertion here would fail on a busy machine and pass a slow engine on a fast one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../src/engine/match/percolate';
import { buildRankIndex } from '../../src/engine/rank/build';
import { rankClaims } from '../../src/engine/rank/rank';
import { analyze } from '../../src/engine/text/analyze';
import { segmentSentences } from '../../src/engine/text/segment';
import { tokenize, tokenizeByRegex } from '../../src/engine/text/tokenize';
import { binaryString } from '../support/arbitraries';
import { defaultIndex } from '../support/dataset';
import { PATHOLOGICAL, SEED_SENTENCE } from '../support/pathological-text';

function check(text: string): void {
  const results = matchArticle(defaultIndex(), { text, title: text.slice(0, 80) });
  for (const m of results) {
    expect(text.slice(m.start, m.end)).toBe(m.sentence);
    for (const p of m.passages) expect(p.end).toBeLessThanOrEqual(text.length);
  }
}

/** Long enough for every generator to repeat its pattern hundreds of times, across many blocks. */
const LONG_TEXT = 50_000;

describe('pathological input', () => {
  it.each(Object.keys(PATHOLOGICAL))('%s: no throw, exact spans', (name) => {
    const make = PATHOLOGICAL[name]!;
    check(make(2_000));
    check(make(LONG_TEXT));
  });

  it('reads a single 100,000-character sentence', () => {
    const sentence = `${'Kazakhstan will suspend its membership in the CSTO and '.repeat(1_900)}end.`;
    expect(sentence.length).toBeGreaterThan(100_000);
    check(sentence);
  });

  it('never throws and keeps every span exact on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), binaryString({ maxLength: 300 })),
        (text) => {
          check(text);
          check(`${SEED_SENTENCE}${text}\n${SEED_SENTENCE}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks any query without throwing', () => {
    const index = buildRankIndex([
      { id: 'a', claim: 'Kazakhstan will suspend its membership in the CSTO.' },
      { id: 'b', claim: '🇰🇿 Казахстан выйдет из ОДКБ' },
    ]);
    fc.assert(
      fc.property(
        binaryString({ maxLength: 300 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
        (text, context) => {
          const r = rankClaims(index, {
            id: 'q',
            text,
            context,
            speaker: text.slice(0, 20),
            date: text.slice(0, 10),
          });
          expect(r.length).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('offsets', () => {
  it('the scanner finds exactly the regex tokeniser’s words', () => {
    const alphabet = fc.constantFrom(..."aZ é1,.'’ʼ-09 \n\tЁжї٣中文ไทย😀\u200b\u05d0ş3x\u0301".split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
          binaryString({ maxLength: 60 }),
        ),
        (text) => {
          expect(tokenize(text)).toEqual(tokenizeByRegex(text));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('every term and sentence span maps back to the exact text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const t of analyze(text, 'en')) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
        }
        for (const s of segmentSentences(text))
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      }),
      { numRuns: 300 },
    );
  });
});
