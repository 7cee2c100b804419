/**
 * What happened to a claim, relative to the article in front of the reader, as data: the status,
 * where its deciding event falls relative to the article's date (before, the same day, after) and
 * how many days apart. The reader's sentence ("Denied by Aydos Sarym and Kassym-Jomart Tokayev one
 * day after this article was published.") is written from these fields by src/ui/verdict-sentence.ts,
 * in the reader's language.
 */
import { compareAtPrecision, daysBetween, parseDate } from './dates';
import type { Claim } from './model';
import { deriveStatus } from './status';
import type { Relation, Verdict } from './types';

/** The verdict on `claim` for an article published on `articlePublished` (none: the event's own date). */
export function verdictFor(claim: Claim, articlePublished: string | undefined): Verdict {
  const { status, deciding } = deriveStatus(claim.events);
  const first = deciding[0];
  if (status === 'unconfirmed' || !first) return { status: 'unconfirmed', relation: 'none', days: null };
  const rating = first.rating?.value;
  const eventDate = parseDate(first.date);
  const articleDate = parseDate(articlePublished);
  const base = { status, decidingEvent: first, ...(rating ? { rating } : {}) };
  if (!eventDate || !articleDate) return { ...base, relation: 'undated-article', days: null };
  const exact = eventDate.precision === 'day' && articleDate.precision === 'day';
  const days = exact ? daysBetween(articleDate, eventDate) : null;
  const order = days !== null ? Math.sign(days) : compareAtPrecision(eventDate, articleDate);
  const relation: Relation = order > 0 ? 'after' : order < 0 ? 'before' : 'same-day';
  return { ...base, relation, days };
}
