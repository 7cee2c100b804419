/** diff, stats and build: what changed in words a reader understands, the numbers, the compiled files. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/dataset/compile';
import { ENGINE_INDEX_VERSION, loadIndex } from '../../src/engine/index';
import { describeDiff, diffDatasets } from '../../src/dataset/diff';
import { parseDataset } from '../../src/dataset/parse';
import { datasetStats, describeStats } from '../../src/dataset/stats';
import type { Claim, ClaimEvent, Dataset } from '../../src/engine/model';
import { defaultDataset } from '../support/dataset';
import { sampleClaim, sampleDataset } from '../support/dataset-samples';

const reported: ClaimEvent = { date: '2024-01-01', type: 'reported', source: { outlet: 'Paper' } };
const denied: ClaimEvent = { date: '2024-01-03', type: 'denied', source: { outlet: 'Wire' } };
const confirmed: ClaimEvent = { date: '2024-01-05', type: 'confirmed', source: { outlet: 'Wire' } };
const claim = (id: string, text: string, events: ClaimEvent[]): Claim => sampleClaim(id, { text, events });

describe('diff', () => {
  const before: Dataset = {
    ...sampleDataset([
      claim('a', 'Claim A', [reported]),
      claim('b', 'Claim B', [reported]),
      claim('c', 'Claim C', [reported]),
      claim('d', 'Claim D', [reported, denied]),
      claim('gone', 'Removed claim', [reported]),
      claim('same', 'Unchanged', [reported]),
      claim('more', 'More events', [reported, denied]),
    ]),
    version: 1,
    asOf: '2024-01-01',
  };
  const after: Dataset = {
    ...sampleDataset([
      claim('a', 'Claim A', [reported, denied]),
      claim('b', 'Claim B', [reported, denied]),
      claim('c', 'Claim C', [reported, denied]),
      claim('d', 'Claim D', [reported, denied, confirmed]),
      claim('new', 'New claim', [reported, denied]),
      claim('same', 'Unchanged', [reported]),
      claim('more', 'More events, reworded', [reported, denied, { ...denied, date: '2024-01-04' }]),
    ]),
    version: 2,
    asOf: '2024-02-01',
  };

  it('says what changed, in words', () => {
    expect(describeDiff(diffDatasets(before, after))).toEqual([
      'sample: version 1 → 2, data as of 1 Jan 2024 → 1 Feb 2024',
      '1 claim added',
      '  new: “New claim” (denied)',
      '1 claim removed',
      '  gone: “Removed claim”',
      '3 claims newly denied',
      '  a: “Claim A” (was unconfirmed)',
      '  b: “Claim B” (was unconfirmed)',
      '  c: “Claim C” (was unconfirmed)',
      '1 claim newly confirmed',
      '  d: “Claim D” (was denied)',
      '1 claim with new or changed events, status unchanged',
      '  more: “More events, reworded” (denied)',
      '1 claim reworded (text, paraphrases, anchors or tags)',
      '  more: “More events, reworded”',
    ]);
  });

  it('says when nothing changed, and warns when the version did not go up', () => {
    expect(describeDiff(diffDatasets(before, before))).toEqual([
      'sample: version 1 → 1, data as of 1 Jan 2024 → 1 Jan 2024',
      'note: the new version (1) is not higher than the old (1); the extension takes only higher versions as updates',
      'No claims added, removed or changed.',
    ]);
  });

  it('ignores the order claims and events are written in', () => {
    const shuffled = {
      ...after,
      claims: [...after.claims].reverse().map((c) => ({ ...c, events: [...c.events].reverse() })),
    };
    expect(diffDatasets(after, shuffled)).toMatchObject({
      added: [],
      removed: [],
      statusChanged: [],
      eventsChanged: [],
      reworded: [],
    });
  });
});

describe('stats', () => {
  it('counts the bundled default dataset', () => {
    const s = datasetStats(defaultDataset);
    expect(s.claims).toBe(defaultDataset.claims.length);
    expect(s.byStatus).toEqual({ denied: 4, confirmed: 1, unconfirmed: 1 });
    expect(s.claimsWithoutAnchors).toBe(0);
    expect(s.firstEvent).toBe('2022-06-17');
    expect(s.lastEvent).toBe('2024');
    expect(describeStats(defaultDataset)[2]).toBe('status: 4 denied, 1 confirmed, 1 unconfirmed');
  });
});

describe('build', () => {
  it('writes the compact canonical dataset, its engine index and a manifest with their SHA-256', async () => {
    const { manifest, files } = await compileDataset(defaultDataset);
    const [data, index, manifestFile] = files;
    expect(data!.name).toBe('afterword-default.json');
    expect(index!.name).toBe('afterword-default.index.bin');
    expect(manifestFile!.name).toBe('afterword-default.manifest.json');
    expect(manifest.index).toEqual({
      file: 'afterword-default.index.bin',
      engineIndexVersion: ENGINE_INDEX_VERSION,
      sha256: createHash('sha256').update(index!.bytes).digest('hex'),
      bytes: index!.bytes.byteLength,
    });
    // The index the extension would load matches the dataset as the engine builds it.
    const loaded = loadIndex(index!.bytes);
    expect(Array.from({ length: loaded.claims.length }, (_, i) => loaded.claims.id(i)).sort()).toEqual(
      defaultDataset.claims.map((c) => c.id).sort(),
    );
    expect(manifest).toMatchObject({
      format: 'afterword-compiled',
      formatVersion: 1,
      id: 'afterword-default',
      version: defaultDataset.version,
      claims: 6,
      dataset: 'afterword-default.json',
      bytes: data!.bytes.byteLength,
    });
    expect(manifest.sha256).toBe(createHash('sha256').update(data!.bytes).digest('hex'));
    expect(JSON.parse(new TextDecoder().decode(manifestFile!.bytes))).toEqual(manifest);
    expect(parseDataset(data!.bytes)).toEqual(
      parseDataset(new TextEncoder().encode(JSON.stringify(defaultDataset))),
    );
    expect(new TextDecoder().decode(data!.bytes)).not.toContain('\n  ');
  });

  it('gives the same bytes for the same data, whatever order it was written in', async () => {
    const reversed = { ...defaultDataset, claims: [...defaultDataset.claims].reverse() };
    expect((await compileDataset(reversed)).manifest.sha256).toBe(
      (await compileDataset(defaultDataset)).manifest.sha256,
    );
  });
});
