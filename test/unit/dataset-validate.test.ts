/** The format's rules: each field's shape, each limit, and the checks that span fields, with their errors. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/engine/model';
import { LIMITS, MAX_REPORTED_ISSUES } from '../../src/dataset/limits';
import { checkDataset, DatasetError, validateDataset } from '../../src/dataset/schema';
import { sampleClaim, sampleDataset, type LooseJson } from '../support/dataset-samples';

/** The dataset with one change made through `edit`, as a plain JSON value. */
function mutated(edit: (d: LooseJson) => void): unknown {
  const d = structuredClone(sampleDataset()) as LooseJson;
  edit(d);
  return d;
}

function errorOf(value: unknown): { path: string; problem: string } {
  try {
    validateDataset(value);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return { path: (e as DatasetError).path, problem: (e as DatasetError).problem };
  }
  throw new Error('expected the dataset to be refused');
}

describe('a valid dataset', () => {
  it('passes and comes back with the same content', () => {
    expect(validateDataset(sampleDataset())).toEqual(sampleDataset());
  });

  it('may have claims without anchors (importers leave them to the engine)', () => {
    expect(() =>
      validateDataset(sampleDataset([sampleClaim('c', { anchors: [], paraphrases: [], tags: [] })])),
    ).not.toThrow();
  });

  it('trims text fields', () => {
    const d = validateDataset(mutated((d) => (d.claims[0].text = '  padded  ')));
    expect(d.claims[0]!.text).toBe('padded');
  });

  it('accepts reduced precision dates (YYYY, YYYY-MM) on events, the exception for sources that give no day', () => {
    for (const date of ['2024', '2024-03']) {
      expect(() => validateDataset(mutated((d) => (d.claims[0].events[0].date = date)))).not.toThrow();
    }
  });

  it('accepts http:// URLs on the loopback address only', () => {
    for (const url of ['http://localhost:8080/x', 'http://127.0.0.1/x', 'http://[::1]/']) {
      expect(() => validateDataset(mutated((d) => (d.claims[0].events[0].source.url = url)))).not.toThrow();
    }
  });
});

