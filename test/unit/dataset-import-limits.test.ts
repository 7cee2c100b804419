/**
 * What a hostile input can cost an import: the skipped items are counted, and only the first few
 * kept; the claim limit stops the conversion as soon as it is passed; nesting past the import depth
 * is not walked; and values quoted from the input into a skip reason are cut short.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importClaimReview } from '../../src/dataset/importers/claimreview';
import { MAX_KEPT_SKIPS, QUOTED_VALUE_CHARS, type ImportOptions } from '../../src/dataset/importers/common';
import { importFactCheckApi } from '../../src/dataset/importers/factcheck-api';
import { DatasetError } from '../../src/dataset/errors';
import { LIMITS } from '../../src/dataset/limits';

const OPTIONS: ImportOptions = {
  id: 'imported',
  title: 'Imported',
  version: 1,
  asOf: '2026-11-24',
  publisher: { name: 'Test' },
  license: { id: 'NOASSERTION' },
};

function review(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url: `https://factcheck.example/2020/02/18/claim-number-${n}`,
    claimReviewed: `Claim number ${n}`,
    datePublished: '2020-02-18',
    author: { '@type': 'Organization', name: 'Example Science Watch' },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
    ...overrides,
  };
}

function apiClaim(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    text: `Claim number ${n}`,
    claimReview: [
      {
        publisher: { name: 'Example Science Watch', site: 'factcheck.example' },
        url: `https://factcheck.example/claim-number-${n}`,
        reviewDate: '2020-02-18T00:00:00Z',
        textualRating: 'False',
      },
    ],
    ...overrides,
  };
}

/** An item that records whether the import ever read it. */
function watched(item: Record<string, unknown>, seen: { read: boolean }): Record<string, unknown> {
  return new Proxy(item, {
    get(target, key, receiver) {
      seen.read = true;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const limits = LIMITS as { claims: number };
const CLAIMS = LIMITS.claims;
afterEach(() => {
  limits.claims = CLAIMS;
});

describe('skipped items', () => {
  it('are all counted, but only the first few kept (a feed of a million zeros costs no million records)', async () => {
    const input = [...Array.from({ length: 5_000 }, () => 0), review(1)];
    const { dataset, skipped, skippedCount } = await importClaimReview(input, OPTIONS);
    expect(dataset.claims).toHaveLength(1);
    expect(skippedCount).toBe(5_000);
    expect(skipped).toHaveLength(MAX_KEPT_SKIPS);
    expect(skipped[0]).toEqual({ at: '$[0]', reason: 'not a JSON-LD object' });
    expect(skipped.at(-1)).toEqual({ at: `$[${MAX_KEPT_SKIPS - 1}]`, reason: 'not a JSON-LD object' });

    const api = await importFactCheckApi(
      { claims: [...Array.from({ length: 5_000 }, () => 'nonsense'), apiClaim(1)] },
      OPTIONS,
    );
    expect(api.dataset.claims).toHaveLength(1);
    expect(api.skippedCount).toBe(5_000);
    expect(api.skipped).toHaveLength(MAX_KEPT_SKIPS);
  });

  it('are all kept when asked for (the command line’s --all)', async () => {
    const input = [...Array.from({ length: 100 }, () => 0), review(1)];
    const { skipped, skippedCount } = await importClaimReview(input, { ...OPTIONS, keptSkips: Infinity });
    expect(skippedCount).toBe(100);
    expect(skipped).toHaveLength(100);
  });
});

describe('the claim limit', () => {
  it('stops a ClaimReview import at the first claim past it, reading nothing after, and says so', async () => {
    limits.claims = 3;
    const seen = { read: false };
    const input = [review(1), review(2), review(3), review(4), watched(review(5), seen)];
    const refused = importClaimReview(input, OPTIONS);
    await expect(refused).rejects.toThrow(DatasetError);
    await expect(refused).rejects.toThrow(
      'gives more than 3 claims; a dataset may hold at most 3 (import it in parts)',
    );
    expect(seen.read).toBe(false);
  });

  it('stops a Fact Check Tools import the same way', async () => {
    limits.claims = 3;
    const seen = { read: false };
    const input = {
      claims: [apiClaim(1), apiClaim(2), apiClaim(3), apiClaim(4), watched(apiClaim(5), seen)],
    };
    await expect(importFactCheckApi(input, OPTIONS)).rejects.toThrow('gives more than 3 claims');
    expect(seen.read).toBe(false);
  });

  it('counts a claim given twice once', async () => {
    limits.claims = 2;
    const { dataset, skippedCount } = await importClaimReview([review(1), review(1), review(2)], OPTIONS);
    expect(dataset.claims).toHaveLength(2);
    expect(skippedCount).toBe(1);
  });

  it('leaves out, unconverted, an API claim with more reviews than a claim may hold events', async () => {
    const many = apiClaim(1);
    const reviews = Array.from({ length: LIMITS.events + 1 }, () => (many.claimReview as unknown[])[0]);
    const { dataset, skipped } = await importFactCheckApi(
      { claims: [{ ...many, claimReview: reviews }, apiClaim(2)] },
      OPTIONS,
    );
    expect(dataset.claims.map((c) => c.text)).toEqual(['Claim number 2']);
    expect(skipped).toEqual([
      {
        at: '$.claims[0]',
        reason: `${LIMITS.events + 1} reviews: a claim holds at most ${LIMITS.events} events`,
      },
    ]);
  });
});

describe('nesting', () => {
  it('is not walked past the import depth', async () => {
    let nested: unknown = review(1);
    for (let i = 0; i < LIMITS.importDepth; i++) nested = { '@graph': [nested] };
    const { dataset, skipped } = await importClaimReview([review(2), nested], OPTIONS);
    expect(dataset.claims.map((c) => c.text)).toEqual(['Claim number 2']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toBe(`nested deeper than ${LIMITS.importDepth} levels`);

    let pages: unknown = { claims: [apiClaim(1)] };
    for (let i = 0; i < LIMITS.importDepth; i++) pages = { response: pages };
    const api = await importFactCheckApi([{ claims: [apiClaim(2)] }, pages], OPTIONS);
    expect(api.dataset.claims.map((c) => c.text)).toEqual(['Claim number 2']);
    expect(api.skipped.map((s) => s.reason)).toEqual([`nested deeper than ${LIMITS.importDepth} levels`]);
  });
});

describe('values quoted in a skip reason', () => {
  const huge = 'X'.repeat(1_000_000);
  const quotedPart = (reason: string) => /\((?:@type )?(.*)\)/.exec(reason)![1]!;

  it('are cut short with "…": a huge @type, datePublished or reviewDate is not repeated', async () => {
    const { skipped } = await importClaimReview(
      [review(1), { '@type': huge }, { '@type': [huge, huge] }, review(2, { datePublished: huge })],
      OPTIONS,
    );
    expect(skipped.map((s) => s.reason.slice(0, 30))).toEqual([
      'not a ClaimReview (@type "XXXX',
      'not a ClaimReview (@type ["XXX',
      'no readable datePublished ("XX',
    ]);
    for (const { reason } of skipped) {
      expect(quotedPart(reason)).toHaveLength(QUOTED_VALUE_CHARS);
      expect(reason.endsWith('…)') || reason.includes('…):')).toBe(true);
    }

    const api = await importFactCheckApi(
      { claims: [apiClaim(1, { claimReview: [{ reviewDate: { date: huge } }] })] },
      OPTIONS,
    );
    const reason = api.skipped[0]!.reason;
    expect(reason.startsWith('no readable reviewDate ({"date":"XXX')).toBe(true);
    expect(quotedPart(reason)).toHaveLength(QUOTED_VALUE_CHARS);
  });

  it('are quoted whole when short', async () => {
    const { skipped } = await importClaimReview([review(1), { '@type': 'WebPage' }], OPTIONS);
    expect(skipped).toEqual([{ at: '$[1]', reason: 'not a ClaimReview (@type "WebPage")' }]);
  });
});
