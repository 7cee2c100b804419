/**
 * Calendar dates as the dataset and pages write them. A date keeps the precision its source gave
 * ("2024", "2024-03", "2024-03-05"); a time, when present, is dropped after reading the calendar day
 * in the writer's own offset, because "14 Sep 22:57 +02:00" is the 14th for the reader of that page.
 */

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  precision: Precision;
}

const DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function parseDate(value: string | undefined): CalendarDate | undefined {
  if (!value) return undefined;
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return { year, month, day, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** Whole days from a to b (positive when b is later); both must be day-precise. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** -1, 0 or 1 comparing a and b at the coarser of their two precisions. */
export function compareAtPrecision(a: CalendarDate, b: CalendarDate): number {
  const coarse =
    a.precision === 'year' || b.precision === 'year'
      ? 'year'
      : a.precision === 'month' || b.precision === 'month'
        ? 'month'
        : 'day';
  const key = (d: CalendarDate) =>
    coarse === 'year'
      ? d.year * 10000
      : coarse === 'month'
        ? d.year * 10000 + d.month * 100
        : d.year * 10000 + d.month * 100 + d.day;
  return Math.sign(key(a) - key(b));
}

export function sortKey(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Sep 2022", "Sep 2022", "2024": English, for the CLI's plain text (readers get src/ui's words). */
export function formatDate(d: CalendarDate): string {
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${MONTHS[d.month - 1]} ${d.year}`;
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

export type DistanceUnit = 'day' | 'month' | 'year';

/**
 * A distance in days in the unit a reader takes in at a glance: days under 45, months (of 30.44
 * days, rounded) under 335 days, then years (rounded, at least 1). The popup words the same units
 * in the reader's language, so a verdict and its timeline never disagree.
 */
export function distance(days: number): { unit: DistanceUnit; count: number } {
  const n = Math.abs(days);
  if (n < 45) return { unit: 'day', count: n };
  if (n < 335) return { unit: 'month', count: Math.round(n / 30.44) };
  return { unit: 'year', count: Math.max(1, Math.round(n / 365.25)) };
}

/** "1 day", "12 days", "3 months", "2 years": English, for the CLI's plain text (readers get src/ui's words). */
export function formatDistance(days: number): string {
  const { unit, count } = distance(days);
  return count === 1 ? `1 ${unit}` : `${count} ${unit}s`;
}
