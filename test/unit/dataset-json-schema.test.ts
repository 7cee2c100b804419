/** The JSON Schema for editors: generated from the validator's limits and patterns, and agreeing with it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/dataset/json-schema';
import { checkDataset } from '../../src/dataset/schema';
import { defaultDataset } from '../support/dataset';
import { datasetArb, sampleDataset, type LooseJson } from '../support/dataset-samples';
import { jsonSchemaProblems } from '../support/json-schema-check';

const published = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'src', 'dataset', 'afterword-dataset.schema.json'),
    'utf8',
  ),
);

describe('src/dataset/afterword-dataset.schema.json', () => {
  it('is what `afterword dataset schema` generates (regenerate it when the limits change)', () => {
    expect(published).toEqual(datasetJsonSchema());
  });

  it('accepts the bundled default dataset', () => {
    expect(jsonSchemaProblems(published, defaultDataset)).toEqual([]);
  });

  it('accepts every dataset the validator accepts', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(checkDataset(d).issues).toEqual([]);
        expect(jsonSchemaProblems(published, d)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses, as the validator does, what it can express', () => {
    const cases: [string, (d: LooseJson) => void][] = [
      ['unknown field', (d) => (d.extra = 1)],
      ['missing claims', (d) => delete d.claims],
      ['unknown event type', (d) => (d.claims[0].events[0].type = 'debunked')],
      ['rated without rating', (d) => (d.claims[0].events[0].type = 'rated')],
      ['rating on a report', (d) => (d.claims[0].events[0].rating = { label: 'False', value: 'false' })],
      ['javascript: URL', (d) => (d.claims[0].events[0].source.url = 'javascript:alert(1)')],
      ['http: URL', (d) => (d.publisher.url = 'http://example.com/')],
      ['date in words', (d) => (d.claims[0].events[0].date = '4 March 2024')],
      ['asOf without a day', (d) => (d.asOf = '2024')],
      ['empty text', (d) => (d.claims[0].text = ' ')],
      ['no events', (d) => (d.claims[0].events = [])],
      ['bad id', (d) => (d.claims[0].id = '-x')],
      ['version 0', (d) => (d.version = 0)],
    ];
    for (const [what, edit] of cases) {
      const d = structuredClone(sampleDataset()) as LooseJson;
      edit(d);
      expect(checkDataset(d).issues, what).not.toEqual([]);
      expect(jsonSchemaProblems(published, d), what).not.toEqual([]);
    }
  });
});
