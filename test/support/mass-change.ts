/**
 * Datasets for the mass-change hold: `n` claims, each only reported (unconfirmed), of which a later
 * version denies the first `denied` and drops the last `removed`.
 */
import type { Claim, Dataset } from '../../src/engine/model';
import { sampleClaim } from './dataset-samples';

export function board(version: number, n: number, { denied = 0, removed = 0, id = 'board' } = {}): Dataset {
  const claims: Claim[] = [];
  for (let i = 0; i < n - removed; i++) {
    const claim = sampleClaim(`claim-${i}`, { text: `Claim number ${i} happened on Monday.` });
    claims.push(i < denied ? claim : { ...claim, events: [claim.events[0]!] });
  }
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id,
    version,
    title: `Board ${id}`,
    asOf: '2024-04-01',
    publisher: { name: 'Example Board', url: 'https://board.example/' },
    license: { id: 'CC-BY-4.0' },
    claims,
  };
}
