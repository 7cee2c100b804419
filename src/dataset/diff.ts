/**
 * What changed between two versions of a dataset, in the terms a reader cares about: claims added
 * and removed, and claims whose derived status changed ("3 claims newly denied").
 */
import {
  type Claim,
  type ClaimStatus,
  type Dataset,
  deriveStatus,
  formatDate,
  parseDate,
} from '../engine/index';
import { canonicalDataset } from './export';
import { NEWLY, STATUS_WORDS, claimLine, plural } from './words';

export interface StatusChange {
  claim: Claim;
  from: ClaimStatus;
  to: ClaimStatus;
}

export interface DatasetDiff {
  old: Pick<Dataset, 'id' | 'version' | 'asOf'>;
  new: Pick<Dataset, 'id' | 'version' | 'asOf'>;
  added: Claim[];
  removed: Claim[];
  statusChanged: StatusChange[];
  /** Claims whose events changed without changing the status. */
  eventsChanged: Claim[];
  /** Claims whose text, paraphrases, anchors or tags changed. */
  reworded: Claim[];
}

const statusOf = (c: Claim) => deriveStatus(c.events).status;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffDatasets(oldSet: Dataset, newSet: Dataset): DatasetDiff {
  const before = new Map(canonicalDataset(oldSet).claims.map((c) => [c.id, c]));
  const after = canonicalDataset(newSet).claims;
  const diff: DatasetDiff = {
    old: { id: oldSet.id, version: oldSet.version, asOf: oldSet.asOf },
    new: { id: newSet.id, version: newSet.version, asOf: newSet.asOf },
    added: [],
    removed: [],
    statusChanged: [],
    eventsChanged: [],
    reworded: [],
  };
  for (const claim of after) {
    const was = before.get(claim.id);
    before.delete(claim.id);
    if (!was) {
      diff.added.push(claim);
      continue;
    }
    const [from, to] = [statusOf(was), statusOf(claim)];
    if (from !== to) diff.statusChanged.push({ claim, from, to });
    else if (!same(was.events, claim.events)) diff.eventsChanged.push(claim);
    const { events: _a, ...wasRest } = was;
    const { events: _b, ...rest } = claim;
    if (!same(wasRest, rest)) diff.reworded.push(claim);
  }
  diff.removed = [...before.values()];
  return diff;
}

const day = (d: string) => {
  const p = parseDate(d);
  return p ? formatDate(p) : d;
};

/** The diff as lines of plain English: a summary line per kind of change, the claims under it. */
export function describeDiff(d: DatasetDiff): string[] {
  const lines: string[] = [];
  const head = d.old.id === d.new.id ? d.new.id : `${d.old.id} → ${d.new.id} (different datasets)`;
  lines.push(
    `${head}: version ${d.old.version} → ${d.new.version}, data as of ${day(d.old.asOf)} → ${day(d.new.asOf)}`,
  );
  if (d.new.version <= d.old.version) {
    lines.push(
      `note: the new version (${d.new.version}) is not higher than the old (${d.old.version}); the extension takes only higher versions as updates`,
    );
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(title);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    `${plural(d.added.length, 'claim')} added`,
    d.added.map((c) => `${claimLine(c.id, c.text)} (${STATUS_WORDS[statusOf(c)]})`),
  );
  section(
    `${plural(d.removed.length, 'claim')} removed`,
    d.removed.map((c) => claimLine(c.id, c.text)),
  );
  const byStatus = new Map<ClaimStatus, StatusChange[]>();
  for (const change of d.statusChanged) byStatus.set(change.to, [...(byStatus.get(change.to) ?? []), change]);
  for (const [to, changes] of byStatus) {
    section(
      `${plural(changes.length, 'claim')} ${NEWLY[to]}`,
      changes.map((c) => `${claimLine(c.claim.id, c.claim.text)} (was ${STATUS_WORDS[c.from]})`),
    );
  }
  section(
    `${plural(d.eventsChanged.length, 'claim')} with new or changed events, status unchanged`,
    d.eventsChanged.map((c) => `${claimLine(c.id, c.text)} (${STATUS_WORDS[statusOf(c)]})`),
  );
  section(
    `${plural(d.reworded.length, 'claim')} reworded (text, paraphrases, anchors or tags)`,
    d.reworded.map((c) => claimLine(c.id, c.text)),
  );
  if (lines.length === 1 || (lines.length === 2 && lines[1]!.startsWith('note:')))
    lines.push('No claims added, removed or changed.');
  return lines;
}
