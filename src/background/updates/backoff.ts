/**
 * Waiting between attempts. Exponential, with jitter so that many readers whose checks failed
 * together (a publisher's outage) do not all come back in the same second. Pure: the random
 * source is a parameter.
 */
import { FAILURE_BACKOFF_BASE_MS, MAX_RETRY_AFTER_MS, RETRY_BASE_MS, RETRY_CAP_MS } from './policy';

/** "Full jitter": uniformly in [0, min(cap, base × 2^attempt)]. `attempt` counts from 0. */
export function retryDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/**
 * When to check again after `failures` failed checks in a row (1 after the first): 5 min, 10, 20…
 * up to the reader's interval, the upper half jittered ("equal jitter": never sooner than half the
 * step, so a failing server is not hammered). A server's Retry-After postpones it, up to a day.
 */
export function nextCheckAfterFailure(
  now: number,
  failures: number,
  intervalMs: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  const step = Math.min(intervalMs, FAILURE_BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = step / 2 + random() * (step / 2);
  const wait = Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
  return now + Math.round(wait);
}
