/**
 * What an update changed, as the options page shows it: counts ("12 claims added, 3 newly denied")
 * and the claims behind them. Built from the dataset layer's diff (src/dataset/diff.ts).
 */
import { diffDatasets } from '../../dataset/diff';
import { type Claim, type Dataset, deriveStatus } from '../../engine/index';
import type { ChangeDetail, ChangedClaim, ChangeSummary } from '../../shared/messages';
import { MASS_CHANGE_MIN_CLAIMS, MASS_REMOVAL_SHARE, MASS_STATUS_SHARE, MAX_CHANGE_ITEMS } from './policy';

const item = (claim: Claim, was?: ChangedClaim['was']): ChangedClaim => ({
  id: claim.id,
  text: claim.text,
  status: deriveStatus(claim.events).status,
  ...(was ? { was } : {}),
});

const capped = <T, U>(list: readonly T[], f: (x: T) => U): U[] => list.slice(0, MAX_CHANGE_ITEMS).map(f);

export function describeChange(before: Dataset, after: Dataset, at: number): ChangeDetail {
  const diff = diffDatasets(before, after);
  const newly: ChangeDetail['newly'] = {};
  for (const change of diff.statusChanged) newly[change.to] = (newly[change.to] ?? 0) + 1;
  return {
    fromVersion: before.version,
    toVersion: after.version,
    at,
    added: diff.added.length,
    removed: diff.removed.length,
    newly,
    eventsChanged: diff.eventsChanged.length,
    reworded: diff.reworded.length,
    addedClaims: capped(diff.added, (c) => item(c)),
    removedClaims: capped(diff.removed, (c) => item(c)),
    statusChangedClaims: capped(diff.statusChanged, (c) => item(c.claim, c.from)),
    eventsChangedClaims: capped(diff.eventsChanged, (c) => item(c)),
    rewordedClaims: capped(diff.reworded, (c) => item(c)),
  };
}

/** The first install of a source: every claim is new. */
export function describeFirstInstall(after: Dataset, at: number): ChangeDetail {
  return describeChange({ ...after, version: 0, claims: [] }, after, at);
}

export function summaryOf(detail: ChangeDetail): ChangeSummary {
  const { fromVersion, toVersion, at, added, removed, newly, eventsChanged, reworded } = detail;
  return { fromVersion, toVersion, at, added, removed, newly, eventsChanged, reworded };
}

/**
 * Whether an update changes too much at once to be installed without asking (policy.ts, the
 * mass-change hold): more than a set share of the `claimsBefore` claims in use changing status, or
 * removed, and at least MASS_CHANGE_MIN_CLAIMS of them. A first install changes nothing in use.
 */
export function isMassChange(change: ChangeSummary, claimsBefore: number): boolean {
  if (change.fromVersion === 0 || claimsBefore === 0) return false;
  const statusChanged = Object.values(change.newly).reduce((sum, n) => sum + (n ?? 0), 0);
  const tooMany = (count: number, share: number) =>
    count >= MASS_CHANGE_MIN_CLAIMS && count > share * claimsBefore;
  return tooMany(statusChanged, MASS_STATUS_SHARE) || tooMany(change.removed, MASS_REMOVAL_SHARE);
}
