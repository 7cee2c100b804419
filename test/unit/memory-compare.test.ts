/**
 * "Since you read it": a remembered claim's status now against the one the reader was shown, for
 * every pair of statuses, after a rollback, with its dataset removed, and with two datasets that
 * disagree; and how long and how much the memory keeps.
 */
import { describe, expect, it } from 'vitest';
import { advance, compareClaim, isUnseen, type Tracked } from '../../src/background/memory/compare';
import { MEMORY_CAP, toForget } from '../../src/background/memory/retention';
import type { ClaimStatus } from '../../src/engine/index';

const STATUSES: ClaimStatus[] = [
  'unconfirmed',
  'denied',
  'confirmed',
  'rated-false',
  'rated-true',
  'rated-mixed',
  'retracted',
];
const OWN = 'afterword-default';
const DAY = 24 * 60 * 60 * 1000;

describe('compareClaim: every pair of the status shown and the status now', () => {
  for (const shown of STATUSES)
    for (const now of STATUSES)
      it(`${shown} → ${now}`, () => {
        const comparison = compareClaim(shown, OWN, [{ datasetId: OWN, status: now }]);
        expect(comparison).toEqual({ now, datasetId: OWN, changed: shown !== now, disagreeing: [] });
        const step = advance({ shown: { status: shown }, last: shown }, comparison, 1000);
        expect(step.news).toBe(shown !== now);
        expect(isUnseen({ shown: { status: shown }, last: step.last, seen: shown })).toBe(shown !== now);
      });
});

describe('the history of one claim', () => {
  const unconfirmed = [{ datasetId: OWN, status: 'unconfirmed' as const }];
  const denied = [{ datasetId: OWN, status: 'denied' as const }];

  it('a denial is news once; found again by the next update it is not news twice', () => {
    let tracked: Tracked = { shown: { status: 'unconfirmed' }, last: 'unconfirmed', seen: 'unconfirmed' };
    const first = advance(tracked, compareClaim('unconfirmed', OWN, denied), 100);
    expect(first).toEqual({ last: 'denied', changedAt: 100, news: true });
    tracked = { ...tracked, ...first };
    expect(isUnseen(tracked)).toBe(true);
    const again = advance(tracked, compareClaim('unconfirmed', OWN, denied), 200);
    expect(again).toEqual({ last: 'denied', changedAt: 100, news: false });
    // The reader opened it: no longer counted, still a change.
    expect(isUnseen({ ...tracked, seen: 'denied' })).toBe(false);
  });

  it('a rollback to the status shown takes the change back: no news, nothing unseen', () => {
    const changed: Tracked = {
      shown: { status: 'unconfirmed' },
      last: 'denied',
      changedAt: 100,
      seen: 'unconfirmed',
    };
    const back = advance(changed, compareClaim('unconfirmed', OWN, unconfirmed), 200);
    expect(back).toEqual({ last: 'unconfirmed', news: false });
    expect(isUnseen({ ...changed, ...back })).toBe(false);
  });

  it('a rollback from one new status to another is news again', () => {
    const changed: Tracked = {
      shown: { status: 'unconfirmed' },
      last: 'confirmed',
      changedAt: 100,
      seen: 'confirmed',
    };
    const step = advance(changed, compareClaim('unconfirmed', OWN, denied), 200);
    expect(step).toEqual({ last: 'denied', changedAt: 200, news: true });
    expect(isUnseen({ ...changed, ...step })).toBe(true);
  });

  it('its dataset removed or switched off: unavailable, no news, nothing counted', () => {
    const comparison = compareClaim('unconfirmed', OWN, []);
    expect(comparison).toEqual({ now: 'unavailable', changed: false, disagreeing: [] });
    const tracked: Tracked = { shown: { status: 'unconfirmed' }, last: 'denied', seen: 'unconfirmed' };
    const step = advance(tracked, comparison, 300);
    expect(step).toEqual({ last: 'unavailable', lastAvailable: 'denied', news: false });
    expect(isUnseen({ ...tracked, ...step })).toBe(false);
  });

  it('its dataset removed while another dataset in use holds the claim: that one says how it stands', () => {
    expect(compareClaim('unconfirmed', OWN, [{ datasetId: 'desk', status: 'denied' }])).toEqual({
      now: 'denied',
      datasetId: 'desk',
      changed: true,
      disagreeing: [],
    });
    expect(compareClaim('unconfirmed', OWN, [{ datasetId: 'desk', status: 'unconfirmed' }])).toEqual({
      now: 'unconfirmed',
      datasetId: 'desk',
      changed: false,
      disagreeing: [],
    });
  });
});

