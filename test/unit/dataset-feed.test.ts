/**
 * A fact-checker's feed as a dataset source, converted on the device (src/dataset/feed.ts): which
 * bytes are a feed (by shape, never by address), what the converted dataset is called and
 * licensed as, and that the same feed always converts to the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, describeDatasetError } from '../../src/dataset/errors';
import { convertFeed, feedBytes, feedDatasetId, readFeed, type FeedFormat } from '../../src/dataset/feed';
import { MAX_KEPT_SKIPS } from '../../src/dataset/importers/common';
import { LIMITS } from '../../src/dataset/limits';
import { parseDataset } from '../../src/dataset/parse';
import { defaultDataset } from '../support/dataset';
import { desk, encodeJson } from '../support/dataset-host';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const feedJson = () =>
  JSON.parse(readFileSync(join(FIXTURES, 'feeds', 'northwind-claimreview.json'), 'utf8')) as {
    dataFeedElement: { item: Record<string, unknown>[] }[];
  };
const reviews = () => feedJson().dataFeedElement.map((e) => e.item[0]!);
const apiSample = () =>
  JSON.parse(readFileSync(join(FIXTURES, 'datasets', 'factcheck-api-sample.json'), 'utf8'));
const URL_A = 'https://northwind-factcheck.example/feeds/claimreview.json';

async function convert(json: unknown, url = URL_A) {
  const shape = readFeed(encodeJson(json));
  if (shape.kind === 'dataset') throw new Error('read as a dataset');
  return convertFeed(shape, url);
}

describe('telling a feed from a dataset by its shape', () => {
  const shapes: [string, () => unknown, FeedFormat][] = [
    ['the DataCommons feed', feedJson, 'claimreview'],
    ['one ClaimReview', () => reviews()[0], 'claimreview'],
    ['a list of ClaimReviews', reviews, 'claimreview'],
    ['an @graph', () => ({ '@context': 'https://schema.org', '@graph': reviews() }), 'claimreview'],
    ['a Fact Check Tools API response', apiSample, 'factcheck-api'],
    ['pages of Fact Check Tools API responses', () => [apiSample().response, {}], 'factcheck-api'],
  ];

  it.each(shapes)('reads %s as a feed and converts every usable review', async (_name, input, format) => {
    const shape = readFeed(encodeJson(input()));
    expect(shape.kind).toBe(format);
    const conversion = await convert(input());
    expect(conversion.format).toBe(format);
    expect(conversion.dataset.claims.length).toBeGreaterThan(0);
    // The converted bytes are a dataset the whole gate accepts.
    expect(parseDataset(feedBytes(conversion, 1, '2026-12-01')).claims).toHaveLength(
      conversion.dataset.claims.length,
    );
  });

  it('leaves an Afterword dataset alone, also one whose text mentions a ClaimReview', () => {
    expect(readFeed(encodeJson(desk(1)))).toEqual({ kind: 'dataset' });
    const mentions = desk(1);
    mentions.claims[0]!.text = 'A ClaimReview said the minister resigned on Monday.';
    expect(readFeed(encodeJson(mentions))).toEqual({ kind: 'dataset' });
    // Not even parsed when nothing in it names a review: the dataset gate says what is wrong.
    expect(readFeed(new TextEncoder().encode('{"format": "afterword-dataset", "claims": ['))).toEqual({
      kind: 'dataset',
    });
  });

  it('refuses garbage that mentions reviews, in words', () => {
    const broken = new TextEncoder().encode('{"@type": "ClaimReview", "claimReviewed": "It rained');
    expect(() => readFeed(broken)).toThrow(DatasetError);
    try {
      readFeed(broken);
    } catch (error) {
      expect(describeDatasetError(error as DatasetError)).toMatch(
        /is not valid JSON: the file ends in the middle/,
      );
    }
    const neither = encodeJson({ note: 'see the ClaimReview below', items: [1, 2] });
    expect(() => readFeed(neither)).toThrow(
      /neither an Afterword dataset, nor ClaimReview JSON-LD .* nor a Fact Check Tools API response/,
    );
  });

  it('refuses a feed of which no review converts, saying why', async () => {
    const [noText, noValue] = reviews().slice(3);
    await expect(convert([noText, noValue])).rejects.toThrow(
      /gives no claims: nothing in it could be converted \(the first item left out, \$\[0\]: no claimReviewed/,
    );
    // An API page with no results names no review at all: it is read as a dataset (and refused as
    // one) unless something else tells it is a feed.
    expect(readFeed(encodeJson({ claims: [] }))).toEqual({ kind: 'dataset' });
    await expect(convertFeed({ kind: 'factcheck-api', json: { claims: [] } }, URL_A)).rejects.toThrow(
      'gives no claims: it holds no reviews',
    );
  });
});

describe('the converted dataset', () => {
  it('is named after its sole fact-checker, states no licence, and lists what was left out', async () => {
    const { dataset, skipped } = await convert(feedJson());
    expect(dataset).toMatchObject({
      title: 'Northwind Fact Check',
      publisher: { name: 'Northwind Fact Check' },
      license: { id: 'NOASSERTION' },
    });
    expect(dataset.claims.map((c) => c.text)).toEqual(
      expect.arrayContaining([
        'Port Aldmere will ban all diesel buses from the city centre by March 2027.',
        'The new Varne River footbridge was built entirely from recycled plastic bottles.',
        'Drinking two litres of birch sap a day cures seasonal flu within a week.',
      ]),
    );
    expect(dataset.claims).toHaveLength(3);
    expect(skipped.map((s) => s.reason)).toEqual([
      'no claimReviewed: the review does not say which claim it rates',
      'no reviewRating with an alternateName or a ratingValue within its scale',
    ]);
  });

  it('counts every item a hostile feed leaves out but keeps only the first few', async () => {
    const hostile = [...Array.from({ length: 20_000 }, () => 0), ...reviews()];
    const { dataset, skipped, skippedCount } = await convert(hostile);
    expect(dataset.claims).toHaveLength(3);
    expect(skippedCount).toBe(20_002);
    expect(skipped).toHaveLength(MAX_KEPT_SKIPS);
    expect(skipped[0]).toEqual({ at: '$[0]', reason: 'not a JSON-LD object' });
  });

  it('refuses a feed with more claims than a dataset may hold, in words', async () => {
    const limits = LIMITS as { claims: number };
    const claims = limits.claims;
    limits.claims = 2;
    try {
      await expect(convert(reviews())).rejects.toThrow(
        'gives more than 2 claims; a dataset may hold at most 2 (import it in parts)',
      );
    } finally {
      limits.claims = claims;
    }
  });

  it('is named after the feed’s host when several fact-checkers rated its claims', async () => {
    const { dataset } = await convert(apiSample(), 'https://www.checks-digest.example/api.json');
    expect(dataset.title).toBe('checks-digest.example');
    expect(dataset.publisher.name).toBe('Unknown');
  });

  it('converts the same feed to the same bytes, whatever the order of JSON keys', async () => {
    const a = feedBytes(await convert(feedJson()), 4, '2026-12-01');
    const reordered = Object.fromEntries(Object.entries(feedJson()).reverse());
    const b = feedBytes(await convert(reordered), 4, '2026-12-01');
    expect(new TextDecoder().decode(b)).toBe(new TextDecoder().decode(a));
    const dataset = parseDataset(a);
    expect([dataset.version, dataset.asOf]).toEqual([4, '2026-12-01']);
  });

  it('changes its bytes when a review is re-rated, and only then', async () => {
    const before = feedBytes(await convert(feedJson()), 1, '2026-12-01');
    const cosmetic = { ...feedJson(), dateModified: '2026-12-02T00:00:00Z', name: 'Renamed feed' };
    expect(feedBytes(await convert(cosmetic), 1, '2026-12-01')).toEqual(before);
    const rerated = feedJson();
    rerated.dataFeedElement[1]!.item[0]!.reviewRating = {
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'False',
    };
    expect(feedBytes(await convert(rerated), 1, '2026-12-01')).not.toEqual(before);
  });
});

describe('the converted dataset’s id', () => {
  it('is the same for the same address, another for another address, and never the default’s', async () => {
    const id = await feedDatasetId(URL_A);
    expect(id).toMatch(/^feed-northwind-factcheck\.example-[0-9a-f]{8}$/);
    expect(await feedDatasetId(URL_A)).toBe(id);
    expect(await feedDatasetId(`${URL_A}?page=2`)).not.toBe(id);
    expect(await feedDatasetId('http://127.0.0.1:8080/feed.json')).toMatch(/^feed-127\.0\.0\.1-[0-9a-f]{8}$/);
    expect(id).not.toBe(defaultDataset.id);
    expect((await convert(feedJson())).dataset.id).toBe(id);
  });
});
