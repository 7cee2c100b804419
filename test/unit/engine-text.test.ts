import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/engine/lang/language';
import { stem } from '../../src/engine/lang/stem';
import { foldWord } from '../../src/engine/text/normalize';
import { segmentSentences } from '../../src/engine/text/segment';
import { tokenize } from '../../src/engine/text/tokenize';

describe('sentence segmentation', () => {
  it('splits sentences and keeps paragraphs apart', () => {
    const text =
      'Kazakhstan denied it. Tokayev spoke on Russia-24.\nA new paragraph without a full stop\nThird.';
    const spans = segmentSentences(text).map((s) => [text.slice(s.start, s.end), s.block]);
    expect(spans).toEqual([
      ['Kazakhstan denied it.', 0],
      ['Tokayev spoke on Russia-24.', 0],
      ['A new paragraph without a full stop', 1],
      ['Third.', 2],
    ]);
  });

  it('does not break after abbreviations such as "St." and "U.S."', () => {
    const text = 'He spoke at the St. Petersburg International Economic Forum on June 17. Putin listened.';
    const spans = segmentSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'He spoke at the St. Petersburg International Economic Forum on June 17.',
      'Putin listened.',
    ]);
  });

  it('maps every sentence back to the exact text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        let last = 0;
        for (const s of segmentSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives a single 100,000-character sentence and text with no letters', () => {
    const long = 'word '.repeat(20_000);
    expect(segmentSentences(long).length).toBeGreaterThan(0);
    expect(segmentSentences('!!! ??? ... ,,, ---')).toHaveLength(1);
    expect(segmentSentences('\u200b\u200b\n\n\u200b')).toEqual([]);
  });
});

describe('tokenisation', () => {
  it('finds words, numbers and inner apostrophes with exact offsets', () => {
    const text = 'Russia-led CSTO’s budget rose by 441 billion tenge ($918 million) — Казахстан 2023.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual([
      'Russia',
      'led',
      'CSTO’s',
      'budget',
      'rose',
      'by',
      '441',
      'billion',
      'tenge',
      '918',
      'million',
      'Казахстан',
      '2023',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('segments scripts written without spaces into words', () => {
    const tokens = tokenize('哈萨克斯坦将暂停集体安全条约组织成员资格');
    expect(tokens.length).toBeGreaterThan(3);
  });

  it('keeps offsets exact for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalisation and stemming', () => {
  it('folds case, ё, Latin diacritics and possessives, and keeps й', () => {
    expect(foldWord('CSTO’s')).toBe('csto');
    expect(foldWord('Kazakhstán')).toBe('kazakhstan');
    expect(foldWord('Ёлка')).toBe('елка');
    expect(foldWord('Украй')).toBe('украй');
  });

  it('stems English, Russian and Ukrainian, and unifies British and American spelling', () => {
    expect(stem('suspending', 'en')).toBe(stem('suspended', 'en'));
    expect(stem('recognise', 'en')).toBe(stem('recognize', 'en'));
    expect(stem('rumours', 'en')).toBe(stem('rumors', 'en'));
    expect(stem('приостановит', 'ru')).toBe(stem('приостановить', 'ru'));
    expect(stem('членстві', 'uk')).toBe(stem('членства', 'uk'));
    expect(stem('переговорів', 'uk')).toBe(stem('переговори', 'uk'));
    expect(stem('membership', 'und')).toBe('membership');
  });

  it('detects the language from the page declaration or the letters', () => {
    expect(detectLanguage('Kazakhstan will suspend its membership in the CSTO.', undefined)).toBe('en');
    expect(detectLanguage('Казахстан приостановит членство в ОДКБ.', undefined)).toBe('ru');
    expect(detectLanguage('Казахстан призупинить членство в ОДКБ і вийде з нього.', undefined)).toBe('uk');
    expect(detectLanguage('Le Kazakhstan va suspendre son adhésion à l’OTSC.', 'fr')).toBe('und');
    expect(detectLanguage('Kazakhstan will suspend its membership.', 'en-GB')).toBe('en');
  });
});
