/** Small formatting helpers shared by the popup and the options page. */
import type { Actor } from '../engine/index';
import { calendarDate, type CalendarDate } from './relative-time';
import { displayLocale } from './catalogue';

const formatters = new Map<string, Intl.DateTimeFormat>();

const PARTS: Record<CalendarDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

function dateFormatter(locale: string, precision: CalendarDate['precision']): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { ...PARTS[precision], timeZone: 'UTC' };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, f);
  }
  return f;
}

/**
 * "15 September 2022" (day month year, in the UI language) for the calendar date an ISO string
 * names, "September 2022" or "2022" when that is all it says; the string itself when it isn't a
 * date, so nothing is silently hidden.
 */
export function formatDate(iso: string): string {
  const d = calendarDate(iso);
  if (!d) return iso;
  return dateFormatter(displayLocale(), d.precision).format(new Date(Date.UTC(d.year, d.month - 1, d.day)));
}

/**
 * The day, in the reader's own time zone, on which the moment `ms` (since the epoch) falls, as
 * formatDate() words it: a moment's UTC date is the day before or after the reader's for part of
 * every day anywhere but at UTC.
 */
export function formatLocalDay(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);
}

/**
 * The URL to link to, only for http: and https: (never javascript:, data:, file:…); undefined
 * otherwise. Relative or malformed URLs are not linked either.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}

/** "Aydos Sarym, member of the Majilis Defence and Security Committee" (plus organisation when given). */
export function actorLine(actor: Actor): string {
  return [actor.name, actor.role, actor.organisation]
    .filter((part): part is string => !!part && part.trim() !== '')
    .join(', ');
}
