/**
 * Dates as feeds write them, read into the format's dates. Only unambiguous forms are read: ISO
 * 8601, "26 May 2015", "October 22, 2019" (also inside "stated on October 22, 2019 in a speech").
 * "03/04/2020" is left unread: it is 3 April in most of the world and 4 March in the US.
 */
import { dateProblem } from '../dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(year: string, monthName: string, day: string): string | undefined {
  const month = MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase().slice(0, 3))) + 1;
  const iso = `${year}-${pad(month)}-${pad(Number(day))}`;
  return month > 0 && !dateProblem(iso) ? iso : undefined;
}

/**
 * The format's date for a feed's date, or undefined. A time is kept only with its zone; midnight
 * UTC is dropped, since the Fact Check Tools API and many feeds write it for "a date, no time".
 */
export function readLooseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [, day, time, zone] = iso;
    if (dateProblem(day!)) return undefined;
    if (!time || !zone || (/^00:00(?::00(?:\.0+)?)?$/.test(time) && /^(Z|[+-]00:?00)$/.test(zone)))
      return day;
    const full = `${day}T${time}${zone}`;
    return dateProblem(full) ? day : full;
  }
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return fromParts(dmy[3]!, dmy[2]!, dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return fromParts(mdy[3]!, mdy[1]!, mdy[2]!);
  return undefined;
}
