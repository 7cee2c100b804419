import { describe, expect, it } from 'vitest';
import { daysBetween, formatDistance, parseDate } from '../../src/engine/dates';
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

  it('words distances the way a reader counts them', () => {
    expect(formatDistance(1)).toBe('1 day');
    expect(formatDistance(-12)).toBe('12 days');
    expect(formatDistance(89)).toBe('3 months');
    expect(formatDistance(375)).toBe('1 year');
    expect(formatDistance(800)).toBe('2 years');
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

  it('says a denial came after the article, and by whom', () => {
    expect(verdictFor(c, '2022-09-14T22:57:00+02:00', '2026-11-24')).toMatchObject({
      status: 'denied',
      relation: 'after',
      days: 1,
      text: 'Denied 1 day after this article, by Aydos Sarym and Kassym-Jomart Tokayev.',
    });
  });

  it('says "already denied" for an article written after the denial', () => {
    expect(verdictFor(c, '2022-12-20', '2026-11-24')).toMatchObject({
      relation: 'before',
      days: -96,
      text: 'Already denied 3 months before this article, by Aydos Sarym and Kassym-Jomart Tokayev.',
    });
  });

  it('handles the same day, an undated article and an unconfirmed claim', () => {
    expect(verdictFor(c, '2022-09-15', '2026-11-24').text).toBe(
      'Denied the same day as this article, by Aydos Sarym and Kassym-Jomart Tokayev.',
    );
    expect(verdictFor(c, undefined, '2026-11-24')).toMatchObject({
      relation: 'undated-article',
      days: null,
      text: 'Denied on 15 Sep 2022, by Aydos Sarym and Kassym-Jomart Tokayev.',
    });
    expect(verdictFor(claim([reported]), '2022-09-14', '2026-11-24')).toMatchObject({
      status: 'unconfirmed',
      text: 'Still unconfirmed as of 24 Nov 2026.',
    });
  });
});
