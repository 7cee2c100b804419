/**
 * What became of a claim, in the four groups the marks are coloured by, and how serious each is when
 * datasets disagree. Words-free and browser-free, so the background's pure comparisons (the reading
 * memory) and the marks rank statuses by the one rule; ui/stance.ts re-exports it.
 */
import type { ClaimStatus } from '../engine/index';

/** The four colours a mark comes in: what became of the claim. */
export type StatusGroup = 'false' | 'mixed' | 'unconfirmed' | 'true';

export const STATUS_GROUP: Record<ClaimStatus, StatusGroup> = {
  denied: 'false',
  'rated-false': 'false',
  retracted: 'false',
  'rated-mixed': 'mixed',
  unconfirmed: 'unconfirmed',
  confirmed: 'true',
  'rated-true': 'true',
};

export const STATUS_GROUPS: readonly StatusGroup[] = ['false', 'mixed', 'unconfirmed', 'true'];

export function statusGroup(status: ClaimStatus): StatusGroup {
  return STATUS_GROUP[status] ?? 'unconfirmed';
}

/**
 * How serious a status is, for datasets that disagree about a claim: a claim one of them says was
 * denied, rated false or retracted is marked, badged and headed as such (the card and the popup
 * say that the datasets disagree, and what each says), never calmed by a milder one silently.
 */
const SEVERITY: Record<StatusGroup, number> = { false: 3, mixed: 2, unconfirmed: 1, true: 0 };

export function statusSeverity(status: ClaimStatus): number {
  return SEVERITY[statusGroup(status)];
}
