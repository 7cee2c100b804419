/**
 * An outlet's record in words and in JSON, shared by `afterword outlets` and `afterword match
 * --url`. The words say what happened later ("later denied"), never what to think of the outlet.
 */
import {
  formatDate,
  parseDate,
  type ClaimStatus,
  type DirectoryOutlet,
  type FollowUp,
  type OutletRecord,
} from '../engine/index';

/** The record as `outlets --json` and `match --url --json` print it: counts and claims, no directory internals. */
export type RecordJson = Omit<OutletRecord, 'outlet'>;

export interface OutletJson {
  id: string;
  name: string;
  kind: DirectoryOutlet['kind'];
  domains: string[];
  handles: string[];
  aliases: string[];
  /** Each dataset that lists it, with its id there. */
  datasets: DirectoryOutlet['members'];
  record: RecordJson;
}

export function recordJson(record: OutletRecord): RecordJson {
  const { outlet: _outlet, ...rest } = record;
  return rest;
}

export function outletJson(record: OutletRecord): OutletJson {
  const o = record.outlet;
  return {
    id: o.key,
    name: o.name,
    kind: o.kind,
    domains: o.domains,
    handles: o.handles,
    aliases: o.aliases,
    datasets: o.members,
    record: recordJson(record),
  };
}

/** Status words as the timeline says them: what happened later, never a judgment of the outlet. */
export const STATUS_WORDS: Record<ClaimStatus, string> = {
  denied: 'later denied',
  confirmed: 'later confirmed',
  'rated-false': 'later rated false',
  'rated-true': 'later rated true',
  'rated-mixed': 'later rated mixed or misleading',
  retracted: 'later retracted',
  unconfirmed: 'unconfirmed',
};

export const FOLLOW_UP_WORDS: Record<FollowUp, string> = {
  'reported-outcome': 'it later reported the outcome',
  corrected: 'it later corrected its report',
  retracted: 'it later retracted its report',
};

export const day = (date: string) => {
  const p = parseDate(date);
  return p ? formatDate(p) : date;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "reported 3 claims: 2 later denied, 1 unconfirmed; afterwards it reported the outcome of 1". */
export function summaryLine(r: RecordJson): string {
  if (r.reported === 0) return 'no reported claims in these datasets';
  const statuses: [number, string][] = [
    [r.denied, STATUS_WORDS.denied],
    [r.confirmed, STATUS_WORDS.confirmed],
    [r.ratedFalse, STATUS_WORDS['rated-false']],
    [r.ratedTrue, STATUS_WORDS['rated-true']],
    [r.ratedMixed, STATUS_WORDS['rated-mixed']],
    [r.withdrawn, STATUS_WORDS.retracted],
    [r.unconfirmed, STATUS_WORDS.unconfirmed],
  ];
  const followUps: [number, string][] = [
    [r.reportedOutcome, 'reported the outcome of'],
    [r.corrected, 'corrected'],
    [r.retracted, 'retracted'],
  ];
  const now = statuses.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
  const after = followUps.filter(([n]) => n > 0).map(([n, w]) => `${w} ${n}`);
  return `reported ${plural(r.reported, 'claim')}: ${now.join(', ')}${after.length ? `; afterwards it ${after.join(', ')}` : ''}`;
}
