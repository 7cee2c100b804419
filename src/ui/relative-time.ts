/**
 * Date maths for "1 day after this article". Dates are read exactly as the engine reads them
 * (src/engine/dates.ts): the calendar date as written, in the writer's own offset
 * ("2022-09-14T22:57:00+02:00" is the 14th), at the precision given ("2022", "2022-09",
 * "2022-09-14"); whole days are counted between UTC midnights built from those date parts, so
 * neither the reader's time zone nor daylight saving can move a day. The distance wording follows
 * the engine's verdict sentences, so a card never says "1 year" in its verdict and "13 months" in
 * its timeline (a unit test compares the two).
 */
import {
  type CalendarDate,
  compareAtPrecision,
  daysBetween,
  distance,
  type DistanceUnit,
  parseDate,
} from '../engine/index';
import { plural, t } from './catalogue';

export type { CalendarDate };

/** The calendar date an ISO date or date-time names (with its precision), or null when it isn't one. */
export function calendarDate(iso: string | undefined | null): CalendarDate | null {
  return parseDate(iso ?? undefined) ?? null;
}

/** The date as a valid <time datetime> value at its own precision: "2022", "2022-09" or "2022-09-15". */
export function isoDay(d: CalendarDate): string {
  const y = String(d.year).padStart(4, '0');
  const m = String(d.month).padStart(2, '0');
  if (d.precision === 'year') return y;
  if (d.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** Whole calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return daysBetween(from, to);
}

/** -1, 0 or 1: `a` before, during or after `b`, compared at the coarser of the two precisions. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return compareAtPrecision(a, b);
}

export type OffsetUnit = DistanceUnit;

export interface Offset {
  direction: 'same-day' | 'after' | 'before';
  unit: OffsetUnit;
  /** How many units (0 only for the same day). */
  count: number;
  /** Signed whole days from the article to the event. */
  days: number;
}

/** A signed number of days as a direction and the engine's unit and count (see `distance`). */
export function offsetForDays(days: number): Offset {
  if (days === 0) return { direction: 'same-day', unit: 'day', count: 0, days };
  return { direction: days > 0 ? 'after' : 'before', ...distance(days), days };
}

/**
 * Where `event` falls relative to `article`. Null when either is not a date, or when either is
 * less precise than a day ("2022-09"): a count of days would then claim more than is known.
 */
export function offsetFromArticle(event: string, article: string): Offset | null {
  const e = calendarDate(event);
  const a = calendarDate(article);
  if (!e || !a || e.precision !== 'day' || a.precision !== 'day') return null;
  return offsetForDays(daysBetween(a, e));
}

/** The offset in words: "the same day as this article", "1 day after this article", "3 months before this article". */
export function describeOffset(offset: Offset): string {
  if (offset.direction === 'same-day') return t('relSameDay');
  const after = offset.direction === 'after';
  switch (offset.unit) {
    case 'day':
      return plural(after ? 'relDaysAfter' : 'relDaysBefore', offset.count);
    case 'month':
      return plural(after ? 'relMonthsAfter' : 'relMonthsBefore', offset.count);
    case 'year':
      return plural(after ? 'relYearsAfter' : 'relYearsBefore', offset.count);
  }
}

/** `describeOffset(offsetFromArticle(event, article))`, or null when there is no day-precise offset. */
export function relativeToArticle(event: string, article: string | undefined): string | null {
  if (!article) return null;
  const offset = offsetFromArticle(event, article);
  return offset ? describeOffset(offset) : null;
}
