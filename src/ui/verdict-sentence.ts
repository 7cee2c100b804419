/**
 * The one sentence a reader gets about a claim, in the UI language, built from the verdict's
 * structured fields (never from the engine's English `verdict.text`): what happened, who did it and
 * when, relative to the article in front of them —
 * "Denied by Kassym-Jomart Tokayev (President of Kazakhstan) one day after this article was published."
 * Used by the popup and the in-page card, so both say the same thing.
 */
import {
  type Actor,
  type Claim,
  type ClaimEvent,
  type ClaimStatus,
  deriveStatus,
  type Verdict,
} from '../engine/index';
import { formatDate } from './format';
import { calendarDate, offsetForDays } from './relative-time';
import { displayLocale, plural, t, type StringKey } from './catalogue';

const VERB: Record<Exclude<ClaimStatus, 'unconfirmed'>, StringKey> = {
  denied: 'verdictDenied',
  confirmed: 'verdictConfirmed',
  'rated-false': 'verdictRatedFalse',
  'rated-true': 'verdictRatedTrue',
  'rated-mixed': 'verdictRatedMixed',
  retracted: 'verdictRetracted',
};

/** "Dmitry Peskov (spokesman, the Kremlin)": the name, with role and organisation when the dataset gives them. */
export function actorName(actor: Actor): string {
  const about = [actor.role, actor.organisation]
    .filter((p): p is string => !!p && p.trim() !== '')
    .join(', ');
  return about ? t('actorWithRole', actor.name, about) : actor.name;
}

/** Who made an event: its actor, or for a rating without one, the fact-checker that published it. */
function eventWho(event: ClaimEvent): Actor | undefined {
  if (event.actor?.name) return event.actor;
  if (event.type === 'rated' && event.source.outlet) return { name: event.source.outlet };
  return undefined;
}

/**
 * The deciding events the status rests on (several people may deny on the same day), first the
 * verdict's own deciding event. The engine's deriveStatus picks them, so the popup and the engine agree.
 */
export function decidingActors(
  claim: Pick<Claim, 'events'>,
  verdict: Pick<Verdict, 'decidingEvent'>,
): Actor[] {
  const events = deriveStatus(claim.events).deciding;
  const first = verdict.decidingEvent;
  // The verdict arrives by message (a copy), so duplicates are told apart by name below, not by identity.
  const ordered = first ? [first, ...events] : events;
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const e of ordered) {
    const who = eventWho(e);
    if (who && !seen.has(who.name)) {
      seen.add(who.name);
      out.push(who);
    }
  }
  return out;
}

function listFormat(items: string[]): string {
  try {
    return new Intl.ListFormat(displayLocale(), { type: 'conjunction', style: 'long' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * One actor: with their role. Two: both names. More: the first two and how many others. Roles only
 * for one actor, so the sentence stays one a reader takes in at a glance.
 */
export function whoText(actors: readonly Actor[]): string | null {
  if (actors.length === 0) return null;
  if (actors.length === 1) return actorName(actors[0]!);
  if (actors.length === 2) return listFormat([actors[0]!.name, actors[1]!.name]);
  return plural('actorsAndOthers', actors.length - 2, `${actors[0]!.name}, ${actors[1]!.name}`);
}

/** When, relative to the article when both dates are exact, else the event's own date. */
export function whenText(verdict: Pick<Verdict, 'relation' | 'days' | 'decidingEvent'>): string | null {
  if (
    verdict.days !== null &&
    (verdict.relation === 'after' || verdict.relation === 'before' || verdict.relation === 'same-day')
  ) {
    const offset = offsetForDays(verdict.days);
    if (offset.direction === 'same-day') return t('whenSameDay');
    const after = offset.direction === 'after';
    switch (offset.unit) {
      case 'day':
        return plural(after ? 'whenDaysAfter' : 'whenDaysBefore', offset.count);
      case 'month':
        return plural(after ? 'whenMonthsAfter' : 'whenMonthsBefore', offset.count);
      case 'year':
        return plural(after ? 'whenYearsAfter' : 'whenYearsBefore', offset.count);
    }
  }
  const date = calendarDate(verdict.decidingEvent?.date);
  if (!date || !verdict.decidingEvent) return null;
  const key =
    date.precision === 'day' ? 'whenOnDate' : date.precision === 'month' ? 'whenInMonth' : 'whenInYear';
  return t(key, formatDate(verdict.decidingEvent.date));
}

export interface VerdictInput {
  verdict: Verdict;
  claim: Pick<Claim, 'events'>;
  /** The dataset's "data as of" date, for a claim still unconfirmed. */
  datasetAsOf?: string;
}

/** One full stop at the end, even when a date already ends with one ("24 ноября 2026 г."). */
const tidy = (sentence: string): string => sentence.replace(/\.\.$/, '.');

export function verdictSentence(input: VerdictInput): string {
  return tidy(compose(input));
}

function compose({ verdict, claim, datasetAsOf }: VerdictInput): string {
  if (verdict.status === 'unconfirmed') {
    return datasetAsOf && calendarDate(datasetAsOf)
      ? t('verdictUnconfirmed', formatDate(datasetAsOf))
      : t('verdictUnconfirmedUndated');
  }
  const verbKey = VERB[verdict.status];
  const verb = verbKey ? t(verbKey) : String(verdict.status);
  const who = whoText(decidingActors(claim, verdict));
  const when = whenText(verdict);
  if (who && when) return t('verdictByWhen', verb, who, when);
  if (who) return t('verdictBy', verb, who);
  if (when) return t('verdictWhen', verb, when);
  return `${verb}.`;
}
