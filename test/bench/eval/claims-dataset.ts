/** A plain claim collection (vclaims.jsonl records) as an Afterword dataset: no anchors, no events. */
import type { Dataset } from '../../../src/engine/model';
import type { RankClaim } from '../../../src/engine/rank/types';

export function asDataset(id: string, claims: readonly RankClaim[]): Dataset {
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id,
    version: 1,
    title: id,
    asOf: '2022-01-01',
    publisher: { name: 'CheckThat! (evaluation only)' },
    license: { id: 'research-only' },
    claims: claims.map((c) => ({
      id: c.id,
      text: c.claim,
      language: 'en',
      paraphrases: c.title ? [{ text: c.title, language: 'en' }] : [],
      anchors: [],
      tags: [],
      events: [],
    })),
  };
}
