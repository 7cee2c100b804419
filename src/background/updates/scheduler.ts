/**
 * Automatic checks, on the alarms API so they survive the browser stopping the worker: one alarm,
 * set for the earliest check any enabled source is due for. When it fires, every due source is
 * checked (one after another: a 2-core machine and a 128 MiB file do not mix well in parallel),
 * and the alarm is set again.
 */
import browser from '../../shared/browser';
import { listSources } from '../store/sources';
import { MIN_ALARM_DELAY_MS } from './policy';

export const UPDATE_ALARM = 'afterword-dataset-updates';

/** Sources checked by the alarm: enabled subscriptions to a URL (an imported file has none). */
export const isScheduled = (s: { kind: string; enabled: boolean }): boolean => s.kind === 'url' && s.enabled;

/** Sets the alarm for the next due check, or clears it when nothing is subscribed. */
export async function reschedule(now = Date.now()): Promise<number | undefined> {
  const sources = (await listSources()).filter(isScheduled);
  if (sources.length === 0) {
    await browser.alarms.clear(UPDATE_ALARM);
    return undefined;
  }
  const due = Math.min(...sources.map((s) => s.nextCheck ?? now));
  const when = Math.max(due, now + MIN_ALARM_DELAY_MS);
  await browser.alarms.create(UPDATE_ALARM, { when });
  return when;
}

/** The ids of sources whose check is due at `now`. */
export async function dueSources(now = Date.now()): Promise<string[]> {
  // An alarm may fire a little early or late; a source due within the alarm delay is due now.
  return (await listSources())
    .filter((s) => isScheduled(s) && (s.nextCheck ?? 0) <= now + MIN_ALARM_DELAY_MS)
    .map((s) => s.id);
}