describe('two datasets in use that disagree', () => {
  it('another source denies a claim its own dataset still has unconfirmed: news, and the own dataset is listed as disagreeing', () => {
    const comparison = compareClaim('unconfirmed', OWN, [
      { datasetId: OWN, status: 'unconfirmed' },
      { datasetId: 'desk', status: 'denied' },
    ]);
    expect(comparison).toEqual({
      now: 'denied',
      datasetId: 'desk',
      changed: true,
      disagreeing: [{ datasetId: OWN, status: 'unconfirmed' }],
    });
  });

  it('its own dataset changed: it speaks first, and the other is listed when it says something else', () => {
    expect(
      compareClaim('unconfirmed', OWN, [
        { datasetId: 'desk', status: 'confirmed' },
        { datasetId: OWN, status: 'denied' },
      ]),
    ).toEqual({
      now: 'denied',
      datasetId: OWN,
      changed: true,
      disagreeing: [{ datasetId: 'desk', status: 'confirmed' }],
    });
  });

  it('read while they disagreed, shown the more serious status: nothing changed, the milder one listed', () => {
    expect(
      compareClaim('denied', 'desk', [
        { datasetId: OWN, status: 'unconfirmed' },
        { datasetId: 'desk', status: 'denied' },
      ]),
    ).toEqual({
      now: 'denied',
      datasetId: 'desk',
      changed: false,
      disagreeing: [{ datasetId: OWN, status: 'unconfirmed' }],
    });
  });

  it('switched off and on again: the status it had is no news the second time', () => {
    const denied = [{ datasetId: OWN, status: 'denied' as const }];
    const read: Tracked = { shown: { status: 'unconfirmed' }, last: 'unconfirmed', seen: 'unconfirmed' };
    const first = advance(read, compareClaim('unconfirmed', OWN, denied), 100);
    expect(first).toEqual({ last: 'denied', changedAt: 100, news: true });
    const off = advance({ ...read, ...first, seen: 'denied' }, compareClaim('unconfirmed', OWN, []), 200);
    expect(off).toEqual({ last: 'unavailable', lastAvailable: 'denied', changedAt: 100, news: false });
    const on = advance({ ...read, ...off, seen: 'denied' }, compareClaim('unconfirmed', OWN, denied), 300);
    expect(on).toEqual({ last: 'denied', changedAt: 100, news: false });
  });

  it('both agree with what was shown: unchanged, no disagreement', () => {
    expect(
      compareClaim('denied', OWN, [
        { datasetId: OWN, status: 'denied' },
        { datasetId: 'desk', status: 'denied' },
      ]),
    ).toEqual({ now: 'denied', datasetId: OWN, changed: false, disagreeing: [] });
  });
});

describe('retention and the cap', () => {
  const now = Date.UTC(2026, 11, 3);

  it('forgets what was read before the retention period, keeps the rest', () => {
    const records = [
      { key: 'old', readAt: now - 366 * DAY },
      { key: 'edge', readAt: now - 365 * DAY },
      { key: 'new', readAt: now - DAY },
    ];
    expect(toForget(records, now)).toEqual(['old']);
    expect(toForget(records, now, 30)).toEqual(['old', 'edge']);
  });

  it('past the cap, the oldest read go first until it is back to the cap', () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, readAt: now - i * 1000 }));
    expect(toForget(records, now, 365, 10)).toEqual(['k11', 'k10']);
    expect(toForget(records, now, 365, 12)).toEqual([]);
  });

  it('the cap is ten thousand claims', () => {
    expect(MEMORY_CAP).toBe(10_000);
    const records = Array.from({ length: MEMORY_CAP + 3 }, (_, i) => ({ key: `k${i}`, readAt: now - i }));
    expect(toForget(records, now)).toEqual([`k${MEMORY_CAP + 2}`, `k${MEMORY_CAP + 1}`, `k${MEMORY_CAP}`]);
  });
});
