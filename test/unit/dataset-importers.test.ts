/** The importers: what each input shape becomes, what is skipped and why, and stable ids. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClaimReview } from '../../src/dataset/importers/claimreview';
import { finish, Report, type ImportOptions } from '../../src/dataset/importers/common';
import { readLooseDate } from '../../src/dataset/importers/dates';
import { importFactCheckApi } from '../../src/dataset/importers/factcheck-api';
import { importJsonl } from '../../src/dataset/importers/jsonl';
import { IMPORT_PARSE_LIMITS, parseJson } from '../../src/dataset/parse';
import { deriveStatus } from '../../src/engine/status';
import { encode, type LooseJson } from '../support/dataset-samples';

const OPTIONS: ImportOptions = {
  id: 'imported',
  title: 'Imported',
  version: 1,
  asOf: '2026-11-24',
  publisher: { name: 'Test' },
  license: { id: 'NOASSERTION' },
};

/** Google's documented ClaimReview example, lightly varied. */
function review(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/2020/02/18/the-world-is-flat',
    claimReviewed: 'The world is flat',
    datePublished: '2020-02-18',
    name: 'No, the world is not flat',
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'Example Science Watch', url: 'https://factcheck.example/' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: '1',
      bestRating: '5',
      worstRating: '1',
      alternateName: 'False',
    },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': 'Person',
        name: 'T. Tellar',
        jobTitle: 'President',
        worksFor: { '@type': 'Organization', name: 'Square World Society' },
      },
      datePublished: '2016-06-20',
      appearance: [
        {
          '@type': 'OpinionNewsArticle',
          url: 'https://news.example/a122121',
          publisher: { '@type': 'Organization', name: 'Skeptical News' },
        },
      ],
    },
    ...overrides,
  };
}

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'datasets', 'factcheck-api-sample.json');

