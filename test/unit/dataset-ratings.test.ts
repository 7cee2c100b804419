/** Normalising fact-checkers' ratings: known wordings in any case and language, scales, and no guessing. */
import { describe, expect, it } from 'vitest';
import { normaliseRating, ratingOfScale, ratingOfWording } from '../../src/dataset/importers/ratings';

describe('wordings', () => {
  const cases: [string, string][] = [
    ['False', 'false'],
    ['false', 'false'],
    ['FALSE', 'false'],
    ['Pants on Fire!', 'false'],
    ['pants-fire', 'false'],
    ['Fake', 'false'],
    ['Misleading', 'misleading'],
    ['False Context', 'misleading'],
    ['Missing context', 'misleading'],
    ['Partly false', 'mixed'],
    ['Half-True', 'mixed'],
    ['Mixture', 'mixed'],
    ['Mostly true', 'mostly-true'],
    ['Mostly False', 'mostly-false'],
    ['barely-true', 'mostly-false'],
    ['True', 'true'],
    ['Falso', 'false'],
    ['Faux', 'false'],
    ['Фейк', 'false'],
    ['Неправда', 'false'],
    ['НЕПРАВДА', 'false'],
    ['Engañoso', 'misleading'],
    ['Trompeur', 'misleading'],
    ['Маніпуляція', 'misleading'],
    ['Напівправда', 'mixed'],
    ['  “False.”  ', 'false'],
    ['False. The video is from 2019 and shows Gujarat.', 'false'],
    ['Misleading: the photo is old', 'misleading'],
  ];
  for (const [label, value] of cases) {
    it(`"${label}" → ${value}`, () => {
      expect(ratingOfWording(label)).toBe(value);
      expect(normaliseRating(label)).toEqual({ label: label.trim(), value });
    });
  }

  it('keeps an unknown wording as written, rated "unrated", never a guess', () => {
    for (const label of [
      'Not false',
      'False and misleading claims about false things',
      'Three Pinocchios and a half',
      'Unproven',
      'Satire',
      'full-flop',
      'Sort of true',
    ]) {
      expect(normaliseRating(label), label).toEqual({ label, value: 'unrated' });
    }
  });

  it('does not read a known word out of the middle of a longer wording', () => {
    expect(ratingOfWording('Not true at all')).toBeUndefined();
    expect(ratingOfWording('This is false')).toBeUndefined();
    expect(ratingOfWording('False context')).toBe('misleading');
  });
});

describe('numeric scales', () => {
  it("reads Google's 1–5 scale as documented: 1 false … 5 true", () => {
    expect([1, 2, 3, 4, 5].map((v) => ratingOfScale(v, 5, 1))).toEqual([
      'false',
      'mostly-false',
      'mixed',
      'mostly-true',
      'true',
    ]);
  });

  it('reads other ranges and reversed scales by position', () => {
    expect(ratingOfScale(0, 10, 0)).toBe('false');
    expect(ratingOfScale(10, 10, 0)).toBe('true');
    expect(ratingOfScale(5, 10, 0)).toBe('mixed');
    expect(ratingOfScale(5, 1, 5)).toBe('false');
  });

  it('refuses values off the scale or a scale of one point', () => {
    expect(ratingOfScale(6, 5, 1)).toBeUndefined();
    expect(ratingOfScale(-1, 5, 1)).toBeUndefined();
    expect(ratingOfScale(3, 3, 3)).toBeUndefined();
    expect(ratingOfScale(Number.NaN)).toBeUndefined();
  });

  it('uses the number only when there is no wording', () => {
    expect(normaliseRating(undefined, { value: 1, best: 5, worst: 1 })).toEqual({
      label: '1 on a scale from 1 (worst) to 5 (best)',
      value: 'false',
    });
    expect(normaliseRating('Unverifiable', { value: 1, best: 5, worst: 1 })).toEqual({
      label: 'Unverifiable',
      value: 'unrated',
    });
    expect(normaliseRating('  ', { value: 9, best: 5, worst: 1 })).toBeUndefined();
  });
});
