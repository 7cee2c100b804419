/**
 * Format 1.1's outlets: every version 1 file stays valid and byte for byte canonical; outlets and
 * outletId are checked as the rest of the format (paths and problems), hostile values are refused
 * or kept as plain text, and the JSON Schema agrees with the validator on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/dataset/export';
import { parseDataset } from '../../src/dataset/parse';
import { checkDataset, DatasetError, validateDataset } from '../../src/dataset/schema';
import type { Dataset, Outlet } from '../../src/engine/model';
import { datasetArb, encode, sampleDataset, type LooseJson } from '../support/dataset-samples';
import { jsonSchemaProblems } from '../support/json-schema-check';

const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'src', 'dataset', 'afterword-dataset.schema.json'),
    'utf8',
  ),
);

const NEWS: Outlet = {
  id: 'example-news',
  name: 'Example News',
  kind: 'news',
  domains: ['news.example', 'example.co.uk'],
  handles: ['@examplenews'],
  aliases: ['Example Daily'],
};
const CHANNEL: Outlet = {
  id: 'a-channel',
  name: '@a_channel',
  kind: 'telegram',
  domains: [],
  handles: ['@a_channel'],
  aliases: [],
  source: { outlet: 'Example News', url: 'https://news.example/a' },
  note: 'Named in the article as the channel that posted it first.',
};

/** The sample dataset as version 1.1 with two outlets, its report linked to one, its denial's actor to the other. */
function withOutlets(): LooseJson {
  const d = structuredClone(sampleDataset()) as LooseJson;
  d.formatVersion = 1.1;
  d.outlets = [structuredClone(NEWS), structuredClone(CHANNEL)];
  d.claims[0].events[0].source.outletId = 'example-news';
  d.claims[0].events[1].actor.outletId = 'a-channel';
  return d;
}

function refusal(value: unknown): { path: string; problem: string } {
  try {
    validateDataset(value);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return { path: (e as DatasetError).path, problem: (e as DatasetError).problem };
  }
  throw new Error('expected the dataset to be refused');
}

describe('version 1 files', () => {
  it('stay valid, and their canonical form has no outlets field', () => {
    const d = sampleDataset();
    expect(validateDataset(d)).toEqual(d);
    expect(toCanonicalJson(parseDataset(encode(d)))).not.toContain('outlets');
  });

  it('may also say 1.1 without outlets', () => {
    expect(() => validateDataset({ ...sampleDataset(), formatVersion: 1.1 })).not.toThrow();
  });
});

describe('a version 1.1 file with outlets', () => {
  it('validates and comes back with the same content', () => {
    expect(validateDataset(withOutlets())).toEqual(withOutlets());
  });

  it('is written with its outlets sorted by id, after the licence, with outletId last in a source', () => {
    const text = toCanonicalJson(parseDataset(encode(withOutlets())));
    const parsed = JSON.parse(text) as Dataset;
    expect(Object.keys(parsed)).toEqual([
      'format',
      'formatVersion',
      'id',
      'version',
      'title',
      'asOf',
      'publisher',
      'license',
      'outlets',
      'claims',
    ]);
    expect(parsed.outlets!.map((o) => o.id)).toEqual(['a-channel', 'example-news']);
    expect(Object.keys(parsed.claims[0]!.events[0]!.source).at(-1)).toBe('outletId');
    expect(toCanonicalJson(parseDataset(encode(text)))).toBe(text);
  });

  it('keeps markup in outlet text fields as plain text', () => {
    const html = '<script>alert(1)</script><b>bold</b>';
    const d = withOutlets();
    d.outlets[0].name = html;
    d.outlets[0].aliases = [html];
    d.outlets[0].note = html;
    expect(parseDataset(encode(d)).outlets![0]!.name).toBe(html);
  });
});

