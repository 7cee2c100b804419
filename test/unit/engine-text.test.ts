import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/engine/lang/language';
import { stem } from '../../src/engine/lang/stem';
import { foldTransliteration } from '../../src/engine/lang/spelling';
import { compoundHead } from '../../src/engine/text/compounds';
import { analyze, contentKeys, newPass } from '../../src/engine/text/analyze';
import { foldWord } from '../../src/engine/text/normalize';
import type { Language } from '../../src/engine/lang/language';
import { isCalendarKey, isTimeKey, MONTH_WORDS, TIME_WORDS } from '../../src/engine/text/calendar';
import { MONTH_KEYS, TIME_KEYS } from '../../src/engine/text/calendar-keys';
import { keysOf } from '../tools/calendar-keys';
import { blockSpans, roughSentences, segmentSentences } from '../../src/engine/text/segment';
import { tokenize } from '../../src/engine/text/tokenize';
import { textHash, WordTable } from '../../src/engine/text/word-table';

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

describe('sentences cut at punctuation (the stance reader’s paragraphs)', () => {
  it('cuts after terminal punctuation and closing quotes, keeps offsets into the text', () => {
    const text = 'Intro line.\nThe ministry denied it. “This is a fake,” she said! Was it true? No';
    const [, block] = blockSpans(text);
    const got = roughSentences(text, block!).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['The ministry denied it.', '“This is a fake,” she said!', 'Was it true?', 'No']);
    expect(roughSentences(text, block!).every((s) => s.block === 1)).toBe(true);
  });
});

