/**
 * The one gate every dataset passes before the engine sees it (the bundled default, imports,
 * downloads). Claims are checked one at a time, so a file with a million bad claims costs a few
 * issues, not a million, and the claim count is refused before any claim is looked at.
 */
import * as v from 'valibot';
import { type Claim, type Dataset, DATASET_FORMAT_VERSION_OUTLETS, type Outlet } from '../engine/index';
import { DatasetError, jsonPath, type Issue } from './errors';
import { LIMITS, MAX_REPORTED_ISSUES } from './limits';
import { claimOutletIssues, outletListIssues } from './outlets';
import { claimTextIssues, headerTextIssues } from './text-rule';
import { ClaimSchema, DatasetHeaderSchema } from './shapes';

export { DatasetError } from './errors';
export type { Issue } from './errors';
export { LIMITS } from './limits';
export { DatasetSchema } from './shapes';

function toIssue(issue: v.BaseIssue<unknown>, prefix: (string | number)[]): Issue {
  const keys: (string | number)[] = [...prefix];
  for (const item of issue.path ?? []) keys.push((item as { key: string | number }).key);
  const last = issue.path?.at(-1) as { origin?: string } | undefined;
  // valibot reports a missing field with the object's own message; say what is wrong instead.
  const problem = issue.type === 'object_with_rest' && last?.origin === 'key' ? 'is required' : issue.message;
  return { path: jsonPath(keys), problem };
}

/** Problems spanning several fields of one claim, which a per-field schema cannot see. */
function claimIssues(claim: Claim, at: number): Issue[] {
  const issues: Issue[] = [];
  claim.events.forEach((e, i) => {
    if (e.type === 'rated' && !e.rating) {
      issues.push({
        path: jsonPath(['claims', at, 'events', i]),
        problem: 'is a "rated" event without a rating',
      });
    } else if (e.type !== 'rated' && e.rating) {
      issues.push({
        path: jsonPath(['claims', at, 'events', i, 'rating']),
        problem: `is only allowed on "rated" events, not "${e.type}"`,
      });
    }
  });
  return issues;
}

/** Each issue inside a claim, told the claim's id when the file gives it one (describeIssue names the claim by it). */
function withClaimIds(issues: Issue[], claimsValue: unknown): Issue[] {
  if (!Array.isArray(claimsValue)) return issues;
  return issues.map((issue) => {
    const at = /^\$\.claims\[(\d+)\]/.exec(issue.path);
    const id = at ? (claimsValue[Number(at[1])] as { id?: unknown } | null)?.id : undefined;
    return typeof id === 'string' && id.trim() !== '' ? { ...issue, claimId: id } : issue;
  });
}

/** What a claim is checked against: its dataset's outlet ids (undefined when unknown) and format version. */
export interface ClaimContext {
  outletIds: ReadonlySet<string> | undefined;
  formatVersion: number;
}

/**
 * One claim at claims[at]: its shape, then the checks spanning its fields (ratings, outlet ids,
 * refused characters), up to `max` problems. The claim as validated (its text trimmed) whenever its
 * shape is right, problems or not, so a dataset can still tell a duplicate id. Ids unique across
 * claims are the dataset's check.
 */
export function checkClaim(
  value: unknown,
  at: number,
  context: ClaimContext,
  max = MAX_REPORTED_ISSUES,
): { claim?: Claim; issues: Issue[] } {
  const result = v.safeParse(ClaimSchema, value);
  if (!result.success) return { issues: result.issues.slice(0, max).map((x) => toIssue(x, ['claims', at])) };
  const claim = result.output as Claim;
  const issues = [
    ...claimIssues(claim, at),
    ...claimOutletIssues(claim, at, context.outletIds, context.formatVersion),
    ...claimTextIssues(claim, at),
  ];
  return { claim, issues: issues.slice(0, max) };
}

/** Every problem of the value as a dataset, stopping after `max`; the validated dataset when there are none. */
export function checkDataset(
  value: unknown,
  max = MAX_REPORTED_ISSUES,
): { dataset?: Dataset; issues: Issue[] } {
  const claimsValue = (value as { claims?: unknown } | null)?.claims;
  if (Array.isArray(claimsValue) && claimsValue.length > LIMITS.claims) {
    const problem = `holds ${claimsValue.length} claims; a dataset may hold at most ${LIMITS.claims} (split it into several datasets)`;
    return { issues: [{ path: '$.claims', problem }] };
  }
  const header = v.safeParse(DatasetHeaderSchema, value);
  const issues: Issue[] = header.success ? [] : header.issues.slice(0, max).map((i) => toIssue(i, []));
  if (!header.success && !Array.isArray(claimsValue)) return { issues };
  const outlets: readonly Outlet[] =
    (header.success && (header.output.outlets as Outlet[] | undefined)) || [];
  const formatVersion = header.success ? header.output.formatVersion : DATASET_FORMAT_VERSION_OUTLETS;
  if (header.success && header.output.outlets !== undefined && formatVersion < DATASET_FORMAT_VERSION_OUTLETS)
    issues.push({
      path: '$.outlets',
      problem: `is a field of format version ${DATASET_FORMAT_VERSION_OUTLETS}; set "formatVersion" to ${DATASET_FORMAT_VERSION_OUTLETS}`,
    });
  issues.push(...outletListIssues(outlets).slice(0, max - issues.length));
  if (header.success) issues.push(...headerTextIssues(header.output).slice(0, max - issues.length));
  // Without a valid header the outlets are unknown: checking outletIds against them would only add noise.
  const outletIds = header.success ? new Set(outlets.map((o) => o.id)) : undefined;

  const claims: Claim[] = [];
  const firstIndex = new Map<string, number>();
  const context: ClaimContext = { outletIds, formatVersion };
  for (let i = 0; i < (claimsValue as unknown[]).length && issues.length < max; i++) {
    const checked = checkClaim((claimsValue as unknown[])[i], i, context, max - issues.length);
    issues.push(...checked.issues);
    const claim = checked.claim;
    if (!claim) continue;
    const seen = firstIndex.get(claim.id);
    if (seen !== undefined) {
      issues.push({
        path: jsonPath(['claims', i, 'id']),
        problem: `"${claim.id}" is already the id of claims[${seen}]; claim ids must be unique`,
      });
    } else firstIndex.set(claim.id, i);
    claims.push(claim);
  }
  if (issues.length > 0 || !header.success)
    return { issues: withClaimIds(issues.slice(0, max), claimsValue) };
  return { dataset: { ...(header.output as Omit<Dataset, 'claims'>), claims } as Dataset, issues: [] };
}

/** Validates a parsed JSON value as a dataset; throws DatasetError naming the first problem's path. */
export function validateDataset(value: unknown): Dataset {
  const { dataset, issues } = checkDataset(value);
  if (dataset) return dataset;
  const first = issues[0]!;
  throw new DatasetError(first.problem, first.path, issues);
}
