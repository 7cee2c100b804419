/**
 * Hostile and odd input: none of it may throw, every span must map back to the exact text, and
 * the cost must stay linear in the input's length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../src/engine/match/percolate';
import { buildRankIndex } from '../../src/engine/rank/build';
import { rankClaims } from '../../src/engine/rank/rank';
import { analyze } from '../../src/engine/text/analyze';
import { segmentSentences } from '../../src/engine/text/segment';
import { tokenize, tokenizeByRegex } from '../../src/engine/text/tokenize';
import { defaultIndex } from '../support/dataset';

const SEED_SENTENCE =
  'Kazakhstan will suspend its membership in the CSTO from early 2023, a Telegram channel reported. ';

const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'ordinary news text': (n) => SEED_SENTENCE.repeat(Math.ceil(n / SEED_SENTENCE.length)).slice(0, n),
  'one sentence without a stop': (n) =>
    'Kazakhstan CSTO suspend membership word '.repeat(Math.ceil(n / 41)).slice(0, n),
  'only punctuation': (n) => '!?.,;:—…-()[]"\''.repeat(Math.ceil(n / 15)).slice(0, n),
  'mixed scripts': (n) =>
    'Казахстан CSTO 哈萨克斯坦 ОДКБ Қазақстан kazakh ไทย '.repeat(Math.ceil(n / 45)).slice(0, n),
  'right-to-left': (n) =>
    'كازاخستان ستعلق عضويتها في منظمة معاهدة الأمن الجماعي. קזחסטן תשעה את חברותה. '
      .repeat(Math.ceil(n / 80))
      .slice(0, n),
  'zero-width characters': (n) =>
    'Kazakh\u200bstan\u200d will\ufeff sus\u200cpend\u2060 CSTO. '.repeat(Math.ceil(n / 40)).slice(0, n),
  emoji: (n) => 'Kazakhstan 🇰🇿 will 😀 suspend 👍🏽 CSTO 🧑‍🤝‍🧑 membership. '.repeat(Math.ceil(n / 60)).slice(0, n),
  'combining marks': (n) => 'K\u0301a\u0300z\u0308akhstan w\u0303ill '.repeat(Math.ceil(n / 30)).slice(0, n),
  'lone surrogates': (n) => 'Kazakhstan \ud800 CSTO \udc00 suspend. '.repeat(Math.ceil(n / 30)).slice(0, n),
};

function check(text: string): void {
  const results = matchArticle(defaultIndex(), { text, title: text.slice(0, 80) });
  for (const m of results) {
    expect(text.slice(m.start, m.end)).toBe(m.sentence);
    for (const p of m.passages) expect(p.end).toBeLessThanOrEqual(text.length);
  }
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

describe('pathological input', () => {
  it.each(Object.keys(PATHOLOGICAL))('%s: no throw, exact spans, linear time', (name) => {
    const make = PATHOLOGICAL[name]!;
    check(make(2_000));
    const small = Math.min(
      timed(() => check(make(50_000))),
      timed(() => check(make(50_000))),
    );
    const large = Math.min(
      timed(() => check(make(400_000))),
      timed(() => check(make(400_000))),
    );
    // 8× the text; a quadratic cost would take 64×. The margin absorbs a busy machine.
    expect(large).toBeLessThan(small * 24 + 100);
  });

  it('reads 5 MB of text and a single 100,000-character sentence', () => {
    const big = PATHOLOGICAL['ordinary news text']!(5 * 1024 * 1024);
    const t = timed(() => check(big));
    expect(t).toBeLessThan(30_000);
    const sentence = `${'Kazakhstan will suspend its membership in the CSTO and '.repeat(1_900)}end.`;
    expect(sentence.length).toBeGreaterThan(100_000);
    check(sentence);
  }, 60_000);

  it('never throws and keeps every span exact on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
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
        fc.string({ unit: 'binary', maxLength: 300 }),
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
          fc.string({ unit: 'binary', maxLength: 60 }),
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