describe('ClaimReview JSON-LD', () => {
  it('maps a review to a claim with a "reported" and a "rated" event', async () => {
    const { dataset, skipped } = await importClaimReview(review(), OPTIONS);
    expect(skipped).toEqual([]);
    expect(dataset.claims).toEqual([
      {
        id: 'the-world-is-flat-b851e6ee1e8f',
        text: 'The world is flat',
        language: 'en',
        paraphrases: [],
        anchors: [],
        tags: [],
        events: [
          {
            date: '2016-06-20',
            type: 'reported',
            actor: { name: 'T. Tellar', role: 'President', organisation: 'Square World Society' },
            source: {
              outlet: 'Skeptical News',
              url: 'https://news.example/a122121',
              outletId: 'news-example',
            },
          },
          {
            date: '2020-02-18',
            type: 'rated',
            actor: { name: 'Example Science Watch', role: 'fact-checker', outletId: 'factcheck-example' },
            source: {
              outlet: 'Example Science Watch',
              url: 'https://factcheck.example/2020/02/18/the-world-is-flat',
              language: 'en',
              outletId: 'factcheck-example',
            },
            rating: { label: 'False', value: 'false' },
            note: 'No, the world is not flat',
          },
        ],
      },
    ]);
    expect(deriveStatus(dataset.claims[0]!.events).status).toBe('rated-false');
  });

  it('reads an array, an @graph and the DataCommons feed alike, with the same ids', async () => {
    const second = review({
      url: 'https://factcheck.example/2021/moon-cheese',
      claimReviewed: 'The moon is made of cheese',
      reviewRating: { alternateName: 'Pants on Fire' },
    });
    const shapes = {
      array: [review(), second],
      graph: {
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage', name: 'page' }, review(), second],
      },
      feed: {
        '@context': 'https://schema.org',
        '@type': 'DataFeed',
        dataFeedElement: [
          { '@type': 'DataFeedItem', item: [review()] },
          { '@type': 'DataFeedItem', item: second },
        ],
      },
    };
    const ids = new Set<string>();
    for (const [shape, input] of Object.entries(shapes)) {
      const { dataset } = await importClaimReview(input, OPTIONS);
      expect(
        dataset.claims.map((c) => c.text),
        shape,
      ).toEqual(['The moon is made of cheese', 'The world is flat']);
      ids.add(dataset.claims.map((c) => c.id).join());
    }
    expect(ids.size).toBe(1);
  });

  it('reports every item it skips, with its path and reason', async () => {
    const input = {
      '@graph': [
        { '@type': 'WebPage' },
        review({ claimReviewed: ' ' }),
        review({ datePublished: 'sometime' }),
        review({ reviewRating: { '@type': 'Rating' } }),
        review({
          url: 'javascript:alert(1)',
          claimReviewed: 'Kept without its URL',
          author: { name: 'Checker' },
        }),
        review(),
        review(),
        'text',
      ],
    };
    const { dataset, skipped } = await importClaimReview(input, OPTIONS);
    expect(skipped).toEqual([
      { at: '$["@graph"][0]', reason: 'not a ClaimReview (@type "WebPage")' },
      { at: '$["@graph"][1]', reason: 'no claimReviewed: the review does not say which claim it rates' },
      { at: '$["@graph"][2]', reason: 'no readable datePublished ("sometime"): a rating needs a date' },
      {
        at: '$["@graph"][3]',
        reason: 'no reviewRating with an alternateName or a ratingValue within its scale',
      },
      { at: '$["@graph"][4].url', reason: 'URL left out: only https:// URLs are accepted' },
      { at: '$["@graph"][7]', reason: 'not a JSON-LD object' },
      {
        at: '$["@graph"][6]',
        reason: 'the same claim as $["@graph"][5] (id the-world-is-flat-b851e6ee1e8f)',
      },
    ]);
    expect(dataset.claims.map((c) => c.text).sort()).toEqual(['Kept without its URL', 'The world is flat']);
    const kept = dataset.claims.find((c) => c.text === 'Kept without its URL')!;
    expect(kept.events.at(-1)!.source).toEqual({ outlet: 'Checker', language: 'en', outletId: 'checker' });
  });

  it('rates from the numeric scale when there is no wording', async () => {
    const { dataset } = await importClaimReview(
      review({ reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1 } }),
      OPTIONS,
    );
    expect(dataset.claims[0]!.events.at(-1)!.rating).toEqual({
      label: '4 on a scale from 1 (worst) to 5 (best)',
      value: 'mostly-true',
    });
  });

  it('names a reviewer who is a person with their organisation', async () => {
    const input = review({
      author: { '@type': 'Person', name: 'Jane Checker' },
      publisher: { '@type': 'Organization', name: 'Fact Desk' },
    });
    const { dataset } = await importClaimReview(input, OPTIONS);
    const rated = dataset.claims[0]!.events.at(-1)!;
    expect(rated.actor).toEqual({ name: 'Jane Checker', role: 'fact-checker', organisation: 'Fact Desk' });
    expect(rated.source.outlet).toBe('Fact Desk');
  });

  it('keeps markup in the claim as text and shortens over-long fields, saying so', async () => {
    const input = review({ claimReviewed: `<script>alert(1)</script> ${'word '.repeat(500)}` });
    const { dataset, skipped } = await importClaimReview(input, OPTIONS);
    expect(dataset.claims[0]!.text.startsWith('<script>alert(1)</script> word')).toBe(true);
    expect(dataset.claims[0]!.text.length).toBeLessThanOrEqual(2000);
    expect(skipped).toEqual([{ at: '$.claimReviewed', reason: 'shortened to 2000 characters (was 2525)' }]);
  });

  it('accepts the type spelled with a prefix or in an array; claims without a language get the default', async () => {
    const { dataset } = await importClaimReview(
      [
        review({ '@type': ['schema:ClaimReview'], inLanguage: undefined }),
        review({ '@type': 'https://schema.org/ClaimReview', url: 'https://factcheck.example/2' }),
      ],
      { ...OPTIONS, language: 'en' },
    );
    expect(dataset.claims).toHaveLength(2);
    expect(dataset.claims.map((c) => c.language)).toEqual(['en', 'en']);
  });
});

