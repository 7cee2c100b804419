/**
 * What the importers make of who made and who published a claim: ClaimReview's itemReviewed.author
 * and its appearance/firstAppearance pages become reported events with their outlets, the review's
 * author becomes a fact-checker outlet; the Fact Check Tools API's publisher likewise, its claimant
 * the report's actor. Checked on realistic JSON-LD and on a real API response.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/dataset/export';
import { importClaimReview } from '../../src/dataset/importers/claimreview';
import type { ImportOptions } from '../../src/dataset/importers/common';
import { importFactCheckApi } from '../../src/dataset/importers/factcheck-api';
import { parseDataset } from '../../src/dataset/parse';
import { buildOutletDirectory, claimOrigin, outletRecords } from '../../src/engine/index';
import { encode } from '../support/dataset-samples';

const OPTIONS: ImportOptions = {
  id: 'imported',
  title: 'Imported',
  version: 1,
  asOf: '2026-11-24',
  publisher: { name: 'Test' },
  license: { id: 'NOASSERTION' },
};

/**
 * A ClaimReview as fact-checkers publish it in their pages' JSON-LD (the shape of Google's
 * documentation and of the DataCommons feed): a person reviewer with a publisher, a claim first
 * posted on a Telegram channel, then carried by a news site and on X.
 */
const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.factcheck.example/2022/09/16/kazakhstan-csto-suspension/',
  datePublished: '2022-09-16T09:12:00+02:00',
  inLanguage: 'en',
  claimReviewed: 'Kazakhstan will suspend its membership in the CSTO from early 2023.',
  name: 'No, Kazakhstan is not suspending its CSTO membership',
  author: {
    '@type': 'Person',
    name: 'A. Reviewer',
    url: 'https://www.factcheck.example/author/a-reviewer/',
  },
  publisher: {
    '@type': 'Organization',
    name: 'Example Fact Check',
    url: 'https://www.factcheck.example/',
    sameAs: ['https://x.com/ExampleFactCheck', 'https://www.facebook.com/examplefactcheck'],
  },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
  itemReviewed: {
    '@type': 'Claim',
    datePublished: '2022-09-14',
    author: {
      '@type': 'Organization',
      name: 'Yellow Folder',
      sameAs: 'https://t.me/yellow_folder',
    },
    firstAppearance: {
      '@type': 'CreativeWork',
      url: 'https://t.me/yellow_folder/9876',
      datePublished: '2022-09-14T11:03:00+03:00',
    },
    appearance: [
      { '@type': 'CreativeWork', url: 'https://t.me/yellow_folder/9876' },
      {
        '@type': 'NewsArticle',
        url: 'https://www.weekly.example/2022/09/14/kazakhstan-csto/',
        datePublished: '2022-09-14T22:57:00+02:00',
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: 'Weekly Example',
          url: 'https://weekly.example/',
        },
      },
      {
        '@type': 'SocialMediaPosting',
        url: 'https://x.com/some_account/status/157000000000',
        datePublished: '2022-09-15',
      },
      { '@type': 'CreativeWork', url: 'https://archive.example/undated-copy' },
    ],
  },
};

