/**
 * What a reader is told about a claim, relative to the article in front of them:
 * "Denied 1 day after this article, by Aydos Sarym and Kassym-Jomart Tokayev."
 */
import { compareAtPrecision, daysBetween, formatDate, formatDistance, parseDate } from './dates';
import type { Claim, ClaimEvent } from './model';
import { deriveStatus } from './status';
import type { ClaimStatus, Relation, Verdict } from './types';

const VERB: Record<Exclude<ClaimStatus, 'unconfirmed'>, string> = {
  denied: 'Denied',
  confirmed: 'Confirmed',
  'rated-false': 'Rated false',
  'rated-true': 'Rated true',
  'rated-mixed': 'Given a mixed rating',
  retracted: 'Retracted',
};

function actors(events: ClaimEvent[]): string {
  const names = [
    ...new Set(
      events.map((e) => e.actor?.name ?? (e.type === 'rated' ? e.source.outlet : undefined)).filter(Boolean),
    ),
  ] as string[];
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]}, ${names[1]} and others`;
}

export function verdictFor(claim: Claim, articlePublished: string | undefined, datasetAsOf: string): Verdict {
  const { status, deciding } = deriveStatus(claim.events);
  const first = deciding[0];
  if (status === 'unconfirmed' || !first) {
    const asOf = parseDate(datasetAsOf);
    return {
      status: 'unconfirmed',
      relation: 'none',
      days: null,
      text: `Still unconfirmed as of ${asOf ? formatDate(asOf) : datasetAsOf}.`,
    };
  }
  const rating = first.rating?.value;
  const eventDate = parseDate(first.date);
  const articleDate = parseDate(articlePublished);
  const verb = VERB[status];
  const by = actors(deciding);
  const byText = by ? `, by ${by}` : '';
  const base = { status, decidingEvent: first, ...(rating ? { rating } : {}) };

  if (!eventDate) return { ...base, relation: 'undated-article', days: null, text: `${verb}${byText}.` };
  if (!articleDate) {
    return {
      ...base,
      relation: 'undated-article',
      days: null,
      text: `${verb} on ${formatDate(eventDate)}${byText}.`,
    };
  }
  const exact = eventDate.precision === 'day' && articleDate.precision === 'day';
  const days = exact ? daysBetween(articleDate, eventDate) : null;
  const order = days !== null ? Math.sign(days) : compareAtPrecision(eventDate, articleDate);
  const relation: Relation = order > 0 ? 'after' : order < 0 ? 'before' : 'same-day';
  let when: string;
  if (days === null) when = `${eventDate.precision === 'day' ? 'on' : 'in'} ${formatDate(eventDate)}`;
  else if (relation === 'same-day') when = 'the same day as this article';
  else if (relation === 'after') when = `${formatDistance(days)} after this article`;
  else when = `${formatDistance(days)} before this article`;
  const prefix = relation === 'before' && status !== 'confirmed' ? `Already ${verb.toLowerCase()}` : verb;
  return { ...base, relation, days, text: `${prefix} ${when}${byText}.` };
}
