/**
 * How many changes to claims read the reader has not been shown: the toolbar badge's count when a
 * tab has no count of its own (badge.ts). Kept in memory, read from the database after a worker start.
 */
import { isUnseen } from './compare';
import { listReadings } from './store';

let count: number | undefined;

export async function unseenCount(): Promise<number> {
  if (count === undefined) {
    try {
      count = (await listReadings()).filter(isUnseen).length;
    } catch {
      // No database (storage broken): no count, and the badge shows the tab's own state.
      return 0;
    }
  }
  return count;
}

export function setUnseenCount(n: number): void {
  count = n;
}
