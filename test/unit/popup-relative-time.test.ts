import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format';
import {
  calendarDate,
  calendarDaysBetween,
  describeOffset,
  offsetForDays,
  offsetFromArticle,
  relativeToArticle,
} from '../../src/ui/relative-time';
import { whenText } from '../../src/ui/verdict-sentence';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

const ARTICLE = '2022-09-14T22:57:00+02:00';

describe('calendarDate', () => {
  it('reads the calendar date as written, ignoring the time and the offset', () => {
    const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'day' });
    expect(calendarDate('2022-09-15')).toEqual(day(2022, 9, 15));
    expect(calendarDate(ARTICLE)).toEqual(day(2022, 9, 14));
    // 23:30 in New York is already 15 September in UTC; the publisher's date is the 14th.
    expect(calendarDate('2022-09-14T23:30:00-04:00')).toEqual(day(2022, 9, 14));
    expect(calendarDate('2022-09-14T01:00:00Z')).toEqual(day(2022, 9, 14));
  });

  it('keeps the precision the source gave', () => {
    expect(calendarDate('2022-09')).toMatchObject({ year: 2022, month: 9, precision: 'month' });
    expect(calendarDate('2022')).toMatchObject({ year: 2022, precision: 'year' });
    expect(formatDate('2022-09')).toBe('September 2022');
    expect(formatDate('2022')).toBe('2022');
  });

  it('rejects what is not a real date', () => {
    for (const bad of [
      undefined,
      '',
      'yesterday',
      '2022-02-30',
      '2022-13-01',
      '2022-00-10',
      '14/09/2022',
      '2022-09-1',
    ]) {
      expect(calendarDate(bad)).toBeNull();
    }
  });
});

describe('calendarDaysBetween', () => {
  it('counts whole calendar days, across months, years and leap days', () => {
    const d = (s: string) => calendarDate(s)!;
    expect(calendarDaysBetween(d('2022-09-14'), d('2022-09-15'))).toBe(1);
    expect(calendarDaysBetween(d('2022-09-15'), d('2022-09-14'))).toBe(-1);
    expect(calendarDaysBetween(d('2022-09-14'), d('2022-09-14'))).toBe(0);
    expect(calendarDaysBetween(d('2022-12-31'), d('2023-01-01'))).toBe(1);
    expect(calendarDaysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(calendarDaysBetween(d('2023-02-28'), d('2023-03-01'))).toBe(1);
    // Across a European daylight-saving change: still whole days.
    expect(calendarDaysBetween(d('2022-03-26'), d('2022-03-28'))).toBe(2);
    expect(calendarDaysBetween(d('2022-10-29'), d('2022-10-31'))).toBe(2);
  });
});

describe('offsetFromArticle and describeOffset', () => {
  const words = (event: string, article = ARTICLE) => relativeToArticle(event, article);

  it('same day, regardless of the time of day', () => {
    expect(words('2022-09-14')).toBe('the same day as this article');
    expect(words('2022-09-14T06:00:00Z')).toBe('the same day as this article');
  });

  it('days up to 44', () => {
    expect(words('2022-09-15')).toBe('1 day after this article');
    expect(words('2022-09-13')).toBe('1 day before this article');
    expect(words('2022-09-16')).toBe('2 days after this article');
    expect(words('2022-10-28')).toBe('44 days after this article');
    expect(words('2022-08-01')).toBe('44 days before this article');
  });

  it('months from 45 days, years from 335 days', () => {
    expect(offsetFromArticle('2022-10-29', ARTICLE)).toMatchObject({
      direction: 'after',
      unit: 'month',
      count: 1,
      days: 45,
    });
    expect(words('2022-10-29')).toBe('1 month after this article');
    expect(words('2022-06-12')).toBe('3 months before this article');
    expect(words('2022-12-14')).toBe('3 months after this article');
    expect(words('2023-08-14')).toBe('11 months after this article');
    expect(words('2023-08-15')).toBe('1 year after this article');
    expect(words('2024-09-14')).toBe('2 years after this article');
    expect(words('2020-09-14')).toBe('2 years before this article');
    expect(words('2032-01-01')).toBe('9 years after this article');
    expect(offsetFromArticle('2019-01-01', ARTICLE)).toMatchObject({
      direction: 'before',
      unit: 'year',
      count: 4,
    });
  });

  it('counts every distance as the verdict sentence does, so a card and its timeline agree', () => {
    const number = (words: string) =>
      words
        .replace(/^one /, '1 ')
        .match(/^(\d+) (day|month|year)/)
        ?.slice(1);
    // Every day up to the changes of unit (45 days, 335 days), then every 11th to ten years; the
    // days on which the two disagree, in one assertion (one per day took a quarter of a second).
    const disagree: string[] = [];
    for (let days = -4000; days <= 4000; days += Math.abs(days) < 800 ? 1 : 11) {
      if (days === 0) continue;
      const relation = days > 0 ? 'after' : 'before';
      const timeline = describeOffset(offsetForDays(days));
      const verdict = whenText({ relation, days })!;
      const agree =
        number(verdict) !== undefined &&
        String(number(verdict)) === String(number(timeline)) &&
        verdict.includes(` ${relation} this article`) &&
        timeline.includes(` ${relation} this article`);
      if (!agree) disagree.push(`${days} days: "${verdict}" against "${timeline}"`);
    }
    expect(disagree).toEqual([]);
  });

  it('no day count for dates less precise than a day', () => {
    expect(offsetFromArticle('2022-09', ARTICLE)).toBeNull();
    expect(offsetFromArticle('2022-09-15', '2022-09')).toBeNull();
    expect(relativeToArticle('2023', ARTICLE)).toBeNull();
  });

  it('no offset without two dates', () => {
    expect(relativeToArticle('2022-09-15', undefined)).toBeNull();
    expect(relativeToArticle('2022-09-15', 'not a date')).toBeNull();
    expect(offsetFromArticle('soon', ARTICLE)).toBeNull();
  });

  it('describeOffset words each direction and unit', () => {
    expect(describeOffset({ direction: 'same-day', unit: 'day', count: 0, days: 0 })).toBe(
      'the same day as this article',
    );
    expect(describeOffset({ direction: 'before', unit: 'year', count: 1, days: -400 })).toBe(
      '1 year before this article',
    );
    expect(describeOffset({ direction: 'after', unit: 'month', count: 1, days: 50 })).toBe(
      '1 month after this article',
    );
  });
});
