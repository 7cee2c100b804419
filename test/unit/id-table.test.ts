/**
 * Claim ids → positions (background/id-table.ts): built when an installed version's index is
 * stored and read back with it, so a worker's first match does not decode and hash every id of a
 * large dataset. Found positions must be the index's own, whether the table was stored or built.
 */
import { describe, expect, it } from 'vitest';
import { buildIdTable, findId, fitsIndex } from '../../src/background/id-table';
import { indexRecords } from '../../src/background/store/db';
import { buildIndex, ENGINE_INDEX_VERSION, loadIndex, serializeIndex } from '../../src/engine/index';
import { desk } from '../support/dataset-host';
import { sampleClaim } from '../support/dataset-samples';

/** A dataset of `n` claims, the last one repeating the id of the first. */
function dataset(n: number) {
  const d = desk(1);
  d.claims = Array.from({ length: n }, (_, i) =>
    sampleClaim(i === n - 1 ? 'pier-0' : `pier-${i}`, {
      text: `The harbour authority closed pier ${i} for repairs.`,
      paraphrases: [],
    }),
  );
  return d;
}

describe('the claim id table', () => {
  const index = buildIndex([dataset(40)]);
  const table = buildIdTable(index);

  it('finds every id at its own position, a repeated id at its first, and no id the index lacks', () => {
    for (let i = 0; i < 39; i++) expect(findId(table, index, `pier-${i}`)).toBe(i);
    expect(index.claims.id(39)).toBe('pier-0');
    expect(findId(table, index, 'pier-0')).toBe(0);
    for (const id of ['pier-40', '', 'PIER-1', 'pier-1 ']) expect(findId(table, index, id)).toBeUndefined();
  });

  it('serves an index of its size only', () => {
    expect(fitsIndex(table, index)).toBe(true);
    expect(fitsIndex(undefined, index)).toBe(false);
    expect(fitsIndex(buildIdTable(buildIndex([dataset(200)])), index)).toBe(false);
    expect(fitsIndex({ slots: table.slots, hashes: new Uint32Array(2) }, index)).toBe(false);
  });

  it('is stored with an installed version and finds the same positions in the index read back', () => {
    const serialized = serializeIndex(index);
    const { index: record } = indexRecords('src-1', 1, serialized, ENGINE_INDEX_VERSION);
    const stored = structuredClone(record); // as IndexedDB hands it back
    const loaded = loadIndex(stored.index, () => {
      throw new Error('no claim records are needed to find an id');
    });
    expect(fitsIndex(stored.ids, loaded)).toBe(true);
    for (let i = 0; i < 39; i++) expect(findId(stored.ids!, loaded, `pier-${i}`)).toBe(i);
    expect(findId(stored.ids!, loaded, 'pier-40')).toBeUndefined();
  });
});
