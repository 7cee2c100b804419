/** When to check again: the server's freshness within its clamp, and the backoff after failures. */
import { describe, expect, it } from 'vitest';
import { nextCheckAfterFailure, retryDelay } from '../../src/background/updates/backoff';
import { freshnessOf, nextCheckAfterSuccess, retryAfterOf } from '../../src/background/updates/freshness';
import {
  FAILURE_BACKOFF_BASE_MS,
  MAX_RETRY_AFTER_MS,
  MAX_SERVER_FRESHNESS_MS,
  RETRY_CAP_MS,
  TIME,
} from '../../src/background/updates/policy';

const h = (headers: Record<string, string>) => new Headers(headers);
const NOW = Date.parse('2026-11-24T12:00:00Z');

describe('freshnessOf', () => {
  it('reads max-age, minus Age, and clamps it', () => {
    expect(freshnessOf(h({ 'cache-control': 'public, max-age=3600' }), NOW)).toBe(3_600_000);
    expect(freshnessOf(h({ 'cache-control': 'max-age=3600', age: '600' }), NOW)).toBe(3_000_000);
    expect(freshnessOf(h({ 'cache-control': 'max-age=99999999' }), NOW)).toBe(MAX_SERVER_FRESHNESS_MS);
    expect(freshnessOf(h({ 'cache-control': 'max-age=abc' }), NOW)).toBe(0);
  });

  it('says nothing is fresh under no-cache, no-store or without any header', () => {
    expect(freshnessOf(h({ 'cache-control': 'no-cache, max-age=3600' }), NOW)).toBe(0);
    expect(freshnessOf(h({ 'cache-control': 'no-store' }), NOW)).toBe(0);
    expect(freshnessOf(h({}), NOW)).toBe(0);
  });

  it('reads Expires against the server’s Date, and an invalid Expires as expired', () => {
    expect(
      freshnessOf(
        h({ expires: 'Tue, 24 Nov 2026 14:00:00 GMT', date: 'Tue, 24 Nov 2026 13:00:00 GMT' }),
        NOW,
      ),
    ).toBe(3_600_000);
    expect(freshnessOf(h({ expires: 'Tue, 24 Nov 2026 13:00:00 GMT' }), NOW)).toBe(3_600_000);
    expect(freshnessOf(h({ expires: '0' }), NOW)).toBe(0);
    // max-age wins over Expires (RFC 9111 §5.3).
    expect(
      freshnessOf(h({ expires: 'Tue, 24 Nov 2026 14:00:00 GMT', 'cache-control': 'max-age=60' }), NOW),
    ).toBe(60_000);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterOf(h({ 'retry-after': '120' }), NOW)).toBe(120_000);
    expect(retryAfterOf(h({ 'retry-after': 'Tue, 24 Nov 2026 12:10:00 GMT' }), NOW)).toBe(600_000);
    expect(retryAfterOf(h({}), NOW)).toBeUndefined();
  });
});

describe('the next check', () => {
  it('after a success: the reader’s interval, or later when the server asks', () => {
    expect(nextCheckAfterSuccess(NOW, TIME.DAY, 0)).toBe(NOW + TIME.DAY);
    expect(nextCheckAfterSuccess(NOW, TIME.HOUR, 6 * TIME.HOUR)).toBe(NOW + 6 * TIME.HOUR);
    expect(nextCheckAfterSuccess(NOW, TIME.DAY, TIME.HOUR)).toBe(NOW + TIME.DAY);
  });

  it('after failures: doubling from 5 minutes, jittered in the upper half, never past the interval', () => {
    const at = (failures: number, random: number) =>
      nextCheckAfterFailure(NOW, failures, TIME.DAY, () => random) - NOW;
    expect(at(1, 0)).toBe(FAILURE_BACKOFF_BASE_MS / 2);
    expect(at(1, 1)).toBe(FAILURE_BACKOFF_BASE_MS);
    expect(at(3, 1)).toBe(4 * FAILURE_BACKOFF_BASE_MS);
    expect(at(30, 1)).toBe(TIME.DAY);
    expect(nextCheckAfterFailure(NOW, 1, TIME.DAY, () => 0, 2 * TIME.HOUR) - NOW).toBe(2 * TIME.HOUR);
    expect(nextCheckAfterFailure(NOW, 1, TIME.DAY, () => 0, 30 * TIME.DAY) - NOW).toBe(MAX_RETRY_AFTER_MS);
  });

  it('within a check: full jitter up to the cap', () => {
    expect(retryDelay(0, () => 1)).toBe(1000);
    expect(retryDelay(10, () => 1)).toBe(RETRY_CAP_MS);
    expect(retryDelay(10, () => 0)).toBe(0);
  });
});
