/** A dataset in numbers, for publishers checking an import or a build before they ship it. */
import { type Dataset, deriveStatus, formatDate, parseDate, sortKey } from '../engine/index';
import { STATUS_WORDS, plural } from './words';

export interface DatasetStats {
  claims: number;
  events: number;
  byStatus: Record<string, number>;
  byEventType: Record<string, number>;
  byRating: Record<string, number>;
  languages: Record<string, number>;
  claimsWithoutAnchors: number;
  firstEvent?: string;
  lastEvent?: string;
  topOutlets: [string, number][];
}

const count = (m: Record<string, number>, k: string) => void (m[k] = (m[k] ?? 0) + 1);
const sorted = (m: Record<string, number>) =>
  Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

export function datasetStats(d: Dataset): DatasetStats {
  const s: DatasetStats = {
    claims: d.claims.length,
    events: 0,
    byStatus: {},
    byEventType: {},
    byRating: {},
    languages: {},
    claimsWithoutAnchors: 0,
    topOutlets: [],
  };
  const outlets: Record<string, number> = {};
  let first: number | undefined;
  let last: number | undefined;
  for (const c of d.claims) {
    count(s.byStatus, deriveStatus(c.events).status);
    count(s.languages, c.language);
    if (c.anchors.length === 0) s.claimsWithoutAnchors++;
    for (const e of c.events) {
      s.events++;
      count(s.byEventType, e.type);
      count(outlets, e.source.outlet);
      if (e.rating) count(s.byRating, e.rating.value);
      const key = sortKey(parseDate(e.date)!);
      if (first === undefined || key < first) [first, s.firstEvent] = [key, e.date];
      if (last === undefined || key > last) [last, s.lastEvent] = [key, e.date];
    }
  }
  s.topOutlets = sorted(outlets).slice(0, 10);
  return s;
}

const list = (m: Record<string, number>, words: (k: string) => string = (k) => k) =>
  sorted(m)
    .map(([k, n]) => `${n.toLocaleString('en-US')} ${words(k)}`)
    .join(', ') || 'none';

export function describeStats(d: Dataset, bytes?: number): string[] {
  const s = datasetStats(d);
  const day = (x?: string) => (x ? formatDate(parseDate(x)!) : '–');
  return [
    `${d.id} version ${d.version}: “${d.title}”, data as of ${day(d.asOf)}, published by ${d.publisher.name}, licence ${d.license.id}`,
    `${plural(s.claims, 'claim')}, ${plural(s.events, 'event')}${bytes === undefined ? '' : `, ${bytes.toLocaleString('en-US')} bytes`}`,
    `status: ${list(s.byStatus, (k) => STATUS_WORDS[k as keyof typeof STATUS_WORDS])}`,
    `events: ${list(s.byEventType)}`,
    `ratings: ${list(s.byRating)}`,
    `claim languages: ${list(s.languages)}`,
    `events from ${day(s.firstEvent)} to ${day(s.lastEvent)}`,
    `claims without anchors (the engine cannot find them in articles until anchors are added): ${s.claimsWithoutAnchors.toLocaleString('en-US')}`,
    `most cited outlets: ${s.topOutlets.map(([o, n]) => `${o} (${n.toLocaleString('en-US')})`).join(', ') || 'none'}`,
  ];
}