describe('refusals, each naming the JSON path and the problem', () => {
  const cases: [string, (d: LooseJson) => void, string, RegExp][] = [
    ['wrong format id', (d) => (d.format = 'other'), '$.format', /must be "afterword-dataset"/],
    ['a newer format version', (d) => (d.formatVersion = 2), '$.formatVersion', /must be 1/],
    ['a version as a string', (d) => (d.version = '1'), '$.version', /must be a number/],
    ['a fractional version', (d) => (d.version = 1.5), '$.version', /whole number/],
    ['claims as an object', (d) => (d.claims = {}), '$.claims', /must be an array/],
    ['a claim as an array', (d) => (d.claims[0] = []), '$.claims[0]', /must be an object, not an array/],
    ['a missing field', (d) => delete d.claims[0].text, '$.claims[0].text', /is required/],
    [
      'an unknown field',
      (d) => (d.claims[0].events[0].qoute = 'x'),
      '$.claims[0].events[0].qoute',
      /is not a field of the format/,
    ],
    [
      'an unknown event type',
      (d) => (d.claims[0].events[1].type = 'debunked'),
      '$.claims[0].events[1].type',
      /must be one of reported, denied, confirmed, rated, retracted, corrected/,
    ],
    ['an empty text', (d) => (d.claims[0].text = '   '), '$.claims[0].text', /must not be empty/],
    ['a number for a text', (d) => (d.claims[0].text = 42), '$.claims[0].text', /must be a string/],
    ['a claim without events', (d) => (d.claims[0].events = []), '$.claims[0].events', /at least one event/],
    ['an id with spaces', (d) => (d.claims[0].id = 'a b'), '$.claims[0].id', /letters, digits/],
    ['a bad language tag', (d) => (d.claims[0].language = 'English'), '$.claims[0].language', /language tag/],
    [
      '31 February',
      (d) => (d.claims[0].events[0].date = '2023-02-31'),
      '$.claims[0].events[0].date',
      /real date/,
    ],
    [
      'month 13',
      (d) => (d.claims[0].events[0].date = '2023-13-01'),
      '$.claims[0].events[0].date',
      /real date/,
    ],
    [
      'a date in words',
      (d) => (d.claims[0].events[0].date = '15 Sep 2022'),
      '$.claims[0].events[0].date',
      /real date/,
    ],
    [
      'hour 25',
      (d) => (d.claims[0].events[0].date = '2022-09-15T25:00Z'),
      '$.claims[0].events[0].date',
      /time that exists/,
    ],
    [
      'a time without a zone',
      (d) => (d.claims[0].events[0].date = '2022-09-15T10:00'),
      '$.claims[0].events[0].date',
      /Z or an offset/,
    ],
    [
      'an offset of +15:00',
      (d) => (d.claims[0].events[0].date = '2022-09-15T10:00+15:00'),
      '$.claims[0].events[0].date',
      /between -14:00 and \+14:00/,
    ],
    [
      'a three-digit year',
      (d) => (d.claims[0].events[0].date = '0999-01-01'),
      '$.claims[0].events[0].date',
      /four-digit year/,
    ],
    ['asOf without a day', (d) => (d.asOf = '2024-04'), '$.asOf', /must name a day/],
    [
      'a javascript: URL',
      (d) => (d.claims[0].events[0].source.url = 'javascript:alert(1)'),
      '$.claims[0].events[0].source.url',
      /https:\/\/ URL, not javascript:/,
    ],
    [
      'a data: URL',
      (d) => (d.publisher.url = 'data:text/html,<script>alert(1)</script>'),
      '$.publisher.url',
      /not data:/,
    ],
    [
      'an http: URL on the internet',
      (d) => (d.license.url = 'http://example.com/'),
      '$.license.url',
      /only for localhost/,
    ],
    [
      'a URL with credentials',
      (d) => (d.claims[0].events[0].source.url = 'https://user:pw@example.com/'),
      '$.claims[0].events[0].source.url',
      /user name or password/,
    ],
    [
      'a relative URL',
      (d) => (d.claims[0].events[0].source.url = '/path'),
      '$.claims[0].events[0].source.url',
      /absolute https/,
    ],
    [
      'a duplicate claim id',
      (d) => d.claims.push(structuredClone(d.claims[0])),
      '$.claims[1].id',
      /"claim-1" is already the id of claims\[0\]/,
    ],
    [
      'a rated event without a rating',
      (d) => (d.claims[0].events[1].type = 'rated'),
      '$.claims[0].events[1]',
      /"rated" event without a rating/,
    ],
    [
      'a rating on a denial',
      (d) => (d.claims[0].events[1].rating = { label: 'False', value: 'false' }),
      '$.claims[0].events[1].rating',
      /only allowed on "rated" events/,
    ],
    [
      'an unknown rating value',
      (d) => Object.assign(d.claims[0].events[1], { type: 'rated', rating: { label: 'x', value: 'pants' } }),
      '$.claims[0].events[1].rating.value',
      /must be one of false/,
    ],
  ];
  for (const [what, edit, path, problem] of cases) {
    it(what, () => {
      const e = errorOf(mutated(edit));
      expect(e.path).toBe(path);
      expect(e.problem).toMatch(problem);
    });
  }

  it('a root that is not an object', () => {
    expect(errorOf([sampleDataset()])).toEqual({ path: '$', problem: 'must be an object, not an array' });
    expect(errorOf(null)).toEqual({ path: '$', problem: 'must be an object' });
    expect(errorOf('dataset').path).toBe('$');
  });
});

