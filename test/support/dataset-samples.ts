/**
 * Datasets built in the tests themselves: a small valid dataset to mutate, generators of large
 * ones as bytes (never written to disk), and fast-check arbitraries of valid datasets.
 */
import fc from 'fast-check';
import { OUTLET_KINDS, type Claim, type ClaimEvent, type Dataset, type Outlet } from '../../src/engine/model';

/** A JSON value a test pokes at any depth (`d.claims[0].events[1].type = …`) to make it invalid on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile fixtures are untyped by design
export type LooseJson = any;

export const encode = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

export function sampleClaim(id = 'claim-1', overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    text: 'The minister resigned on Monday.',
    language: 'en',
    paraphrases: [{ text: 'Министр ушёл в отставку в понедельник.', language: 'ru' }],
    anchors: [{ name: 'Minister', aliases: ['minister'] }],
    tags: ['politics'],
    events: [
      {
        date: '2024-03-04',
        type: 'reported',
        source: { outlet: 'Example News', url: 'https://news.example/a' },
      },
      {
        date: '2024-03-05T10:30:00+01:00',
        type: 'denied',
        actor: { name: 'A. Spokesperson', role: 'spokesperson', organisation: 'The Ministry' },
        source: { outlet: 'Wire', language: 'en' },
        quote: 'The minister has not resigned.',
      },
    ],
    ...overrides,
  };
}

export function sampleDataset(claims: Claim[] = [sampleClaim()]): Dataset {
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id: 'sample',
    version: 1,
    title: 'Sample',
    asOf: '2024-04-01',
    publisher: { name: 'Sample Publisher', url: 'https://publisher.example/' },
    license: { id: 'CC-BY-4.0' },
    claims,
  };
}

/** The smallest valid claim, for datasets that must be big in claims and small in bytes. */
export const tinyClaimJson = (i: number): string =>
  `{"id":"c${i}","text":"t","language":"en","paraphrases":[],"anchors":[],"tags":[],"events":[{"date":"2024-01-01","type":"reported","source":{"outlet":"o"}}]}`;

const HEADER =
  '{"format":"afterword-dataset","formatVersion":1,"id":"big","version":1,"title":"Big","asOf":"2024-01-02","publisher":{"name":"P"},"license":{"id":"CC0-1.0"},"claims":[';

/** The tiny claims from..to-1 as they stand in the claims array, each after a comma but the first. */
function tinyClaimsText(from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(i ? `,${tinyClaimJson(i)}` : tinyClaimJson(i));
  return parts.join('');
}

export function tinyDatasetText(claims: number): string {
  return `${HEADER}${tinyClaimsText(0, claims)}]}`;
}

/** Claims in each chunk of tinyDatasetStream. */
const STREAM_CHUNK_CLAIMS = 5_000;

/**
 * A dataset of `claims` tiny claims as a stream, produced chunk by chunk as it is read, with a
 * count of the bytes the reader actually pulled. After the first, every chunk holds the same bytes
 * (5,000 claims whose ids repeat from chunk to chunk): a reader that stops at a size limit reads
 * the same number of bytes, and the test does not spend a second writing and encoding a million
 * different claims it never parses.
 */
export function tinyDatasetStream(claims: number): {
  stream: ReadableStream<Uint8Array>;
  pulled: () => number;
} {
  const encoder = new TextEncoder();
  const repeated = encoder.encode(tinyClaimsText(STREAM_CHUNK_CLAIMS, 2 * STREAM_CHUNK_CLAIMS));
  let next = 0;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= claims) {
        controller.enqueue(encoder.encode(']}'));
        controller.close();
        return;
      }
      const end = Math.min(claims, next + STREAM_CHUNK_CLAIMS);
      let chunk = repeated;
      if (next === 0) chunk = encoder.encode(HEADER + tinyClaimsText(0, end));
      else if (end - next < STREAM_CHUNK_CLAIMS) chunk = encoder.encode(tinyClaimsText(next, end));
      next = end;
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

// ---- fast-check: valid datasets -------------------------------------------------------------

/** Text that survives the format's trimming: no outer white space, at least one visible character. */
export const textArb = (max = 40) =>
  fc
    .string({
      unit: fc.constantFrom(
        'a',
        'b',
        'Я',
        'é',
        ' ',
        '<',
        '>',
        '&',
        '"',
        "'",
        '\\',
        '/',
        '😀',
        '中',
        'x',
        '\n',
      ),
      minLength: 1,
      maxLength: max,
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
const languageArb = fc.constantFrom('en', 'ru', 'uk', 'pt-BR', 'und');
const dayArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateArb = fc.oneof(
  dayArb,
  dayArb.map((d) => d.slice(0, 7)),
  dayArb.map((d) => d.slice(0, 4)),
  dayArb.map((d) => `${d}T12:34:56Z`),
  dayArb.map((d) => `${d}T23:59+05:30`),
);
const urlArb = fc.constantFrom('https://a.example/x', 'https://b.example/y?q=1#z', 'http://localhost:8080/p');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o));

