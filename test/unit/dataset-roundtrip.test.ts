/**
 * Property tests: the canonical form is a fixed point (export → parse → export gives the same bytes)
 * and every importer's output survives export → import unchanged, whatever order its input is in.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDataset, toCanonicalJson } from '../../src/dataset/export';
import { importClaimReview } from '../../src/dataset/importers/claimreview';
import type { ImportOptions, ImportResult } from '../../src/dataset/importers/common';
import { importFactCheckApi } from '../../src/dataset/importers/factcheck-api';
import { importJsonl } from '../../src/dataset/importers/jsonl';
import { parseDataset } from '../../src/dataset/parse';
import { datasetArb, encode, textArb } from '../support/dataset-samples';

const OPTIONS: ImportOptions = {
  id: 'rt',
  title: 'Round trip',
  version: 3,
  asOf: '2026-11-24',
  publisher: { name: 'P' },
  license: { id: 'CC0-1.0' },
};

/** Export, read back, export again: the same dataset and the same bytes. */
function expectStable({ dataset }: ImportResult | { dataset: ImportResult['dataset'] }): void {
  const text = toCanonicalJson(dataset);
  const again = parseDataset(encode(text));
  expect(again).toEqual(dataset);
  expect(toCanonicalJson(again)).toBe(text);
  expect(toCanonicalJson(again, 'compact')).toBe(toCanonicalJson(dataset, 'compact'));
}

const day = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const wording = fc.constantFrom(
  'False',
  'FALSE',
  'Pants on Fire!',
  'Misleading',
  'Half True',
  'Фейк',
  'Faux',
  'Sort of',
  'Mostly true',
  undefined,
);
const url = fc
  .integer({ min: 1, max: 40 })
  .map((n) => `https://checker${n % 3}.example/fact-check/item-${n}`);
const name = fc.constantFrom('AFP', 'Full Fact', 'The Quint', 'StopFake', '<b>Checker</b>');

const claimReviewArb = fc.record({
  '@type': fc.constant('ClaimReview'),
  url,
  claimReviewed: textArb(100),
  datePublished: fc.oneof(
    day,
    day.map((d) => `${d}T08:15:00+02:00`),
  ),
  author: name.map((n) => ({ '@type': 'Organization', name: n })),
  reviewRating: fc.record({ alternateName: wording, ratingValue: fc.integer({ min: 1, max: 5 }) }),
  itemReviewed: fc.record({ author: fc.record({ name }), datePublished: day }),
});

const apiClaimArb = fc.record({
  text: textArb(100),
  claimant: fc.option(name, { nil: undefined }),
  claimDate: fc.option(
    day.map((d) => `${d}T00:00:00Z`),
    { nil: undefined },
  ),
  claimReview: fc.array(
    fc.record({
      publisher: fc.record({ name, site: fc.constant('checker.example') }),
      url,
      reviewDate: day,
      textualRating: wording.map((w) => w ?? 'Unrated'),
      languageCode: fc.constantFrom('en', 'ru', 'fr'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

const jsonlLineArb = fc.record({
  id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), textArb(20)),
  claim: textArb(100),
  date: fc.oneof(
    day,
    day.map(
      (d) =>
        `stated on ${new Date(d).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })} in a speech`,
    ),
  ),
  verdict: fc.option(
    wording.map((w) => w ?? 'half-flip'),
    { nil: undefined },
  ),
  speaker: fc.option(name, { nil: undefined }),
  url: fc.option(url, { nil: undefined }),
});

describe('the canonical form', () => {
  it('is a fixed point for any valid dataset', () => {
    fc.assert(
      fc.property(datasetArb, (d) => expectStable({ dataset: canonicalDataset(parseDataset(encode(d))) })),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of claims or of events on different days', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const reversed = { ...d, claims: [...d.claims].reverse() };
        expect(toCanonicalJson(parseDataset(encode(reversed)))).toBe(
          toCanonicalJson(parseDataset(encode(d))),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('import → export → import', () => {
  it('ClaimReview JSON-LD', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(claimReviewArb, { maxLength: 8 }), async (reviews) => {
        const first = await importClaimReview(reviews, OPTIONS);
        expectStable(first);
        const shuffled = await importClaimReview({ '@graph': [...reviews].reverse() }, OPTIONS);
        // The same reviews give the same claims whatever the order; which duplicate is kept may differ.
        expect(shuffled.dataset.claims.map((c) => c.id)).toEqual(first.dataset.claims.map((c) => c.id));
      }),
      { numRuns: 100 },
    );
  });

  it('Fact Check Tools API', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(apiClaimArb, { maxLength: 8 }), async (claims) => {
        const first = await importFactCheckApi({ claims }, OPTIONS);
        expectStable(first);
        const paged = await importFactCheckApi(
          [{ claims: claims.slice(0, 3) }, { claims: claims.slice(3) }],
          OPTIONS,
        );
        expect(paged.dataset).toEqual(first.dataset);
      }),
      { numRuns: 100 },
    );
  });

  it('JSONL', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonlLineArb, { maxLength: 8 }), async (lines) => {
        const text = lines.map((l) => JSON.stringify(l)).join('\n');
        const first = await importJsonl(encode(text), { ...OPTIONS, outlet: 'PolitiFact', language: 'en' });
        expectStable(first);
        const crlf = await importJsonl(encode(lines.map((l) => JSON.stringify(l)).join('\r\n') + '\r\n'), {
          ...OPTIONS,
          outlet: 'PolitiFact',
          language: 'en',
        });
        expect(crlf.dataset).toEqual(first.dataset);
      }),
      { numRuns: 100 },
    );
  });
});

describe('claim ids', () => {
  it('are the documented slug + the first 12 hex digits of SHA-256 of "URL\\nclaim"', async () => {
    const u = 'https://factcheck.example/2024/05/moon-landing-faked';
    const text = 'The moon landing was faked';
    const { dataset } = await importClaimReview(
      {
        '@type': 'ClaimReview',
        url: u,
        claimReviewed: text,
        datePublished: '2024-05-01',
        author: { name: 'X' },
        reviewRating: { alternateName: 'False' },
      },
      OPTIONS,
    );
    const hash = createHash('sha256').update(`${u}\n${text}`).digest('hex').slice(0, 12);
    expect(dataset.claims[0]!.id).toBe(`moon-landing-faked-${hash}`);
  });
});
