/**
 * How long the reading memory keeps what it remembers, and how much: pure, so the rules are
 * tested without a browser. Claims older than the reader's retention go first; past the cap, the
 * oldest go until the memory is back to it.
 */
import { DEFAULT_MEMORY_RETENTION_DAYS } from '../../shared/messages';

/** At most this many claims are remembered; the oldest read is forgotten first. */
export const MEMORY_CAP = 10_000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Dated {
  key: string;
  readAt: number;
}

/** The keys to forget at `now`: read before the retention period, then the oldest past `cap`. */
export function toForget(
  records: readonly Dated[],
  now: number,
  retentionDays = DEFAULT_MEMORY_RETENTION_DAYS,
  cap = MEMORY_CAP,
): string[] {
  const cutoff = now - retentionDays * DAY_MS;
  const expired = records.filter((r) => r.readAt < cutoff);
  const kept = records
    .filter((r) => r.readAt >= cutoff)
    .sort((a, b) => a.readAt - b.readAt || (a.key < b.key ? -1 : 1));
  const over = Math.max(0, kept.length - cap);
  return [...expired, ...kept.slice(0, over)].map((r) => r.key);
}