describe('refusals, each naming the JSON path and the problem', () => {
  const cases: [string, (d: LooseJson) => void, string, RegExp][] = [
    [
      'outlets in a version 1 file',
      (d) => (d.formatVersion = 1),
      '$.outlets',
      /field of format version 1\.1; set "formatVersion" to 1\.1/,
    ],
    [
      'an unknown kind',
      (d) => (d.outlets[0].kind = 'tabloid'),
      '$.outlets[0].kind',
      /must be one of news, agency/,
    ],
    ['an outlet without handles', (d) => delete d.outlets[0].handles, '$.outlets[0].handles', /is required/],
    ['an unknown outlet field', (d) => (d.outlets[0].twitter = 'x'), '$.outlets[0].twitter', /not a field/],
    [
      'a subdomain',
      (d) => (d.outlets[0].domains = ['www.news.example']),
      '$.outlets[0].domains[0]',
      /registrable domain: "www.news.example" is part of "news.example"; give "news.example"/,
    ],
    [
      'a domain under a public suffix',
      (d) => (d.outlets[0].domains = ['news.bbc.co.uk']),
      '$.outlets[0].domains[0]',
      /give "bbc.co.uk"/,
    ],
    [
      'a bare public suffix',
      (d) => (d.outlets[0].domains = ['co.uk']),
      '$.outlets[0].domains[0]',
      /public suffix/,
    ],
    ['upper case', (d) => (d.outlets[0].domains = ['News.example']), '$.outlets[0].domains[0]', /lower case/],
    [
      'a URL for a domain',
      (d) => (d.outlets[0].domains = ['https://news.example/']),
      '$.outlets[0].domains[0]',
      /no scheme, path/,
    ],
    [
      'a platform hosting many outlets',
      (d) => (d.outlets[1].domains = ['t.me']),
      '$.outlets[1].domains[0]',
      /platform hosting many outlets; give the outlet's handle/,
    ],
    ['a handle without @', (d) => (d.outlets[1].handles = ['a_channel']), '$.outlets[1].handles[0]', /"@"/],
    [
      'a handle that is a URL',
      (d) => (d.outlets[1].handles = ['@https://t.me/x']),
      '$.outlets[1].handles[0]',
      /must be a handle/,
    ],
    [
      'a country in words',
      (d) => (d.outlets[0].country = 'Kazakhstan'),
      '$.outlets[0].country',
      /two-letter/,
    ],
    ['a script URL', (d) => (d.outlets[0].url = 'javascript:alert(1)'), '$.outlets[0].url', /https/],
    [
      'an outletId in an outlet source',
      (d) => (d.outlets[1].source.outletId = 'example-news'),
      '$.outlets[1].source.outletId',
      /not a field/,
    ],
    [
      'two outlets with one id',
      (d) => (d.outlets[1].id = 'example-news'),
      '$.outlets[1].id',
      /already the id of outlets\[0\]/,
    ],
    [
      'two outlets with one domain',
      (d) => (d.outlets[1].domains = ['example.co.uk']),
      '$.outlets[1].domains[0]',
      /already a domain of outlets\[0\]/,
    ],
    [
      'two outlets with one handle, in other case',
      (d) => (d.outlets[1].handles = ['@ExampleNews']),
      '$.outlets[1].handles[0]',
      /already a handle of outlets\[0\]/,
    ],
    [
      'an outletId naming no outlet',
      (d) => (d.claims[0].events[0].source.outletId = 'missing'),
      '$.claims[0].events[0].source.outletId',
      /"missing" is not the id of an outlet/,
    ],
    [
      'an actor outletId naming no outlet',
      (d) => (d.claims[0].events[1].actor.outletId = 'missing'),
      '$.claims[0].events[1].actor.outletId',
      /"missing" is not the id of an outlet/,
    ],
  ];
  for (const [what, edit, path, problem] of cases) {
    it(what, () => {
      const d = withOutlets();
      edit(d);
      const e = refusal(d);
      expect(e.path).toBe(path);
      expect(e.problem).toMatch(problem);
    });
  }

  it('an outletId in a version 1 file', () => {
    const d = structuredClone(sampleDataset()) as LooseJson;
    d.claims[0].events[0].source.outletId = 'x';
    expect(refusal(d)).toEqual({
      path: '$.claims[0].events[0].source.outletId',
      problem: 'is a field of format version 1.1; set "formatVersion" to 1.1',
    });
  });

  it('a "__proto__" key in an outlet is refused before anything copies it', () => {
    const text = JSON.stringify(withOutlets()).replace('"kind":"news"', '"kind":"news","__proto__":{"x":1}');
    expect(() => parseDataset(encode(text))).toThrow(/reserved by JavaScript/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('more outlets than the limit are refused by count', () => {
    const d = withOutlets();
    d.outlets = Array.from({ length: 10_001 }, (_, i) => ({
      ...NEWS,
      id: `o${i}`,
      domains: [],
      handles: [],
    }));
    expect(refusal(d)).toMatchObject({ path: '$.outlets', problem: /at most 10000 outlets/ });
  });
});

describe('the JSON Schema', () => {
  it('accepts a file with outlets and refuses what it can express of the outlet rules', () => {
    expect(jsonSchemaProblems(schema, withOutlets())).toEqual([]);
    const refused: ((d: LooseJson) => void)[] = [
      (d) => (d.outlets[0].kind = 'tabloid'),
      (d) => (d.outlets[0].domains = ['https://news.example/']),
      (d) => (d.outlets[0].domains = ['News.example']),
      (d) => (d.outlets[1].handles = ['a_channel']),
      (d) => (d.outlets[0].country = 'kz'),
      (d) => (d.formatVersion = 1.2),
    ];
    for (const edit of refused) {
      const d = withOutlets();
      edit(d);
      expect(checkDataset(d).issues, edit.toString()).not.toEqual([]);
      expect(jsonSchemaProblems(schema, d), edit.toString()).not.toEqual([]);
    }
  });

  it('accepts every generated dataset with outlets the validator accepts', () => {
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.outlets !== undefined),
        (d) => {
          expect(checkDataset(d).issues).toEqual([]);
          expect(jsonSchemaProblems(schema, d)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