describe('Google Fact Check Tools API', () => {
  const input = parseJson(readFileSync(FIXTURE), IMPORT_PARSE_LIMITS);

  it('imports all 10 claims of the real sample response, skipping nothing', async () => {
    const { dataset, skipped } = await importFactCheckApi(input, OPTIONS);
    expect(skipped).toEqual([]);
    expect(dataset.claims).toHaveLength(10);
    const ratings = dataset.claims.flatMap((c) =>
      c.events.filter((e) => e.type === 'rated').map((e) => `${e.rating!.label} → ${e.rating!.value}`),
    );
    expect(ratings.sort()).toEqual([
      'FALSE → false',
      'False Context → misleading',
      'False → false',
      'False → false',
      'False → false',
      'False → false',
      'False → false',
      'Misleading → misleading',
      'Misleading → misleading',
      'false → false',
    ]);
    expect(
      dataset.claims.every((c) => c.events[0]!.type === 'reported' && c.events[1]!.type === 'rated'),
    ).toBe(true);
  });

  it('keeps times the API gives and drops the midnight it writes for "no time"', async () => {
    const { dataset } = await importFactCheckApi(input, OPTIONS);
    const quint = dataset.claims.find((c) => c.text === 'Recent pictures from Assam floods.')!;
    expect(quint.events.map((e) => e.date)).toEqual(['2022-05-20T07:02:20Z', '2022-05-20T07:02:20Z']);
    const flood = dataset.claims.find((c) => c.text.startsWith('Silchar flooded'))!;
    expect(flood.events.map((e) => e.date)).toEqual(['2016-06-20', '2022-07-11']);
    expect(flood.events[0]!.actor!.name).toMatch(/^NewsX, One India/);
    expect(flood.id).toBe('flood-jihad-newsx-other-media-outlets-journos-011323f83ce2');
  });

  it('gives a review the same claim id as the ClaimReview importer does', async () => {
    const { dataset: api } = await importFactCheckApi(input, OPTIONS);
    const first = (input as { response: { claims: LooseJson[] } }).response.claims[0];
    const r = first.claimReview[0];
    const { dataset: jsonld } = await importClaimReview(
      review({
        url: r.url,
        claimReviewed: first.text,
        datePublished: r.reviewDate,
        author: { name: r.publisher.name },
        reviewRating: { alternateName: r.textualRating },
      }),
      OPTIONS,
    );
    expect(api.claims.map((c) => c.id)).toContain(jsonld.claims[0]!.id);
  });

  it('reports what it skips in a broken response', async () => {
    const broken = {
      claims: [
        { text: 'No reviews' },
        { text: 'Undated review', claimReview: [{ publisher: { name: 'X' }, textualRating: 'False' }] },
        { claimReview: [] },
        'nonsense',
      ],
    };
    const { dataset, skipped } = await importFactCheckApi([broken, { nextPageToken: 'x' }, {}], OPTIONS);
    expect(dataset.claims).toEqual([]);
    expect(skipped).toEqual([
      { at: '$[1]', reason: 'not a Fact Check Tools response (no "claims" array)' },
      { at: '$[0].claims[0]', reason: 'no usable claimReview: a claim needs a dated rating' },
      { at: '$[0].claims[1].claimReview[0]', reason: 'no readable reviewDate (null): a rating needs a date' },
      { at: '$[0].claims[1]', reason: 'no usable claimReview: a claim needs a dated rating' },
      { at: '$[0].claims[2]', reason: 'no claim text' },
      { at: '$[0].claims[3]', reason: 'not an object' },
    ]);
  });
});

