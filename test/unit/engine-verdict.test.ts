import { describe, expect, it } from 'vitest';
import { daysBetween, distance, parseDate } from '../../src/engine/dates';
import type { Claim, ClaimEvent } from '../../src/engine/model';
import { deriveStatus } from '../../src/engine/status';
import { verdictFor } from '../../src/engine/verdict';

const reported: ClaimEvent = { date: '2022-09-14', type: 'reported', source: { outlet: 'Euro Weekly News' } };
const sarym: ClaimEvent = {
  date: '2022-09-15',
  type: 'denied',
  actor: { name: 'Aydos Sarym' },
  source: { outlet: 'mk.ru', via: 'Euro Weekly News' },
};
const tokayev: ClaimEvent = {
  date: '2022-09-15',
  type: 'denied',
  actor: { name: 'Kassym-Jomart Tokayev' },
  source: { outlet: 'zakon.kz' },
};

function claim(events: ClaimEvent[]): Claim {
  return {
    id: 'c',
    text: 'Kazakhstan will suspend its membership in the CSTO.',
    language: 'en',
    paraphrases: [],
    anchors: [],
    tags: [],
    events,
  };
}

describe('dates', () => {
  it('reads the calendar day in the writer’s own offset and rejects impossible dates', () => {
    expect(parseDate('2022-09-14T22:57:00+02:00')).toMatchObject({
      year: 2022,
      month: 9,
      day: 14,
      precision: 'day',
    });
    expect(parseDate('2024')).toMatchObject({ year: 2024, precision: 'year' });
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('14 Sep 2022')).toBeUndefined();
    expect(daysBetween(parseDate('2022-09-14')!, parseDate('2022-09-15')!)).toBe(1);
  });

  it('counts distances the way a reader does: days, then months, then years', () => {
    expect(distance(1)).toEqual({ unit: 'day', count: 1 });
    expect(distance(-12)).toEqual({ unit: 'day', count: 12 });
    expect(distance(89)).toEqual({ unit: 'month', count: 3 });
    expect(distance(375)).toEqual({ unit: 'year', count: 1 });
    expect(distance(800)).toEqual({ unit: 'year', count: 2 });
  });
});

describe('status', () => {
  it('is derived from events: no deciding event means unconfirmed', () => {
    expect(deriveStatus([reported]).status).toBe('unconfirmed');
    expect(deriveStatus([reported, sarym, tokayev])).toEqual({
      status: 'denied',
      deciding: [sarym, tokayev],
    });
  });

  it('follows the latest deciding event', () => {
    const confirmed: ClaimEvent = { date: '2023-01-10', type: 'confirmed', source: { outlet: 'Reuters' } };
    expect(deriveStatus([reported, sarym, confirmed]).status).toBe('confirmed');
    const rated: ClaimEvent = {
      date: '2022-09-20',
      type: 'rated',
      source: { outlet: 'PolitiFact' },
      rating: { label: 'Pants on Fire', value: 'false' },
    };
    expect(deriveStatus([reported, rated]).status).toBe('rated-false');
    const unrated: ClaimEvent = { ...rated, rating: { label: 'Needs context', value: 'unrated' } };
    expect(deriveStatus([reported, unrated]).status).toBe('unconfirmed');
  });
});

describe('verdict relative to the article', () => {
  const c = claim([reported, sarym, tokayev]);

  it('says a denial came after the article, with the event it rests on', () => {
    expect(verdictFor(c, '2022-09-14T22:57:00+02:00')).toEqual({
      status: 'denied',
      relation: 'after',
      days: 1,
      decidingEvent: sarym,
    });
  });

  it('says the denial came first for an article written after it', () => {
    expect(verdictFor(c, '2022-12-20')).toMatchObject({ status: 'denied', relation: 'before', days: -96 });
  });

  it('handles the same day, an undated article, a month-precise date and an unconfirmed claim', () => {
    expect(verdictFor(c, '2022-09-15')).toMatchObject({ relation: 'same-day', days: 0 });
    expect(verdictFor(c, undefined)).toMatchObject({
      relation: 'undated-article',
      days: null,
      decidingEvent: sarym,
    });
    // Month precision: the order is known, a day count is not.
    expect(verdictFor(c, '2022-08')).toMatchObject({ relation: 'after', days: null });
    expect(verdictFor(c, '2022-09')).toMatchObject({ relation: 'same-day', days: null });
    expect(verdictFor(claim([reported]), '2022-09-14')).toEqual({
      status: 'unconfirmed',
      relation: 'none',
      days: null,
    });
  });

  it('carries the rating a fact-checker gave', () => {
    const rated: ClaimEvent = {
      date: '2022-09-20',
      type: 'rated',
      source: { outlet: 'PolitiFact' },
      rating: { label: 'Pants on Fire', value: 'false' },
    };
    expect(verdictFor(claim([reported, rated]), '2022-09-14')).toMatchObject({
      status: 'rated-false',
      rating: 'false',
      days: 6,
    });
  });

  it('holds data only: no sentence for the reader', () => {
    for (const published of ['2022-09-14', '2022-12-20', undefined])
      expect(Object.keys(verdictFor(c, published)).sort()).toEqual([
        'days',
        'decidingEvent',
        'relation',
        'status',
      ]);
  });
});
