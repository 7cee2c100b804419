/**
 * The unit projects' global setup (vitest.config.ts): the tests run in one reader's time zone,
 * whatever the machine's, and not in UTC, where a date taken from the UTC day instead of the
 * reader's reads the same and a mistake would pass unseen. California is 7 or 8 hours behind UTC,
 * so an evening there is already the next day in UTC (options-paused-day, popup-stale).
 *
 * Set here, in vitest's own process before it starts the test workers: a worker thread shares its
 * process's time zone, and assigning process.env.TZ inside one does not change it.
 */
export const READER_TIME_ZONE = 'America/Los_Angeles';

export default function setup(): void {
  process.env.TZ = READER_TIME_ZONE;
}
