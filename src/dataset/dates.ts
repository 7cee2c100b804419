/**
 * What the format accepts as a date. The engine's parseDate reads the calendar day and ignores the
 * time; a published file must also carry a time that exists, so a typo cannot hide behind a valid
 * day ("2022-09-15T25:61Z").
 */
import { parseDate } from '../engine/index';

const TIME = /T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A problem with `value` as an event date, or undefined when it is a real date. */
export function dateProblem(value: string): string | undefined {
  const parsed = parseDate(value);
  if (!parsed || value !== value.trim() || value.includes(' ')) {
    return 'must be a real date: YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM[:SS]Z or ±HH:MM); YYYY-MM or YYYY only when the source gives no day';
  }
  if (parsed.year < 1000) return 'must have a four-digit year from 1000';
  if (value.length > 10) {
    const t = TIME.exec(value);
    if (!t) return 'must give a time as THH:MM[:SS] followed by Z or an offset such as +02:00';
    const [hh, mm, ss, , oh, om] = t.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    if (hh! > 23 || mm! > 59 || ss! > 59)
      return 'must have a time that exists (hours 00–23, minutes and seconds 00–59)';
    if (oh! > 14 || om! > 59) return 'must have a time zone offset between -14:00 and +14:00';
  }
  return undefined;
}

/** The dataset's "as of" date must name a day: the reader is told "data as of 24 Nov 2026". */
export function dayProblem(value: string): string | undefined {
  const p = dateProblem(value);
  if (p) return p;
  return FULL_DAY.test(value.slice(0, 10)) && value.length >= 10 ? undefined : 'must name a day (YYYY-MM-DD)';
}