const eventArb: fc.Arbitrary<ClaimEvent> = fc
  .record({
    date: dateArb,
    type: fc.constantFrom('reported', 'denied', 'confirmed', 'rated', 'retracted', 'corrected'),
    actor: opt(fc.record({ name: textArb(), role: opt(textArb()), organisation: opt(textArb()) })),
    source: fc.record({
      outlet: textArb(),
      via: opt(textArb()),
      url: opt(urlArb),
      language: opt(languageArb),
    }),
    quote: opt(textArb(80)),
    rating: fc.record({
      label: textArb(),
      value: fc.constantFrom(
        'false',
        'mostly-false',
        'mixed',
        'mostly-true',
        'true',
        'misleading',
        'unrated',
      ),
    }),
    note: opt(textArb(80)),
  })
  .map(({ rating, ...e }) => strip(e.type === 'rated' ? { ...e, rating } : e) as ClaimEvent);

export const claimArb = (id: fc.Arbitrary<string> = idArb): fc.Arbitrary<Claim> =>
  fc.record({
    id,
    text: textArb(120),
    language: languageArb,
    paraphrases: fc.array(fc.record({ text: textArb(), language: languageArb }), { maxLength: 3 }),
    anchors: fc.array(fc.record({ name: textArb(), aliases: fc.array(textArb(), { maxLength: 3 }) }), {
      maxLength: 2,
    }),
    tags: fc.array(textArb(20), { maxLength: 3 }),
    events: fc.array(eventArb, { minLength: 1, maxLength: 4 }),
  });

/** Outlets of one file: unique ids, and domains and handles numbered by position so no two outlets share one. */
export const outletsArb: fc.Arbitrary<Outlet[]> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id, i) =>
        fc
          .record({
            name: textArb(),
            kind: fc.constantFrom(...OUTLET_KINDS),
            domains: fc.subarray([`o${i}-news.com`, `o${i}.co.uk`, `o${i}.blogspot.com`]),
            handles: fc.subarray([`@o${i}_channel`, `@O${i}.Video`]),
            aliases: fc.array(textArb(), { maxLength: 2 }),
            url: opt(urlArb),
            country: opt(fc.constantFrom('KZ', 'RU', 'GB')),
            language: opt(languageArb),
            source: opt(fc.record({ outlet: textArb(), url: opt(urlArb) }).map(strip)),
            note: opt(textArb(80)),
          })
          .map((o) => strip({ id, ...o }) as Outlet),
      ),
    ),
  );

/** A version 1.1 dataset: outlets, and events that name some of them by id (in the source or the actor). */
const withOutletsArb = (d: Dataset): fc.Arbitrary<Dataset> =>
  outletsArb.chain((outlets) => {
    const pick = opt(fc.constantFrom(...outlets.map((o) => o.id)));
    const claims = fc.tuple(
      ...d.claims.map((c) =>
        fc.tuple(...c.events.map(() => fc.tuple(pick, pick))).map((ids) => ({
          ...c,
          events: c.events.map((e, i) => {
            const [sourceId, actorId] = ids[i]!;
            return strip({
              ...e,
              source: { ...e.source, outletId: sourceId },
              ...(e.actor && { actor: { ...e.actor, outletId: actorId } }),
            }) as ClaimEvent;
          }),
        })),
      ),
    );
    return claims.map((cs) => ({ ...d, formatVersion: 1.1 as const, outlets, claims: cs }));
  });

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .uniqueArray(claimArb(), { selector: (c) => c.id, maxLength: 6 })
  .chain((claims) =>
    fc.record({
      format: fc.constant('afterword-dataset' as const),
      formatVersion: fc.constant(1 as const),
      id: idArb,
      version: fc.integer({ min: 1, max: 1000 }),
      title: textArb(),
      asOf: dayArb,
      publisher: fc.record({ name: textArb(), url: opt(urlArb) }).map(strip),
      license: fc.record({ id: textArb(20), url: opt(urlArb) }).map(strip),
      claims: fc.constant(claims),
    }),
  )
  .chain((d) => fc.oneof(fc.constant(d), withOutletsArb(d)));
