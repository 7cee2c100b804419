/**
 * How long a server says its answer stays fresh (Cache-Control max-age, else Expires), and when
 * the next check is due. Pure: headers and clock in, milliseconds out.
 */
import { MAX_SERVER_FRESHNESS_MS, STALE_AFTER_MS } from './policy';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Freshness in ms, clamped to [0, MAX_SERVER_FRESHNESS_MS]; 0 when the server says nothing or
 * forbids caching (no-cache, no-store, max-age=0). The Age header is subtracted (RFC 9111 §4.2.3).
 */
export function freshnessOf(headers: HeaderSource, now: number): number {
  const clamp = (ms: number) => Math.max(0, Math.min(MAX_SERVER_FRESHNESS_MS, ms));
  const cacheControl = (headers.get('cache-control') ?? '').toLowerCase();
  const directives = new Map<string, string>();
  for (const part of cacheControl.split(',')) {
    const [name, value] = part.split('=', 2).map((x) => x.trim());
    if (name) directives.set(name, (value ?? '').replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store') || directives.has('no-cache')) return 0;
  const age = Math.max(0, Number(headers.get('age') ?? 0) || 0) * 1000;
  const maxAge = directives.get('max-age');
  if (maxAge !== undefined) {
    const seconds = /^\d+$/.test(maxAge) ? Number(maxAge) : 0;
    return clamp(seconds * 1000 - age);
  }
  const expires = headers.get('expires');
  if (expires) {
    const at = Date.parse(expires);
    // An invalid date (often "0") means already expired (RFC 9111 §5.3).
    if (Number.isNaN(at)) return 0;
    const date = Date.parse(headers.get('date') ?? '');
    // Relative to the server's own clock when it sent one, so a skewed reader clock does not matter.
    const base = Number.isNaN(date) ? now : date;
    return clamp(at - base - age);
  }
  return 0;
}

/** A Retry-After header (seconds or an HTTP date) in ms from now, or undefined. */
export function retryAfterOf(headers: HeaderSource, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * When to check again after a successful check: the reader's interval, postponed to the end of the
 * server's freshness when that is later (a server may ask for fewer requests, never for more).
 */
export function nextCheckAfterSuccess(now: number, intervalMs: number, freshnessMs: number): number {
  return now + Math.max(intervalMs, freshnessMs);
}

/**
 * Whether a subscription is stale: no successful check for STALE_AFTER_MS, counted from its last
 * success, or from when it was added if it never had one. A switched-off source is not checked on
 * purpose, so it is not called stale.
 */
export function isStale(
  source: { kind: 'url' | 'file'; enabled: boolean; addedAt: number; lastSuccess?: number },
  now: number,
): boolean {
  if (source.kind !== 'url' || !source.enabled) return false;
  return now - (source.lastSuccess ?? source.addedAt) >= STALE_AFTER_MS;
}