describe('JSONL claims', () => {
  const lines = [
    '{"id": "vclaim-pol-00001", "claim": "Murders dropped by more than 10%.", "title": "Trump wrong on murders", "url": "https://www.politifact.com/factchecks/2019/oct/29/x/", "date": "stated on October 28, 2019 in a speech:", "verdict": "pants-fire", "speaker": "Donald Trump"}',
    '',
    '{"id": "vclaim-sno-fries", "claim": "McDonald’s offers $1 fries.", "title": "$1 Fries", "date": "26 May 2015", "subtitle": "Rumor"}',
    '{"id": "broken", "claim": ',
    '{"id": "no-claim"}',
    '{"id": "us-date", "claim": "x", "date": "03/04/2020"}',
    '{"id": "has spaces", "claim": "An id that is not a format id.", "date": "2020-01-02"}',
    '{"id": "proto", "claim": "x", "date": "2020-01-02", "__proto__": {"polluted": true}}',
    '[1, 2]',
  ].join('\n');

  it('makes a claim per line and reports every line it skips', async () => {
    const { dataset, skipped } = await importJsonl(encode(lines), {
      ...OPTIONS,
      language: 'en',
      outlet: 'Snopes',
      keptSkips: Infinity,
    });
    expect(dataset.claims.map((c) => c.id)).toEqual([
      'has-spaces-dd9c37fa2dc7',
      'vclaim-pol-00001',
      'vclaim-sno-fries',
    ]);
    expect(skipped).toEqual([
      {
        at: 'line 4',
        reason: 'is not valid JSON: the file ends in the middle of a value (is it truncated?)',
      },
      { at: 'line 5', reason: 'no "claim" text' },
      { at: 'line 6', reason: 'no date the importer can read in "date" ("03/04/2020")' },
      {
        at: 'line 8: $.__proto__',
        reason:
          'is a key reserved by JavaScript ("__proto__", "constructor", "prototype") and not a field of the format',
      },
      { at: 'line 9', reason: 'not a JSON object' },
      { at: 'field "subtitle"', reason: 'not a field the importer reads (on 1 line)' },
    ]);
  });

  it('rates a verdict and reports a speaker, on the line’s date, citing its URL', async () => {
    const { dataset } = await importJsonl(encode(lines), { ...OPTIONS, language: 'en', outlet: 'Snopes' });
    const pol = dataset.claims.find((c) => c.id === 'vclaim-pol-00001')!;
    const source = { outlet: 'Snopes', url: 'https://www.politifact.com/factchecks/2019/oct/29/x/' };
    expect(pol.events).toEqual([
      { date: '2019-10-28', type: 'reported', actor: { name: 'Donald Trump' }, source },
      {
        date: '2019-10-28',
        type: 'rated',
        actor: { name: 'Snopes', role: 'fact-checker' },
        source,
        rating: { label: 'pants-fire', value: 'false' },
        note: 'Trump wrong on murders',
      },
    ]);
    const sno = dataset.claims.find((c) => c.id === 'vclaim-sno-fries')!;
    expect(sno.events).toEqual([
      { date: '2015-05-26', type: 'reported', source: { outlet: 'Snopes' }, note: '$1 Fries' },
    ]);
  });

  it('without --outlet, cites the URL’s host, and skips lines that have neither', async () => {
    const { dataset, skipped } = await importJsonl(encode(lines), OPTIONS);
    expect(dataset.claims.find((c) => c.id === 'vclaim-pol-00001')!.events[0]!.source.outlet).toBe(
      'politifact.com',
    );
    expect(skipped).toContainEqual({
      at: 'line 3',
      reason: 'no source: the line has no "url" and no outlet was given (--outlet)',
    });
    expect(dataset.claims[0]!.language).toBe('und');
  });
});

