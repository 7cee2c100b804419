import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimEvent } from '../../src/engine/model';
import { buildTimeline } from '../../src/popup/timeline';
import { KZ_CLAIM, PAGE } from './popup-data';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

const ev = (date: string, type: ClaimEvent['type'] = 'denied'): ClaimEvent => ({
  date,
  type,
  source: { outlet: date },
});

function shape(items: ReturnType<typeof buildTimeline>): string[] {
  return items.map((it) =>
    it.kind === 'article' ? `article ${it.day}` : `${it.event.type} ${it.day ?? it.event.date}`,
  );
}

describe('buildTimeline', () => {
  it('sorts the CSTO events and places the article between the report and the denials', () => {
    const items = buildTimeline(KZ_CLAIM.events, PAGE.published);
    expect(shape(items)).toEqual([
      'reported 2022-09-14',
      'article 2022-09-14',
      'denied 2022-09-15',
      'denied 2022-09-15',
    ]);
    // Same-day events keep the dataset's order: Sarym before Tokayev.
    const names = items.flatMap((it) => (it.kind === 'event' ? [it.event.actor?.name] : []));
    expect(names).toEqual(['@yellow_folder', 'Aydos Sarym', 'Kassym-Jomart Tokayev']);
    const offsets = items.flatMap((it) => (it.kind === 'event' ? [it.offset?.days] : []));
    expect(offsets).toEqual([0, 1, 1]);
  });

  it('puts the article first when everything happened after it, last when everything happened before', () => {
    expect(shape(buildTimeline([ev('2023-01-02'), ev('2022-12-01')], '2022-11-30'))).toEqual([
      'article 2022-11-30',
      'denied 2022-12-01',
      'denied 2023-01-02',
    ]);
    expect(shape(buildTimeline([ev('2020-01-02')], '2022-11-30'))).toEqual([
      'denied 2020-01-02',
      'article 2022-11-30',
    ]);
  });

  it('without an article date: no marker and no offsets', () => {
    const items = buildTimeline(KZ_CLAIM.events, undefined);
    expect(items.every((it) => it.kind === 'event' && it.offset === null)).toBe(true);
    expect(items).toHaveLength(3);
  });

  it('unreadable event dates go last, after the article, without an offset', () => {
    const items = buildTimeline([ev('sometime'), ev('2022-09-13', 'reported')], '2022-09-14');
    expect(shape(items)).toEqual(['reported 2022-09-13', 'article 2022-09-14', 'denied sometime']);
    const last = items[2]!;
    expect(last.kind === 'event' && last.offset).toBeNull();
  });

  it('does not change the claim it was given', () => {
    const events = [...KZ_CLAIM.events];
    buildTimeline(KZ_CLAIM.events, PAGE.published);
    expect(KZ_CLAIM.events).toEqual(events);
  });
});

describe('buildTimeline with month- and year-precise dates', () => {
  it('places a month-precise event by month, without an offset', () => {
    const items = buildTimeline(
      [ev('2022-10-02'), ev('2022-09', 'reported'), ev('2022-08-30', 'reported')],
      '2022-09-14',
    );
    expect(shape(items)).toEqual([
      'reported 2022-08-30',
      'reported 2022-09',
      'article 2022-09-14',
      'denied 2022-10-02',
    ]);
    const monthly = items[1]!;
    expect(monthly.kind === 'event' && monthly.offset).toBeNull();
  });
});