describe('limits', () => {
  const over = (n: number) => 'x'.repeat(n + 1);
  const cases: [string, (d: LooseJson) => void, string, string][] = [
    [
      'claim text',
      (d) => (d.claims[0].text = over(LIMITS.text)),
      '$.claims[0].text',
      `must be at most ${LIMITS.text} characters`,
    ],
    [
      'quote',
      (d) => (d.claims[0].events[1].quote = over(LIMITS.quote)),
      '$.claims[0].events[1].quote',
      `must be at most ${LIMITS.quote} characters`,
    ],
    [
      'outlet',
      (d) => (d.claims[0].events[0].source.outlet = over(LIMITS.shortText)),
      '$.claims[0].events[0].source.outlet',
      `must be at most ${LIMITS.shortText} characters`,
    ],
    [
      'id',
      (d) => (d.claims[0].id = over(LIMITS.id)),
      '$.claims[0].id',
      `must be at most ${LIMITS.id} characters`,
    ],
    [
      'URL',
      (d) => (d.claims[0].events[0].source.url = `https://a.example/${over(LIMITS.url)}`),
      '$.claims[0].events[0].source.url',
      `must be at most ${LIMITS.url} characters`,
    ],
    [
      'paraphrases',
      (d) => (d.claims[0].paraphrases = Array(LIMITS.paraphrases + 1).fill({ text: 'p', language: 'en' })),
      '$.claims[0].paraphrases',
      `must hold at most ${LIMITS.paraphrases} paraphrases`,
    ],
    [
      'events',
      (d) => (d.claims[0].events = Array(LIMITS.events + 1).fill(d.claims[0].events[0])),
      '$.claims[0].events',
      `must hold at most ${LIMITS.events} events`,
    ],
    [
      'tags',
      (d) => (d.claims[0].tags = Array(LIMITS.tags + 1).fill('t')),
      '$.claims[0].tags',
      `must hold at most ${LIMITS.tags} tags`,
    ],
  ];
  for (const [what, edit, path, problem] of cases) {
    it(`refuses one more than the limit: ${what}`, () => {
      expect(errorOf(mutated(edit))).toEqual({ path, problem });
    });
  }

  it('counts claims before checking any of them', () => {
    // A million copies of one (invalid) object: refused from the count alone, none of them read.
    let read = 0;
    const claims = new Proxy(new Array(1_000_000).fill({ not: 'a claim' }), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const e = errorOf({ ...sampleDataset(), claims });
    expect(read).toBe(0);
    expect(e).toEqual({
      path: '$.claims',
      problem: `holds 1000000 claims; a dataset may hold at most ${LIMITS.claims} (split it into several datasets)`,
    });
  });
});

describe('reporting several problems', () => {
  it('lists every problem up to the cap, in file order', () => {
    const bad = sampleDataset(
      Array.from({ length: 50 }, (_, i) => sampleClaim(`c${i}`, { language: 'English' })),
    );
    const { dataset, issues } = checkDataset({ ...bad, version: 0 });
    expect(dataset).toBeUndefined();
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(issues[0]).toEqual({ path: '$.version', problem: 'must be at least 1' });
    expect(issues[1]!.path).toBe('$.claims[0].language');
    expect(issues.at(-1)!.path).toBe(`$.claims[${MAX_REPORTED_ISSUES - 2}].language`);
  });

  it('names keys that are not identifiers in brackets', () => {
    const e = errorOf(mutated((d) => (d.claims[0]['a key'] = 1)));
    expect(e.path).toBe('$.claims[0]["a key"]');
  });

  it('keeps the first problem as the error message', () => {
    expect(() => validateDataset(mutated((d) => (d.version = 0)))).toThrow('$.version: must be at least 1');
  });
});

it('returns a dataset the engine can use unchanged (types line up with the model)', () => {
  const d: Dataset = validateDataset(sampleDataset());
  expect(d.claims[0]!.events[1]!.actor).toEqual({
    name: 'A. Spokesperson',
    role: 'spokesperson',
    organisation: 'The Ministry',
  });
});
