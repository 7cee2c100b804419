/**
 * A claim's status is derived from its events, never stored: the latest deciding event wins
 * (a claim denied and later confirmed is confirmed). Reports and corrections decide nothing.
 */
import { parseDate, sortKey } from './dates';
import type { ClaimEvent } from './model';
import type { ClaimStatus } from './types';

const DECIDING: ReadonlySet<ClaimEvent['type']> = new Set(['denied', 'confirmed', 'rated', 'retracted']);

export function statusOfEvent(event: ClaimEvent): ClaimStatus | undefined {
  switch (event.type) {
    case 'denied':
      return 'denied';
    case 'confirmed':
      return 'confirmed';
    case 'retracted':
      return 'retracted';
    case 'rated': {
      const v = event.rating?.value;
      if (v === 'false' || v === 'mostly-false') return 'rated-false';
      if (v === 'true' || v === 'mostly-true') return 'rated-true';
      if (v === 'mixed' || v === 'misleading') return 'rated-mixed';
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Events in date order; undated or unparsable events go last, keeping dataset order among equals. */
export function chronological(events: readonly ClaimEvent[]): ClaimEvent[] {
  return events
    .map((event, i) => ({
      event,
      i,
      key: sortKey(parseDate(event.date) ?? { year: 9999, month: 12, day: 31, precision: 'day' }),
    }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.event);
}

export interface DerivedStatus {
  status: ClaimStatus;
  /** The deciding events of that status on the earliest date it was reached (several actors may deny on one day). */
  deciding: ClaimEvent[];
}

export function deriveStatus(events: readonly ClaimEvent[]): DerivedStatus {
  const ordered = chronological(events).filter((e) => DECIDING.has(e.type) && statusOfEvent(e));
  const last = ordered.at(-1);
  if (!last) return { status: 'unconfirmed', deciding: [] };
  const status = statusOfEvent(last)!;
  // Walk back over the final run of events that agree, to date the status from its first event.
  let first = ordered.length - 1;
  while (first > 0 && statusOfEvent(ordered[first - 1]!) === status) first--;
  const firstDate = ordered[first]!.date.slice(0, 10);
  const deciding = ordered.slice(first).filter((e) => e.date.slice(0, 10) === firstDate);
  return { status, deciding };
}
