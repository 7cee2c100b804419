/**
 * An outlet's record: the claims it reported, how each stands now, how long after its report that
 * was decided, and what the outlet did next. Counts only, never a score or a grade: what a reader
 * makes of "reported 12 claims, 5 later denied" is theirs. A pure function of the loaded datasets,
 * so the background can answer the popup with it.
 */
import { compareAtPrecision, daysBetween, parseDate } from '../dates';
import type { Dataset, IsoDate } from '../model';
import { chronological, deriveStatus } from '../status';
import type { ClaimStatus } from '../types';
import { eventOutlets, isBy, isCarriedBy, type EventOutlets } from './attribution';
import type { DirectoryOutlet, OutletDirectory } from './directory';

/**
 * What the outlet did after its report, the strongest of: it retracted its report, it corrected
 * it, it reported the denial or confirmation itself ("reported-outcome"); null: none of these.
 */
export type FollowUp = 'reported-outcome' | 'corrected' | 'retracted';

export interface OutletClaim {
  datasetId: string;
  claimId: string;
  /** The claim's status now, derived from all its events. */
  status: ClaimStatus;
  /** The outlet's first report of the claim. */
  reportedOn: IsoDate;
  /** The first event of the status now (null while unconfirmed). */
  decidedOn: IsoDate | null;
  /** Whole days from the report to the decision; negative when decided before the outlet reported it; null when either date has no day. */
  days: number | null;
  followUp: FollowUp | null;
}

export interface OutletRecord {
  outlet: DirectoryOutlet;
  /** In the order the outlet reported them. */
  claims: OutletClaim[];
  /** Claims reported; the seven status counts below add up to it. */
  reported: number;
  denied: number;
  confirmed: number;
  ratedFalse: number;
  ratedTrue: number;
  ratedMixed: number;
  unconfirmed: number;
  /** Claims whose status now is "retracted" (a report withdrawn, by this outlet or another). */
  withdrawn: number;
  /** Follow-ups (one per claim, the strongest): the outlet reported the outcome, corrected or retracted its report. */
  reportedOutcome: number;
  corrected: number;
  retracted: number;
}

type StatusCount =
  'denied' | 'confirmed' | 'ratedFalse' | 'ratedTrue' | 'ratedMixed' | 'unconfirmed' | 'withdrawn';

export const STATUS_COUNT: Readonly<Record<ClaimStatus, StatusCount>> = {
  denied: 'denied',
  confirmed: 'confirmed',
  'rated-false': 'ratedFalse',
  'rated-true': 'ratedTrue',
  'rated-mixed': 'ratedMixed',
  unconfirmed: 'unconfirmed',
  retracted: 'withdrawn',
};

export const FOLLOW_UP_COUNT: Readonly<Record<FollowUp, 'reportedOutcome' | 'corrected' | 'retracted'>> = {
  'reported-outcome': 'reportedOutcome',
  corrected: 'corrected',
  retracted: 'retracted',
};

const OUTCOME_TYPES: ReadonlySet<string> = new Set(['denied', 'confirmed']);

function emptyRecord(outlet: DirectoryOutlet): OutletRecord {
  return {
    outlet,
    claims: [],
    reported: 0,
    denied: 0,
    confirmed: 0,
    ratedFalse: 0,
    ratedTrue: 0,
    ratedMixed: 0,
    unconfirmed: 0,
    withdrawn: 0,
    reportedOutcome: 0,
    corrected: 0,
    retracted: 0,
  };
}

/** Days between two dates when both name a day; null otherwise. */
function daysFrom(from: IsoDate, to: IsoDate): number | null {
  const [a, b] = [parseDate(from), parseDate(to)];
  return a?.precision === 'day' && b?.precision === 'day' ? daysBetween(a, b) : null;
}

/** Not before `date` at the coarser of the two precisions (an event of "2024" may follow a report of 3 Mar 2024). */
function notBefore(event: IsoDate, date: IsoDate): boolean {
  const [a, b] = [parseDate(event), parseDate(date)];
  return a !== undefined && b !== undefined && compareAtPrecision(a, b) >= 0;
}

function followUpOf(
  events: readonly EventOutlets[],
  outlet: DirectoryOutlet,
  reportedOn: IsoDate,
): FollowUp | null {
  const after = events.filter((e) => notBefore(e.event.date, reportedOn));
  if (after.some((e) => e.event.type === 'retracted' && isBy(e, outlet))) return 'retracted';
  if (after.some((e) => e.event.type === 'corrected' && isBy(e, outlet))) return 'corrected';
  if (after.some((e) => OUTCOME_TYPES.has(e.event.type) && isCarriedBy(e, outlet))) return 'reported-outcome';
  return null;
}

function addClaim(record: OutletRecord, claim: OutletClaim): void {
  record.claims.push(claim);
  record.reported++;
  record[STATUS_COUNT[claim.status]]++;
  if (claim.followUp) record[FOLLOW_UP_COUNT[claim.followUp]]++;
}

const byReport = (a: OutletClaim, b: OutletClaim) => {
  const [x, y] = [parseDate(a.reportedOn)!, parseDate(b.reportedOn)!];
  return (
    compareAtPrecision(x, y) ||
    (a.datasetId < b.datasetId ? -1 : a.datasetId > b.datasetId ? 1 : 0) ||
    (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0)
  );
};

/**
 * Every outlet's record over the datasets, in one pass over their claims; outlets of the directory
 * that reported nothing get an empty record. Claims are per dataset: a claim two datasets both
 * carry counts once in each.
 */
export function outletRecords(dir: OutletDirectory, datasets: readonly Dataset[]): Map<string, OutletRecord> {
  const records = new Map(dir.outlets.map((o) => [o.key, emptyRecord(o)]));
  for (const dataset of datasets) {
    for (const claim of dataset.claims) {
      const ordered = { ...claim, events: chronological(claim.events) };
      const events = eventOutlets(dir, dataset.id, ordered);
      const firstReport = new Map<DirectoryOutlet, IsoDate>();
      for (const e of events) {
        if (e.event.type !== 'reported') continue;
        for (const o of [e.source, e.actor]) if (o && !firstReport.has(o)) firstReport.set(o, e.event.date);
      }
      if (firstReport.size === 0) continue;
      const { status, deciding } = deriveStatus(claim.events);
      const decidedOn = deciding[0]?.date ?? null;
      for (const [outlet, reportedOn] of firstReport) {
        addClaim(records.get(outlet.key)!, {
          datasetId: dataset.id,
          claimId: claim.id,
          status,
          reportedOn,
          decidedOn,
          days: decidedOn === null ? null : daysFrom(reportedOn, decidedOn),
          followUp: followUpOf(events, outlet, reportedOn),
        });
      }
    }
  }
  for (const r of records.values()) r.claims.sort(byReport);
  return records;
}

/** One outlet's record (the popup asks for the outlet of the page in front of the reader). */
export function outletRecord(
  dir: OutletDirectory,
  datasets: readonly Dataset[],
  outlet: DirectoryOutlet,
): OutletRecord {
  return outletRecords(dir, datasets).get(outlet.key) ?? emptyRecord(outlet);
}