describe('the last step every importer shares (finish)', () => {
  const claim = (id: string, events: unknown[]) =>
    ({ id, text: `Claim ${id}`, language: 'en', paraphrases: [], anchors: [], tags: [], events }) as never;
  const reported = { date: '2024-01-01', type: 'reported', source: { outlet: 'Wire' } };

  it('skips each drafted claim the format refuses, with the reason, and keeps the others', () => {
    const report = new Report();
    const { dataset, skipped } = finish(
      [
        { claim: claim('kept', [reported]), at: 'line 1' },
        { claim: claim('no-events', []), at: 'line 2' },
        { claim: claim('unrated', [{ ...reported, type: 'rated' }]), at: 'line 3' },
        {
          claim: claim('unknown-outlet', [{ ...reported, source: { outlet: 'Wire', outletId: 'nowhere' } }]),
          at: 'line 4',
        },
        { claim: claim('kept', [reported]), at: 'line 5' },
      ],
      OPTIONS,
      report,
      [{ id: 'wire', name: 'Wire', kind: 'agency', domains: [], handles: [], aliases: [] }],
    );
    expect(dataset.claims.map((c) => c.id)).toEqual(['kept']);
    expect(dataset.outlets!.map((o) => o.id)).toEqual(['wire']);
    expect(skipped).toEqual([
      {
        at: 'line 2',
        reason:
          'not a valid claim: events must hold at least one event: a claim without an event has nothing to tell',
      },
      // Checks that span a claim's fields skip the claim too, not the whole import.
      { at: 'line 3', reason: 'not a valid claim: events.0 is a "rated" event without a rating' },
      {
        at: 'line 4',
        reason: `not a valid claim: events.0.source.outletId "nowhere" is not the id of an outlet in this file's "outlets"`,
      },
      { at: 'line 5', reason: 'the same claim as line 1 (id kept)' },
    ]);
  });
});

describe('dates as feeds write them', () => {
  it('reads unambiguous forms and leaves the rest', () => {
    expect(readLooseDate('2022-06-22T15:45:00Z')).toBe('2022-06-22T15:45:00Z');
    expect(readLooseDate('2022-06-22T00:00:00Z')).toBe('2022-06-22');
    expect(readLooseDate('2022-06-22T10:00:00')).toBe('2022-06-22');
    expect(readLooseDate('2022-06-22T25:00:00Z')).toBe('2022-06-22');
    expect(readLooseDate('6 March 2021')).toBe('2021-03-06');
    expect(readLooseDate('Sept. 3, 2020')).toBe('2020-09-03');
    expect(readLooseDate('stated on October 22, 2019 in a campaign mailer.:')).toBe('2019-10-22');
    expect(readLooseDate('February 30, 2020')).toBeUndefined();
    expect(readLooseDate('03/04/2020')).toBeUndefined();
    expect(readLooseDate(20200101)).toBeUndefined();
  });
});

const EVAL = '/work/shared/eval/claimmatch';
describe.skipIf(!existsSync(EVAL))('the evaluation collections (when present on this machine)', () => {
  it('imports the PolitiFact and Snopes collections, skipping only lines without a date', async () => {
    const pol = await importJsonl(readFileSync(`${EVAL}/checkthat2021-2b-en/vclaims.jsonl`), {
      ...OPTIONS,
      language: 'en',
    });
    expect(pol.dataset.claims).toHaveLength(19_250);
    // Text copied from social media and a wrong charset: the invisible characters go, the claims stay.
    expect(pol.skipped).toEqual([
      { at: 'line 5078', reason: 'removed 2 invisible formatting or control character(s): U+202A, U+202C' },
      { at: 'line 10011', reason: 'removed 1 invisible formatting or control character(s): U+0090' },
      { at: 'line 10021', reason: 'removed 1 invisible formatting or control character(s): U+0090' },
    ]);
    const sno = await importJsonl(readFileSync(`${EVAL}/checkthat2022-2a-en/vclaims.jsonl`), {
      ...OPTIONS,
      language: 'en',
      outlet: 'Snopes',
      keptSkips: Infinity,
    });
    expect(sno.dataset.claims).toHaveLength(13_938);
    expect(new Set(sno.skipped.map((s) => s.reason.replace(/ \(.*/, '')))).toEqual(
      new Set(['no date the importer can read in "date"', 'not a field the importer reads']),
    );
  }, 60_000);
});
