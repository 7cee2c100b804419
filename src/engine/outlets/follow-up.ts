/**
 * When an outlet followed up its report of a claim, so a record can say "it reported the denial the
 * same day" and not only that it did. The record (record.ts) decides which follow-up it was; this
 * finds the first event of that follow-up, read the same way (attribution.ts).
 */
import { compareAtPrecision, parseDate } from '../dates';
import type { Claim, ClaimEvent, IsoDate } from '../model';
import { chronological } from '../status';
import { eventOutlets, isBy, isCarriedBy, type EventOutlets } from './attribution';
import type { DirectoryOutlet, OutletDirectory } from './directory';
import type { FollowUp } from './record';

/** Which of the outlet's events count as each follow-up: its own retraction or correction, an outcome it carried. */
const FOLLOW_UP_EVENT: Readonly<Record<FollowUp, (e: EventOutlets, o: DirectoryOutlet) => boolean>> = {
  retracted: (e, o) => e.event.type === 'retracted' && isBy(e, o),
  corrected: (e, o) => e.event.type === 'corrected' && isBy(e, o),
  'reported-outcome': (e, o) =>
    (e.event.type === 'denied' || e.event.type === 'confirmed') && isCarriedBy(e, o),
};

const notBefore = (event: ClaimEvent, date: IsoDate): boolean => {
  const [a, b] = [parseDate(event.date), parseDate(date)];
  return a !== undefined && b !== undefined && compareAtPrecision(a, b) >= 0;
};

/** The date of the outlet's first `followUp` of the claim on or after its report; null when there is none. */
export function followUpDate(
  dir: OutletDirectory,
  datasetId: string,
  claim: Claim,
  outlet: DirectoryOutlet,
  followUp: FollowUp,
  reportedOn: IsoDate,
): IsoDate | null {
  const ordered = { ...claim, events: chronological(claim.events) };
  const found = eventOutlets(dir, datasetId, ordered).find(
    (e) => notBefore(e.event, reportedOn) && FOLLOW_UP_EVENT[followUp](e, outlet),
  );
  return found?.event.date ?? null;
}
