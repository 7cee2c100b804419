/**
 * The numbers behind two update rules, as pure functions: when an update changes too much at once
 * to be installed without asking (the mass-change hold), and when a source is stale.
 */
import { describe, expect, it } from 'vitest';
import { isMassChange } from '../../src/background/updates/change';
import { isStale } from '../../src/background/updates/freshness';
import {
  MASS_CHANGE_MIN_CLAIMS,
  MASS_REMOVAL_SHARE,
  MASS_STATUS_SHARE,
  STALE_AFTER_MS,
} from '../../src/background/updates/policy';
import type { ChangeSummary } from '../../src/shared/messages';

const summary = (over: Partial<ChangeSummary>): ChangeSummary => ({
  fromVersion: 1,
  toVersion: 2,
  at: 0,
  added: 0,
  removed: 0,
  newly: {},
  eventsChanged: 0,
  reworded: 0,
  ...over,
});

describe('the mass-change rule', () => {
  it('holds more than the status share, at or above the minimum count; not at the share exactly', () => {
    // 100 claims: 20 % is 20 claims; more than 20 is held.
    expect(MASS_STATUS_SHARE).toBe(0.2);
    expect(isMassChange(summary({ newly: { denied: 20 } }), 100)).toBe(false);
    expect(isMassChange(summary({ newly: { denied: 20, confirmed: 1 } }), 100)).toBe(true);
  });

  it('holds more than the removal share the same way', () => {
    expect(MASS_REMOVAL_SHARE).toBe(0.2);
    expect(isMassChange(summary({ removed: 20 }), 100)).toBe(false);
    expect(isMassChange(summary({ removed: 21 }), 100)).toBe(true);
  });

  it('does not hold a small dataset below the minimum count, whatever the share', () => {
    const below = MASS_CHANGE_MIN_CLAIMS - 1;
    expect(isMassChange(summary({ newly: { denied: 1 } }), 3)).toBe(false);
    expect(isMassChange(summary({ newly: { denied: below } }), below)).toBe(false);
    expect(isMassChange(summary({ removed: below }), below)).toBe(false);
    expect(isMassChange(summary({ newly: { denied: MASS_CHANGE_MIN_CLAIMS } }), MASS_CHANGE_MIN_CLAIMS)).toBe(
      true,
    );
  });

  it('never holds a first install, nor additions alone', () => {
    expect(isMassChange(summary({ fromVersion: 0, added: 500 }), 0)).toBe(false);
    expect(isMassChange(summary({ added: 500 }), 10)).toBe(false);
  });
});

describe('a stale source', () => {
  const DAY = 24 * 3600_000;
  const url = { kind: 'url' as const, enabled: true, addedAt: 0 };

  it('is stale from STALE_AFTER_MS after its last success, not before', () => {
    expect(STALE_AFTER_MS).toBe(14 * DAY);
    const last = 100 * DAY;
    expect(isStale({ ...url, lastSuccess: last }, last + STALE_AFTER_MS - 1)).toBe(false);
    expect(isStale({ ...url, lastSuccess: last }, last + STALE_AFTER_MS)).toBe(true);
  });

  it('counts from when it was added if it never succeeded; a switched-off source or a file is never stale', () => {
    expect(isStale(url, STALE_AFTER_MS - 1)).toBe(false);
    expect(isStale(url, STALE_AFTER_MS)).toBe(true);
    expect(isStale({ ...url, enabled: false }, 10 * STALE_AFTER_MS)).toBe(false);
    expect(isStale({ ...url, kind: 'file' }, 10 * STALE_AFTER_MS)).toBe(false);
  });
});
