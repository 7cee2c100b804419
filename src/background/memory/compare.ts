/**
 * What changed since the reader read a claim: its status now, in the data in use, against the
 * status they were shown. Pure data in, data out (the background's memory/follow-up.ts feeds it the
 * datasets in use and stores the result), so every case is tested without a browser.
 *
 * "The claim" is its id, in every dataset in use that holds it (as match-all.ts groups claims): a
 * reader shown a claim as unconfirmed by one dataset learns that another source they subscribe to
 * has since denied it. Its status now is the one the marks, the badge and the popup lead with — the
 * most serious of the datasets' (ui/severity.ts, statusSeverity), its own dataset first among equals —
 * so a claim read while the datasets disagreed is not reported as changed to the milder status it was
 * never shown; every dataset that says otherwise is listed, so no dataset's word is silently dropped.
 */
import type { ClaimStatus } from '../../engine/index';
import { statusSeverity } from '../../ui/severity';

/** A status as the comparison finds it; `unavailable` when no dataset in use holds the claim. */
export type NowStatus = ClaimStatus | 'unavailable';

/** How the claim stands in one dataset in use. */
export interface DatasetStatus {
  datasetId: string;
  status: ClaimStatus;
}

export interface Comparison {
  now: NowStatus;
  /** The dataset `now` comes from (absent when unavailable). */
  datasetId?: string;
  /** Its status now is not what the reader was shown (a claim that is unavailable has not changed: it is gone). */
  changed: boolean;
  /** The other datasets in use whose status is not `now`. */
  disagreeing: DatasetStatus[];
}

/**
 * The claim's status now. `views` are the datasets in use that hold the claim, in the order the
 * datasets are in use (the bundled default first); `ownDatasetId` is the one it was read in.
 */
export function compareClaim(
  shown: ClaimStatus,
  ownDatasetId: string,
  views: readonly DatasetStatus[],
): Comparison {
  // The lead: most serious first, then the claim's own dataset, then the order the datasets are in use.
  const source = [...views].sort(
    (a, b) =>
      statusSeverity(b.status) - statusSeverity(a.status) ||
      Number(b.datasetId === ownDatasetId) - Number(a.datasetId === ownDatasetId),
  )[0];
  if (!source) return { now: 'unavailable', changed: false, disagreeing: [] };
  return {
    now: source.status,
    datasetId: source.datasetId,
    changed: source.status !== shown,
    disagreeing: views.filter((v) => v.datasetId !== source.datasetId && v.status !== source.status),
  };
}

/** What the memory keeps of a claim between comparisons. */
export interface Tracked {
  shown: { status: ClaimStatus };
  /** The status found by the previous comparison. */
  last: NowStatus;
  /** The last status found while a dataset in use held the claim. */
  lastAvailable?: ClaimStatus;
  changedAt?: number;
  /** The status the reader has seen as news. */
  seen?: NowStatus;
}

export interface Step {
  last: NowStatus;
  lastAvailable?: ClaimStatus;
  changedAt?: number;
  /** This comparison found news: a status other than the one shown and than the one found before. */
  news: boolean;
}

/**
 * The record after a comparison at `at`. A status back to the one shown (a rollback) is no news
 * and no longer a change; a dataset switched off leaves the claim unavailable, which is no news
 * either (the reader did it), and keeps what it was: switched on again, the same status is not news
 * again. The same change found again is not news twice.
 */
export function advance(tracked: Tracked, comparison: Comparison, at: number): Step {
  const { now } = comparison;
  const before = tracked.last === 'unavailable' ? tracked.lastAvailable : tracked.last;
  if (now === 'unavailable') {
    return {
      last: now,
      ...(before !== undefined ? { lastAvailable: before } : {}),
      ...(tracked.changedAt !== undefined ? { changedAt: tracked.changedAt } : {}),
      news: false,
    };
  }
  if (!comparison.changed) return { last: now, news: false };
  if (now === before) return { last: now, changedAt: tracked.changedAt ?? at, news: false };
  return { last: now, changedAt: at, news: true };
}

/** A change the reader has not been shown: counted on the toolbar badge until they open it. */
export function isUnseen(tracked: Tracked): boolean {
  return (
    tracked.last !== 'unavailable' && tracked.last !== tracked.shown.status && tracked.seen !== tracked.last
  );
}