describe('ClaimReview: who made the claim and where it appeared', () => {
  it('makes a reported event per page, each citing its outlet, and the outlets of the dataset', async () => {
    const { dataset, skipped } = await importClaimReview(
      { ...REVIEW, itemReviewed: { ...REVIEW.itemReviewed, datePublished: undefined } },
      OPTIONS,
    );
    expect(dataset.formatVersion).toBe(1.1);
    expect(dataset.outlets).toEqual([
      {
        id: 'archive-example',
        name: 'archive.example',
        kind: 'other',
        domains: ['archive.example'],
        handles: [],
        aliases: [],
      },
      {
        id: 'factcheck-example',
        name: 'Example Fact Check',
        kind: 'fact-checker',
        domains: ['factcheck.example'],
        // Handles are compared without case: the Facebook page's is the same handle.
        handles: ['@ExampleFactCheck'],
        aliases: [],
      },
      {
        id: 'some-account',
        name: '@some_account',
        kind: 'social',
        domains: [],
        handles: ['@some_account'],
        aliases: [],
      },
      {
        id: 'weekly-example',
        name: 'Weekly Example',
        kind: 'news',
        domains: ['weekly.example'],
        handles: [],
        aliases: [],
      },
      {
        id: 'yellow-folder',
        name: 'Yellow Folder',
        kind: 'telegram',
        domains: [],
        handles: ['@yellow_folder'],
        aliases: [],
      },
    ]);
    const [claim] = dataset.claims;
    const actor = { name: 'Yellow Folder', outletId: 'yellow-folder' };
    expect(claim!.events).toEqual([
      {
        date: '2022-09-14T11:03:00+03:00',
        type: 'reported',
        actor,
        source: {
          outlet: '@yellow_folder',
          url: 'https://t.me/yellow_folder/9876',
          outletId: 'yellow-folder',
        },
      },
      {
        date: '2022-09-14T22:57:00+02:00',
        type: 'reported',
        actor,
        source: {
          outlet: 'Weekly Example',
          url: 'https://www.weekly.example/2022/09/14/kazakhstan-csto/',
          outletId: 'weekly-example',
        },
      },
      {
        date: '2022-09-15',
        type: 'reported',
        actor,
        source: {
          outlet: '@some_account',
          url: 'https://x.com/some_account/status/157000000000',
          outletId: 'some-account',
        },
      },
      expect.objectContaining({
        date: '2022-09-16T09:12:00+02:00',
        type: 'rated',
        actor: { name: 'A. Reviewer', role: 'fact-checker', organisation: 'Example Fact Check' },
        source: expect.objectContaining({ outlet: 'Example Fact Check', outletId: 'factcheck-example' }),
      }),
    ]);
    // The copy with no date of its own, on a claim the review does not date: no report can be dated.
    expect(skipped).toEqual([
      {
        at: '$.itemReviewed.appearance[3]',
        reason: "an appearance without a date (neither its own nor the claim's): no report made of it",
      },
    ]);
  });

  it('gives the claim’s date to appearances without their own, and the result reads back unchanged', async () => {
    const { dataset, skipped } = await importClaimReview(REVIEW, OPTIONS);
    expect(skipped).toEqual([]);
    const undated = dataset.claims[0]!.events.find(
      (e) => e.source.url === 'https://archive.example/undated-copy',
    );
    expect(undated?.date).toBe('2022-09-14');
    const text = toCanonicalJson(dataset);
    expect(toCanonicalJson(parseDataset(encode(text)))).toBe(text);
  });

  it('tells where the claim came from and counts no report for the fact-checker', async () => {
    const { dataset } = await importClaimReview(REVIEW, OPTIONS);
    const dir = buildOutletDirectory([dataset]);
    const origin = claimOrigin(dir, dataset.id, dataset.claims[0]!);
    expect(origin.slice(0, 2).map((s) => [s.role, s.name, s.outlet?.kind])).toEqual([
      ['made', 'Yellow Folder', 'telegram'],
      ['reported', 'Weekly Example', 'news'],
    ]);
    const records = outletRecords(dir, [dataset]);
    expect(records.get('factcheck-example')!.reported).toBe(0);
    expect(records.get('weekly-example')).toMatchObject({ reported: 1, ratedFalse: 1 });
  });

  it('makes one outlet of one fact-checker across reviews, and a person without an account only an actor', async () => {
    const second = {
      ...REVIEW,
      url: 'https://www.factcheck.example/2022/09/20/other/',
      claimReviewed: 'Another claim',
      itemReviewed: {
        '@type': 'Claim',
        datePublished: '2022-09-19',
        author: { '@type': 'Person', name: 'Someone Quoted' },
      },
    };
    const { dataset } = await importClaimReview([REVIEW, second], OPTIONS);
    expect(dataset.outlets!.filter((o) => o.kind === 'fact-checker').map((o) => o.id)).toEqual([
      'factcheck-example',
    ]);
    const other = dataset.claims.find((c) => c.text === 'Another claim')!;
    const report = other.events.find((e) => e.type === 'reported')!;
    expect(report).toMatchObject({
      actor: { name: 'Someone Quoted' },
      source: { outlet: 'Example Fact Check', outletId: 'factcheck-example' },
    });
    expect(report.actor).not.toHaveProperty('outletId');
  });

  it('removes from outlet names the characters the format refuses in text, as from the claims', async () => {
    const hostile = { ...REVIEW, publisher: { ...REVIEW.publisher, name: 'Example\u202E Fact Check' } };
    const { dataset } = await importClaimReview(hostile, OPTIONS);
    expect(dataset.outlets!.find((o) => o.kind === 'fact-checker')!.name).toBe('Example Fact Check');
  });

  it('names the fact-checker as an outlet even when the input gives no address', async () => {
    const bare = {
      '@type': 'ClaimReview',
      claimReviewed: 'A claim',
      datePublished: '2024-01-02',
      author: { name: 'Desk' },
      reviewRating: { alternateName: 'False' },
    };
    const { dataset } = await importClaimReview(bare, OPTIONS);
    // The fact-checker is an outlet by its name: a file naming outlets says 1.1.
    expect(dataset.formatVersion).toBe(1.1);
    expect(dataset.outlets).toEqual([
      { id: 'desk', name: 'Desk', kind: 'fact-checker', domains: [], handles: [], aliases: [] },
    ]);
  });
});

describe('Fact Check Tools API: the real sample response', () => {
  const sample = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'datasets', 'factcheck-api-sample.json'),
      'utf8',
    ),
  );

  it('makes each fact-checker an outlet by its site, and the claimant the report’s actor', async () => {
    const { dataset, skipped } = await importFactCheckApi(sample, OPTIONS);
    expect(skipped).toEqual([]);
    expect(dataset.outlets!.map((o) => [o.id, o.name, o.kind, o.domains])).toEqual([
      ['altnews-in', 'Alt News', 'fact-checker', ['altnews.in']],
      ['factly-in', 'FACTLY', 'fact-checker', ['factly.in']],
      ['newschecker-in', 'Newschecker', 'fact-checker', ['newschecker.in']],
      ['newsmobile-in', 'Newsmobile', 'fact-checker', ['newsmobile.in']],
      ['thequint-com', 'The Quint', 'fact-checker', ['thequint.com']],
    ]);
    const flood = dataset.claims.find((c) => c.text.includes('flood jihad'))!;
    expect(flood.events[0]!.actor!.name).toMatch(/^NewsX, One India/);
    // "Social media", "Facebook" and a list of names are no outlet: the claimant stays words.
    for (const c of dataset.claims) expect(c.events[0]!.actor?.outletId, c.text).toBeUndefined();
    expect(flood.events[1]!.source.outletId).toBe('altnews-in');
  });

  it('counts no report for a fact-checker whose page is the only source of where a claim was made', async () => {
    const { dataset } = await importFactCheckApi(sample, OPTIONS);
    const dir = buildOutletDirectory([dataset]);
    for (const r of outletRecords(dir, [dataset]).values()) expect(r.reported, r.outlet.key).toBe(0);
    const origin = claimOrigin(dir, dataset.id, dataset.claims[0]!);
    expect(origin.map((s) => s.role)).toEqual(['made']);
  });
});
