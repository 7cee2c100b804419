/**
 * A remembered claim as the popup and "Your claims" list it (MemoryEntry): claim-1 of the sample
 * desk, read on Euro Weekly News as unconfirmed and denied since, not yet seen. Each test overrides
 * what it is about.
 */
import { verdictFor } from '../../src/engine/index';
import type { MemoryEntry } from '../../src/shared/messages';
import { sampleClaim } from './dataset-samples';

export const MEMORY_CLAIM = sampleClaim('claim-1');
/** Noon where the reader is on 4 March 2024: the day the article was read. */
export const READ_AT = new Date(2024, 2, 4, 12).getTime();

export function memoryEntry(overrides: Partial<MemoryEntry> = {}): MemoryEntry {
  const claim = MEMORY_CLAIM;
  return {
    key: 'desk\u0000claim-1',
    claimId: 'claim-1',
    datasetId: 'desk',
    claimText: claim.text,
    shown: {
      status: 'unconfirmed',
      verdict: { status: 'unconfirmed', relation: 'none', days: null },
    },
    readAt: READ_AT,
    article: { title: 'The minister resigned', outlet: 'Euro Weekly News', site: 'euroweeklynews.com' },
    followed: false,
    now: 'denied',
    current: {
      claim,
      datasetId: 'desk',
      datasetTitle: 'Desk',
      datasetAsOf: '2024-04-02',
      verdict: verdictFor(claim, undefined),
    },
    disagreeing: [],
    changed: true,
    unseen: true,
    ...overrides,
  };
}
