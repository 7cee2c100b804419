/**
 * The popup's English verdict sentence for an expected match, rebuilt independently of the popup's
 * code: status, relation and days from the expected JSON, who and when from the claim's deciding
 * events in the shipped dataset (the engine's deriveStatus picks them), dates in the browser's UI
 * locale. The E2E suite compares the popup's text with it word for word.
 */
import { distance, parseDate } from '../../../src/engine/dates';
import type { Actor, Claim } from '../../../src/engine/model';
import { deriveStatus } from '../../../src/engine/status';
import type { ClaimStatus } from '../../../src/engine/types';
import type { ExpectedMatch } from '../../support/pages';

const VERB: Record<Exclude<ClaimStatus, 'unconfirmed'>, string> = {
  denied: 'Denied',
  confirmed: 'Confirmed',
  'rated-false': 'Rated false',
  'rated-true': 'Rated true',
  'rated-mixed': 'Given a mixed rating',
  retracted: 'Retracted',
};

function longDate(iso: string, locale: string): string {
  const d = parseDate(iso)!;
  const parts: Intl.DateTimeFormatOptions =
    d.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : d.precision === 'month'
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(
    new Date(Date.UTC(d.year, d.month - 1, d.day)),
  );
}

function who(claim: Claim): string {
  const actors: Actor[] = [];
  for (const e of deriveStatus(claim.events).deciding) {
    const actor = e.actor ?? (e.type === 'rated' ? { name: e.source.outlet } : undefined);
    if (actor && !actors.some((a) => a.name === actor.name)) actors.push(actor);
  }
  if (actors.length === 1) {
    const about = [actors[0]!.role, actors[0]!.organisation].filter(Boolean).join(', ');
    return about ? `${actors[0]!.name} (${about})` : actors[0]!.name;
  }
  if (actors.length === 2) return `${actors[0]!.name} and ${actors[1]!.name}`;
  return `${actors[0]!.name}, ${actors[1]!.name} and ${actors.length - 2} other${actors.length === 3 ? '' : 's'}`;
}

export function expectedVerdict(
  match: ExpectedMatch,
  claim: Claim,
  datasetAsOf: string,
  uiLocale: string,
): string {
  const { status, relation, days } = match.verdict;
  if (status === 'unconfirmed') return `Still unconfirmed as of ${longDate(datasetAsOf, uiLocale)}.`;
  let when: string;
  if (days !== null && relation === 'same-day') when = 'on the day this article was published';
  else if (days !== null && (relation === 'after' || relation === 'before')) {
    const { unit, count } = distance(days);
    when = `${count === 1 ? 'one' : count} ${unit}${count === 1 ? '' : 's'} ${relation} this article was published`;
  } else {
    const date = deriveStatus(claim.events).deciding[0]!.date;
    when = `${parseDate(date)!.precision === 'day' ? 'on' : 'in'} ${longDate(date, uiLocale)}`;
  }
  return `${VERB[status]} by ${who(claim)} ${when}.`;
}
