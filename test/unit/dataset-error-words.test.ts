/**
 * A refused dataset in words: where the problem is (ordinal claim, its id, the event) and what it
 * is, with the JSON path kept for whoever fixes the file; an address typed without a scheme; and
 * an import named after the one fact-checker behind it.
 */
import { describe, expect, it } from 'vitest';
import { describeDatasetError, describeIssue, ordinal, pathKeys } from '../../src/dataset/errors';
import { soleFactChecker } from '../../src/dataset/importers/common';
import { checkDataset, DatasetError, validateDataset } from '../../src/dataset/schema';
import { urlProblem, withScheme } from '../../src/dataset/urls';
import type { Claim, Dataset } from '../../src/engine/model';
import { defaultDataset } from '../support/dataset';

/** The first issue of the default dataset after `change`, in words. */
function firstInWords(change: (d: Dataset & Record<string, unknown>) => void): string {
  const d = structuredClone(defaultDataset) as Dataset & Record<string, unknown>;
  change(d);
  const issue = checkDataset(d).issues[0];
  expect(issue).toBeDefined();
  return describeIssue(issue!);
}

const first = defaultDataset.claims[0]!.id;
const second = defaultDataset.claims[1]!.id;

describe('validation errors in words', () => {
  it('writes ordinal numbers', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('reads back the paths jsonPath writes', () => {
    expect(pathKeys('$.claims[12].events[0]["odd key"]')).toEqual(['claims', 12, 'events', 0, 'odd key']);
    expect(pathKeys('$')).toEqual([]);
  });

  it('names a claim without events by its place and id, and says what every claim needs', () => {
    const empty = `the 1st claim, “${first}”, has no events: every claim needs at least one (claims[0].events)`;
    expect(firstInWords((d) => (d.claims[0]!.events = []))).toBe(empty);
    expect(firstInWords((d) => delete (d.claims[0] as Partial<Claim>).events)).toBe(empty);
  });

  it('says which field of which event is wrong', () => {
    expect(firstInWords((d) => (d.claims[1]!.events[0]!.date = 'yesterday'))).toMatch(
      new RegExp(
        `^the “date” of the 1st event of the 2nd claim, “${second}”, must be a real date: .* \\(claims\\[1\\]\\.events\\[0\\]\\.date\\)$`,
      ),
    );
  });

  it('says a missing field, a header problem and a duplicate id in words', () => {
    expect(firstInWords((d) => delete (d.claims[2] as Partial<Claim>).text)).toBe(
      `the 3rd claim, “${defaultDataset.claims[2]!.id}”, has no “text” (claims[2].text)`,
    );
    expect(firstInWords((d) => delete (d as Partial<Dataset>).title)).toBe(
      'the dataset has no “title” (title)',
    );
    expect(firstInWords((d) => (d.version = 0))).toBe('the dataset’s “version” must be at least 1 (version)');
    expect(firstInWords((d) => (d.claims[3]!.id = first))).toBe(
      `the “id” of the 4th claim, "${first}", is already the id of the 1st claim; claim ids must be unique (claims[3].id)`,
    );
  });

  it('names a whole event, and a claim without a usable id by its place alone', () => {
    expect(
      firstInWords((d) => {
        d.claims[0]!.events[0]!.type = 'rated';
        delete d.claims[0]!.events[0]!.rating;
      }),
    ).toBe(
      `the 1st event of the 1st claim, “${first}”, is a "rated" event without a rating (claims[0].events[0])`,
    );
    expect(describeIssue({ path: '$.claims[0].events', problem: 'is required' })).toBe(
      'the 1st claim has no events: every claim needs at least one (claims[0].events)',
    );
    expect(describeIssue({ path: '$', problem: 'is empty' })).toBe('the file is empty');
  });

  it('describes a thrown DatasetError by its first issue, claim id included', () => {
    const d = structuredClone(defaultDataset);
    d.claims[0]!.events = [];
    let error: unknown;
    try {
      validateDataset(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect(describeDatasetError(error as DatasetError)).toContain(`the 1st claim, “${first}”, has no events`);
  });
});

describe('an address typed without a scheme', () => {
  it('gets https://', () => {
    expect(withScheme('example.org/feed.json')).toBe('https://example.org/feed.json');
    expect(withScheme('  example.org/feed.json ')).toBe('https://example.org/feed.json');
    expect(withScheme('//example.org/x')).toBe('https://example.org/x');
    expect(withScheme('localhost:8080/x.json')).toBe('https://localhost:8080/x.json');
    expect(urlProblem(withScheme('example.org/feed.json'))).toBeUndefined();
  });

  it('keeps a scheme that is there, for the address rule to judge', () => {
    expect(withScheme('https://example.org/a')).toBe('https://example.org/a');
    expect(withScheme('http://localhost:8080/a')).toBe('http://localhost:8080/a');
    expect(withScheme('ftp://example.org/a')).toBe('ftp://example.org/a');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(urlProblem(withScheme('javascript:alert(1)'))).toBeDefined();
    expect(withScheme('')).toBe('');
  });
});

describe('an import named after what it knows', () => {
  const rated = (name: string) =>
    ({
      type: 'rated',
      date: '2022-01-01',
      actor: { name },
      source: { url: 'https://example.org' },
    }) as Claim['events'][number];
  const claim = (...events: Claim['events']) => ({ ...defaultDataset.claims[0]!, events }) as Claim;

  it('takes the fact-checker behind every rating as the publisher, and none from a mix', () => {
    expect(soleFactChecker([claim(rated('Full Fact')), claim(rated('Full Fact'))])).toBe('Full Fact');
    expect(soleFactChecker([claim(rated('Full Fact')), claim(rated('FactCheck.org'))])).toBeUndefined();
    expect(soleFactChecker([claim()])).toBeUndefined();
  });
});