describe('words that only date a claim', () => {
  it('are keyed ahead exactly as the analysers key them (run test/tools/calendar-keys.ts when not)', () => {
    expect(MONTH_KEYS.split(' ').sort()).toEqual(keysOf(MONTH_WORDS));
    expect(TIME_KEYS.split(' ').sort()).toEqual(keysOf(TIME_WORDS));
  });

  it.each(
    ['14', '2022', 'septemb', 'september', 'сентября', 'вересня', 'août', 'septiembre'].map((w) => [w]),
  )('%s', (word) => {
    // Keys as the analysers make them: the month names stemmed or folded in any of our languages.
    const keys = analyze(word, detectLanguage(word)).map((t) => t.key);
    expect(keys.length).toBe(1);
    expect(isCalendarKey(keys[0]!)).toBe(true);
  });

  it('leaves ordinary words alone', () => {
    for (const word of ['summit', 'hospital', 'maybe', 'attack', 'interview'])
      expect(isCalendarKey(analyze(word, 'en')[0]!.key)).toBe(false);
  });

  it('knows the words that place a claim in relative time, as each language analyses them', () => {
    const cases: [string, Language][] = [
      ['next season', 'en'],
      ['la saison prochaine', 'fr'],
      ['la próxima temporada', 'es'],
      ['la prossima stagione', 'it'],
      ['в следующем сезоне', 'ru'],
      ['nächste Saison', 'de'],
    ];
    for (const [phrase, language] of cases) {
      const content = analyze(phrase, language).filter((t) => !t.stop);
      expect(content.length, phrase).toBeGreaterThan(0);
      for (const t of content) expect(isTimeKey(t.key), `${phrase}: ${t.key}`).toBe(true);
    }
    for (const word of ['agreed', 'deal', 'club', 'hospital', 'suspend'])
      expect(isTimeKey(analyze(word, 'en')[0]!.key)).toBe(false);
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

  it('folds the transliterated endings of Slavic names in English, and no English word', () => {
    for (const name of ['zelenskyy', 'zelenskiy', 'zelenskyi'])
      expect(stem(name, 'en')).toBe(stem('zelensky', 'en'));
    expect(stem('dmitriy', 'en')).toBe(stem('dmitry', 'en'));
    for (const word of ['yyy', 'happy', 'city', 'journey', 'spy'])
      expect(foldTransliteration(word)).toBe(word);
  });

  it('reads an English compound of a phrasal verb as its verb too, in articles only', () => {
    const keys = (text: string, heads: boolean) =>
      analyze(text, 'en', undefined, heads).map((t) => [t.key, text.slice(t.start, t.end)]);
    expect(keys('the Gmail shutdown', true)).toEqual([
      ['the', 'the'],
      ['gmail', 'Gmail'],
      ['shutdown', 'shutdown'],
      [stem('shut', 'en'), 'shutdown'],
    ]);
    expect(keys('the Gmail shutdown', false).map(([k]) => k)).toEqual(['the', 'gmail', 'shutdown']);
    const isStop = (w: string) => ['with', 'through', 'ab'].includes(w);
    expect(
      ['takeover', 'breakup', 'layoff', 'walkout', 'setback', 'lockdown'].map((w) => compoundHead(w, isStop)),
    ).toEqual(['take', 'break', 'lay', 'walk', 'set', 'lock']);
    expect(['layoffs', 'shutdowns', 'takeovers'].map((w) => compoundHead(w, isStop))).toEqual([
      'lay',
      'shut',
      'take',
    ]);
    // Stop-word heads and heads too short to be a verb give nothing.
    expect(
      ['without', 'throughout', 'about', 'scout', 'down', 'setup3'].map((w) => compoundHead(w, isStop)),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('detects the language from the page declaration or the letters', () => {
    expect(detectLanguage('Kazakhstan will suspend its membership in the CSTO.', undefined)).toBe('en');
    expect(detectLanguage('Казахстан приостановит членство в ОДКБ.', undefined)).toBe('ru');
    expect(detectLanguage('Казахстан призупинить членство в ОДКБ і вийде з нього.', undefined)).toBe('uk');
    expect(detectLanguage('Le Kazakhstan va suspendre son adhésion à l’OTSC.', 'fr')).toBe('fr');
    expect(detectLanguage('Kazakhstan will suspend its membership.', 'en-GB')).toBe('en');
  });
});

describe('the index build’s word path', () => {
  const words = fc.constantFrom(
    'Kazakhstan',
    'kazakhstan',
    'KAZAKHSTAN',
    'Kazakhstan’s',
    'the',
    'ОДКБ',
    'Казахстан',
    'ёлка',
    'élan',
    '441',
    '3.5',
    'don’t',
    '東京都',
    '𝐀lpha',
    '—',
    '',
  );
  const textArb = fc.array(words, { maxLength: 30 }).map((ws) => ws.join(' '));

  it('gives exactly the keys, capitals and positions the article path gives', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('en', 'ru', 'uk', 'und' as const), (text, language) => {
        const got: [string, boolean, number][] = [];
        // Two passes over the same memo, the second finding the ids the first stamped on it as
        // not its own: each pass gets its own ids.
        for (const offset of [0, 100]) {
          got.length = 0;
          const keys: string[] = [];
          contentKeys(text, language, {
            pass: newPass(),
            idOf: (key) => keys.push(key) - 1 + offset,
            add: (id, upper, position, letter) => {
              expect(letter).toBe(/^\p{L}/u.test(keys[id - offset]!));
              got.push([keys[id - offset]!, upper, position]);
            },
          });
        }
        const want = analyze(text, language).flatMap((t, position) => {
          const first = text[t.start]!;
          return t.stop
            ? []
            : [[t.key, first !== first.toLowerCase(), position] as [string, boolean, number]];
        });
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('word table', () => {
  it('finds words read in place, through collisions and growth, and stays within its limit', () => {
    const table = new WordTable<number>(5000);
    const text = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    let start = 0;
    const spans: [number, number][] = [];
    for (const w of text.split(' ')) {
      spans.push([start, start + w.length]);
      start += w.length + 1;
    }
    spans.forEach(([s, e], i) => table.add(text.slice(s, e), textHash(text, s, e), i));
    spans.forEach(([s, e], i) => expect(table.get(text, s, e, textHash(text, s, e))).toBe(i));
    // Same hash, other word: never confused.
    expect(table.get('zz', 0, 2, textHash(text, spans[7]![0], spans[7]![1]))).toBeUndefined();
    expect(table.get(text, 0, 1, textHash(text, 0, 1))).toBeUndefined();
    for (let i = 0; i < 2500; i++) table.add(`x${i}`, textHash(`x${i}`, 0, `x${i}`.length), i);
    expect(table.size).toBeLessThanOrEqual(5000);
    expect(table.get('x2499', 0, 5, textHash('x2499', 0, 5))).toBe(2499);
  });

  it('bounds the work a page of colliding words can cause: past a short run they go unstored', () => {
    const table = new WordTable<number>(1000);
    const letters = (i: number) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26));
    const words = Array.from({ length: 200 }, (_, i) => `collide${letters(i)}`);
    words.forEach((w, i) => table.add(w, 42, i));
    expect(table.size).toBeLessThanOrEqual(32);
    expect(table.get(words[0]!, 0, words[0]!.length, 42)).toBe(0);
    expect(table.get(words[199]!, 0, words[199]!.length, 42)).toBeUndefined();
  });

  it('keeps the id each pass stamped on a word, through growth, and forgets them when it starts over', () => {
    const table = new WordTable<string>(50);
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const slotOf = (w: string) => table.slotOf(w, 0, w.length, textHash(w, 0, w.length));
    for (const w of words.slice(0, 5)) table.add(w, textHash(w, 0, w.length), w, 1);
    table.stampId(slotOf('word3'), 7, 123);
    expect(table.idFor(slotOf('word3'), 7)).toBe(123);
    // Another pass does not read this pass's id, and stamping it leaves the first pass's id alone
    // on no other word.
    expect(table.idFor(slotOf('word3'), 8)).toBe(-1);
    expect(table.idFor(slotOf('word4'), 7)).toBe(-1);
    // Growth (4,096 slots hold 2,048 words at most: add until they move) keeps slots' stamps.
    const big = new WordTable<number>(10_000);
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    many.forEach((w, i) => big.add(w, textHash(w, 0, w.length), i, i % 3));
    many.forEach((w, i) => big.stampId(big.slotOf(w, 0, w.length, textHash(w, 0, w.length)), 1, i * 2));
    for (let i = 0; i < 3000; i++) big.add(`x${i}`, textHash(`x${i}`, 0, `x${i}`.length), -i);
    many.forEach((w, i) => {
      const slot = big.slotOf(w, 0, w.length, textHash(w, 0, w.length));
      expect(big.idFor(slot, 1)).toBe(i * 2);
      expect(big.tag(slot)).toBe(i % 3);
    });
    // Past its limit the table starts over: the words and their stamps are gone.
    for (const w of words.slice(5)) table.add(w, textHash(w, 0, w.length), w);
    for (let i = 0; i < 20; i++) table.add(`y${i}`, textHash(`y${i}`, 0, `y${i}`.length), `y${i}`);
    expect(slotOf('word3')).toBe(-1);
    table.add('word3', textHash('word3', 0, 5), 'word3');
    expect(table.idFor(slotOf('word3'), 7)).toBe(-1);
  });

  it('bounds the characters it keeps, not only the words: a page of long words does not grow it for good', () => {
    const table = new WordTable<number>(200_000);
    const long = (i: number) => `${String.fromCharCode(0x430 + (i % 32))}${'ж'.repeat(100_000)}${i}`;
    for (let i = 0; i < 200; i++) {
      const w = long(i);
      table.add(w, textHash(w, 0, w.length), i);
    }
    // 20 million characters went in; the table keeps at most 4 million (8 MB) and its slots.
    expect(table.byteLength).toBeLessThan(9 * 2 ** 20 + 2 ** 17);
    const last = long(199);
    expect(table.get(last, 0, last.length, textHash(last, 0, last.length))).toBe(199);
    table.clear();
    expect(table.byteLength).toBeLessThan(2 ** 20);
  });
});
