/**
 * The checks of format 1.1's outlets that span fields: a domain must be what the engine looks
 * pages up by (a registrable domain, never a platform such as t.me that hosts many outlets),
 * outlet ids, domains and handles are each one outlet's in a file, and every `outletId` an event
 * gives names one of the file's outlets.
 */
import {
  type Claim,
  DATASET_FORMAT_VERSION_OUTLETS,
  handleKey,
  isSocialPlatform,
  type Outlet,
  registrableDomain,
} from '../engine/index';
import { jsonPath, type Issue } from './errors';
import { LIMITS } from './limits';

/** A host name's characters: letters (any script, for internationalised names), digits, "-" and ".". */
const HOST_NAME =
  /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

export function domainProblem(value: string): string | undefined {
  if (value.length > LIMITS.shortText) return `must be at most ${LIMITS.shortText} characters`;
  if (!HOST_NAME.test(value))
    return 'must be a domain name such as "tass.com": no scheme, path, port or spaces';
  if (value !== value.toLowerCase()) return `must be lower case ("${value.toLowerCase()}")`;
  const registrable = registrableDomain(value);
  if (registrable === undefined) return 'is a public suffix, not a domain an outlet can register';
  if (registrable !== value)
    return `must be a registrable domain: "${value}" is part of "${registrable}"; give "${registrable}"`;
  if (isSocialPlatform(value))
    return 'is a platform hosting many outlets; give the outlet\'s handle in "handles" instead';
  return undefined;
}

/** Problems between the outlets of one file: a repeated id, or a domain or handle given to two outlets. */
export function outletListIssues(outlets: readonly Outlet[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const domains = new Map<string, number>();
  const handles = new Map<string, number>();
  outlets.forEach((o, i) => {
    const seen = ids.get(o.id);
    if (seen !== undefined)
      issues.push({
        path: jsonPath(['outlets', i, 'id']),
        problem: `"${o.id}" is already the id of outlets[${seen}]; outlet ids must be unique`,
      });
    else ids.set(o.id, i);
    o.domains.forEach((d, j) => {
      const owner = domains.get(d);
      if (owner !== undefined && owner !== i)
        issues.push({
          path: jsonPath(['outlets', i, 'domains', j]),
          problem: `"${d}" is already a domain of outlets[${owner}]; a domain identifies one outlet`,
        });
      else domains.set(d, i);
    });
    o.handles.forEach((h, j) => {
      const owner = handles.get(handleKey(h));
      if (owner !== undefined && owner !== i)
        issues.push({
          path: jsonPath(['outlets', i, 'handles', j]),
          problem: `"${h}" is already a handle of outlets[${owner}]; a handle identifies one outlet`,
        });
      else handles.set(handleKey(h), i);
    });
  });
  return issues;
}

/** Where a claim names an outlet id: every `source.outletId` and `actor.outletId` of its events. */
export function claimOutletIssues(
  claim: Claim,
  at: number,
  outletIds: ReadonlySet<string> | undefined,
  formatVersion: number,
): Issue[] {
  const issues: Issue[] = [];
  if (outletIds === undefined) return issues;
  claim.events.forEach((e, i) => {
    const named: [string, string | undefined][] = [
      ['source', e.source.outletId],
      ['actor', e.actor?.outletId],
    ];
    for (const [field, outletId] of named) {
      if (outletId === undefined) continue;
      const path = jsonPath(['claims', at, 'events', i, field, 'outletId']);
      if (formatVersion < DATASET_FORMAT_VERSION_OUTLETS)
        issues.push({
          path,
          problem: `is a field of format version ${DATASET_FORMAT_VERSION_OUTLETS}; set "formatVersion" to ${DATASET_FORMAT_VERSION_OUTLETS}`,
        });
      else if (!outletIds.has(outletId))
        issues.push({ path, problem: `"${outletId}" is not the id of an outlet in this file's "outlets"` });
    }
  });
  return issues;
}
