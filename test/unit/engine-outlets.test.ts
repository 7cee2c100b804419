/**
 * Outlets in the engine: registrable domains and social handles from addresses, the directory
 * merged across datasets, an outlet's record (checked by hand on a story and, as a property, against
 * a direct count over generated events), and a claim's origin chain.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAtPrecision, daysBetween, parseDate } from '../../src/engine/dates';
import {
  buildOutletDirectory,
  claimOrigin,
  findOutlets,
  handleFromUrl,
  outletForUrl,
  outletRecord,
  outletRecords,
  registrableDomain,
  type OutletClaim,
} from '../../src/engine/index';
import type { Claim, ClaimEvent, Dataset, EventType, Outlet } from '../../src/engine/model';
import { deriveStatus } from '../../src/engine/status';

const outlet = (id: string, over: Partial<Outlet> = {}): Outlet => ({
  id,
  name: id,
  kind: 'news',
  domains: [],
  handles: [],
  aliases: [],
  ...over,
});

function dataset(id: string, outlets: Outlet[], claims: Claim[]): Dataset {
  return {
    format: 'afterword-dataset',
    formatVersion: 1.1,
    id,
    version: 1,
    title: id,
    asOf: '2024-01-01',
    publisher: { name: id },
    license: { id: 'CC0-1.0' },
    outlets,
    claims,
  };
}

const claim = (id: string, events: ClaimEvent[]): Claim => ({
  id,
  text: id,
  language: 'en',
  paraphrases: [],
  anchors: [],
  tags: [],
  events,
});

describe('addresses', () => {
  it('give the registrable domain by the Public Suffix List, private suffixes included', () => {
    expect(registrableDomain('https://www.tass.com/politics/1508247')).toBe('tass.com');
    expect(registrableDomain('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(registrableDomain('someone.blogspot.com')).toBe('someone.blogspot.com');
    expect(registrableDomain('https://127.0.0.1/x')).toBeUndefined();
    expect(registrableDomain('co.uk')).toBeUndefined();
    expect(registrableDomain('not a url')).toBeUndefined();
  });

  it('give the handle of a social page, and none for a platform’s own pages', () => {
    expect(handleFromUrl('https://t.me/yellow_folder/1234')).toEqual({
      platform: 't.me',
      handle: '@yellow_folder',
    });
    expect(handleFromUrl('https://t.me/s/yellow_folder')).toEqual({
      platform: 't.me',
      handle: '@yellow_folder',
    });
    expect(handleFromUrl('https://x.com/EWNews/status/1')?.handle).toBe('@EWNews');
    expect(handleFromUrl('https://mobile.twitter.com/EWNews')?.handle).toBe('@EWNews');
    expect(handleFromUrl('https://www.youtube.com/@channel24/videos')?.handle).toBe('@channel24');
    expect(handleFromUrl('https://bsky.app/profile/someone.bsky.social')?.handle).toBe(
      '@someone.bsky.social',
    );
    expect(handleFromUrl('https://www.youtube.com/watch?v=x')).toBeUndefined();
    expect(handleFromUrl('https://x.com/search?q=csto')).toBeUndefined();
    expect(handleFromUrl('https://www.facebook.com/sharer.php?u=x')).toBeUndefined();
    expect(handleFromUrl('https://t.me/')).toBeUndefined();
    expect(handleFromUrl('https://tass.com/politics')).toBeUndefined();
  });
});

describe('the directory', () => {
  const a = dataset(
    'a',
    [
      outlet('tass', { name: 'TASS', kind: 'agency', domains: ['tass.com'] }),
      outlet('yellow-folder', { name: '@yellow_folder', kind: 'telegram', handles: ['@yellow_folder'] }),
    ],
    [],
  );
  const b = dataset(
    'b',
    [
      outlet('tass-ru', { name: 'ТАСС', kind: 'agency', domains: ['tass.ru', 'tass.com'] }),
      outlet('tass', { name: 'TASS Russian News Agency', kind: 'agency', aliases: ['ITAR-TASS'] }),
      outlet('other', { name: 'Other', domains: ['other.example'] }),
    ],
    [],
  );
  const dir = buildOutletDirectory([a, b]);

  it('merges outlets by id and by domain; the first dataset names them, the rest pools', () => {
    expect(dir.outlets.map((o) => o.key)).toEqual(['tass', 'yellow-folder', 'other']);
    const tass = dir.outlets[0]!;
    expect(tass.name).toBe('TASS');
    expect(tass.domains).toEqual(['tass.com', 'tass.ru']);
    expect(tass.aliases).toEqual(['ТАСС', 'TASS Russian News Agency', 'ITAR-TASS']);
    expect(tass.members).toEqual([
      { datasetId: 'a', outletId: 'tass' },
      { datasetId: 'b', outletId: 'tass-ru' },
      { datasetId: 'b', outletId: 'tass' },
    ]);
  });

  it('finds the outlet of a page by its domain, then by the handle of a social page', () => {
    expect(outletForUrl(dir, 'https://tass.ru/politika/1')?.key).toBe('tass');
    expect(outletForUrl(dir, 'https://www.tass.com/x')?.key).toBe('tass');
    expect(outletForUrl(dir, 'https://t.me/Yellow_Folder/77')?.key).toBe('yellow-folder');
    expect(outletForUrl(dir, 'https://t.me/someone_else/1')).toBeUndefined();
    expect(outletForUrl(dir, 'https://unknown.example/')).toBeUndefined();
  });

  it('finds outlets by host, handle, name, alias or part of a name', () => {
    expect(findOutlets(dir, 'tass.ru').map((o) => o.key)).toEqual(['tass']);
    expect(findOutlets(dir, 'https://tass.com/a').map((o) => o.key)).toEqual(['tass']);
    expect(findOutlets(dir, '@YELLOW_FOLDER').map((o) => o.key)).toEqual(['yellow-folder']);
    expect(findOutlets(dir, 'itar-tass').map((o) => o.key)).toEqual(['tass']);
    expect(findOutlets(dir, 'news agency').map((o) => o.key)).toEqual(['tass']);
    expect(findOutlets(dir, 'nothing like it')).toEqual([]);
  });

  it('links a name two outlets claim to neither', () => {
    const x = dataset('x', [outlet('p', { aliases: ['Shared'] }), outlet('q', { aliases: ['shared'] })], []);
    expect(findOutlets(buildOutletDirectory([x]), 'Shared').map((o) => o.key)).toEqual(['p', 'q']);
    expect(buildOutletDirectory([x]).byName.get('shared')).toBeNull();
  });
});

describe('an outlet’s record, on the seed story’s shape', () => {
  const outlets = [
    outlet('ewn', { name: 'Euro Weekly News', domains: ['euroweeklynews.com'] }),
    outlet('yf', { name: '@yellow_folder', kind: 'telegram', handles: ['@yellow_folder'] }),
    outlet('mk', { name: 'Moskovsky Komsomolets', domains: ['mk.ru'], aliases: ['mk.ru'] }),
    outlet('tass', { name: 'TASS', kind: 'agency', domains: ['tass.com'] }),
    outlet('checker', { name: 'Desk Check', kind: 'fact-checker', domains: ['check.example'] }),
  ];
  const story = dataset('d', outlets, [
    claim('csto', [
      {
        date: '2022-09-14',
        type: 'reported',
        actor: { name: '@yellow_folder', role: 'Telegram channel' },
        source: { outlet: 'Euro Weekly News', outletId: 'ewn' },
      },
      { date: '2022-09-14', type: 'reported', source: { outlet: 'Euro Weekly News' } },
      {
        date: '2022-09-15',
        type: 'denied',
        actor: { name: 'Aydos Sarym' },
        source: { outlet: 'mk.ru', via: 'Euro Weekly News' },
      },
    ]),
    claim('putin', [
      {
        date: '2022-09-14',
        type: 'reported',
        source: { outlet: 'EWN', url: 'https://www.euroweeklynews.com/2022/09/14/x/' },
      },
      {
        date: '2022-09-15',
        type: 'denied',
        source: { outlet: 'TASS', url: 'https://tass.com/politics/1508247' },
      },
    ]),
    claim('corrected-later', [
      { date: '2022-10-01', type: 'reported', source: { outlet: 'TASS' } },
      { date: '2022-10-03', type: 'corrected', source: { outlet: 'TASS' } },
      { date: '2022-11-20', type: 'confirmed', source: { outlet: 'TASS' } },
    ]),
    claim('fact-checked', [
      {
        date: '2023-01-02',
        type: 'reported',
        actor: { name: 'Euro Weekly News' },
        source: { outlet: 'Desk Check', url: 'https://check.example/r/1' },
      },
      {
        date: '2023-01-05',
        type: 'rated',
        source: { outlet: 'Desk Check', url: 'https://check.example/r/1' },
        rating: { label: 'False', value: 'false' },
      },
    ]),
  ]);
  const dir = buildOutletDirectory([story]);
  const recordOf = (key: string) =>
    outletRecord(
      dir,
      [story],
      dir.outlets.find((o) => o.key === key)!,
    );

  it('lists the claims an outlet reported, how each stands, when it was decided and what the outlet did next', () => {
    const r = recordOf('ewn');
    expect(r.claims).toEqual<OutletClaim[]>([
      {
        datasetId: 'd',
        claimId: 'csto',
        status: 'denied',
        reportedOn: '2022-09-14',
        decidedOn: '2022-09-15',
        days: 1,
        followUp: 'reported-outcome',
      },
      {
        datasetId: 'd',
        claimId: 'putin',
        status: 'denied',
        reportedOn: '2022-09-14',
        decidedOn: '2022-09-15',
        days: 1,
        followUp: null,
      },
      {
        datasetId: 'd',
        claimId: 'fact-checked',
        status: 'rated-false',
        reportedOn: '2023-01-02',
        decidedOn: '2023-01-05',
        days: 3,
        followUp: null,
      },
    ]);
    expect(r).toMatchObject({ reported: 3, denied: 2, ratedFalse: 1, reportedOutcome: 1, corrected: 0 });
  });

  it('counts a channel named as the actor of a report it posted, and not an outlet only cited (via)', () => {
    expect(recordOf('yf').claims.map((c) => c.claimId)).toEqual(['csto']);
    expect(recordOf('mk').reported).toBe(0);
  });

  it('keeps the strongest follow-up: a correction before the confirmation it later reported', () => {
    expect(recordOf('tass').claims.find((c) => c.claimId === 'corrected-later')).toMatchObject({
      status: 'confirmed',
      followUp: 'corrected',
      days: 50,
    });
  });

  it('does not count a fact-checker’s account of where a claim was made as its report', () => {
    expect(recordOf('checker').reported).toBe(0);
  });

  it('tells where a claim came from: who made it, who reported it, who cited it', () => {
    expect(claimOrigin(dir, 'd', story.claims[0]!)).toEqual([
      {
        date: '2022-09-14',
        role: 'made',
        name: '@yellow_folder',
        outlet: { key: 'yf', name: '@yellow_folder', kind: 'telegram' },
      },
      {
        date: '2022-09-14',
        role: 'reported',
        name: 'Euro Weekly News',
        outlet: { key: 'ewn', name: 'Euro Weekly News', kind: 'news' },
      },
    ]);
    expect(claimOrigin(dir, 'd', story.claims[3]!)).toEqual([
      {
        date: '2023-01-02',
        role: 'made',
        name: 'Euro Weekly News',
        outlet: { key: 'ewn', name: 'Euro Weekly News', kind: 'news' },
      },
    ]);
  });

  it('names parties no outlet of the datasets is in their own words', () => {
    const c = claim('c', [
      {
        date: '2023-09-25',
        type: 'reported',
        actor: { name: 'Kazakh media' },
        source: { outlet: 'Wire', via: 'TASS' },
      },
    ]);
    expect(claimOrigin(dir, 'd', c)).toEqual([
      { date: '2023-09-25', role: 'made', name: 'Kazakh media', outlet: null },
      { date: '2023-09-25', role: 'reported', name: 'Wire', outlet: null },
      {
        date: '2023-09-25',
        role: 'cited',
        name: 'TASS',
        outlet: { key: 'tass', name: 'TASS', kind: 'agency' },
      },
    ]);
  });
});

describe('the record, as a property: it equals a direct count over the events', () => {
  const NAMES = ['Alpha', 'Beta', 'Gamma'];
  const outlets = NAMES.map((n) => outlet(n.toLowerCase(), { name: n }));
  const dateArb = fc.oneof(
    fc.integer({ min: 1, max: 28 }).map((d) => `2024-03-${String(d).padStart(2, '0')}`),
    fc.constantFrom('2024-03', '2024'),
  );
  // Who an event names: an outlet by id, by name, or someone no outlet is.
  const partyArb: fc.Arbitrary<{ name: string; id?: string }> = fc.constantFrom(
    ...NAMES.map((n) => ({ name: n, id: n.toLowerCase() })),
    ...NAMES.map((n) => ({ name: n })),
    { name: 'Nobody' },
  );
  const eventArb = fc
    .record({
      date: dateArb,
      type: fc.constantFrom<EventType>('reported', 'denied', 'confirmed', 'rated', 'retracted', 'corrected'),
      source: partyArb,
      actor: fc.option(partyArb, { nil: undefined }),
      via: fc.option(fc.constantFrom(...NAMES, 'Nobody'), { nil: undefined }),
      url: fc.option(fc.constantFrom('https://x.example/1', 'https://x.example/2'), { nil: undefined }),
      value: fc.constantFrom('false', 'true', 'mixed', 'unrated'),
    })
    .map((e): ClaimEvent => ({
      date: e.date,
      type: e.type,
      source: {
        outlet: e.source.name,
        ...(e.source.id && { outletId: e.source.id }),
        ...(e.url && { url: e.url }),
        ...(e.via && { via: e.via }),
      },
      ...(e.actor && { actor: { name: e.actor.name, ...(e.actor.id && { outletId: e.actor.id }) } }),
      ...(e.type === 'rated' && { rating: { label: e.value, value: e.value as 'false' } }),
    }));
  const datasetArb = fc
    .array(fc.array(eventArb, { minLength: 1, maxLength: 6 }), { maxLength: 8 })
    .map((claims) =>
      dataset(
        'p',
        outlets,
        claims.map((events, i) => claim(`c${i}`, events)),
      ),
    );

  /** The definition, written out: each claim, each outlet, straight from the events. */
  function directCount(d: Dataset, key: string) {
    const is = (name: string | undefined, id?: string) =>
      id === key || (id === undefined && name?.toLowerCase() === key);
    const counts = {
      reported: 0,
      statuses: {} as Record<string, number>,
      followUps: {} as Record<string, number>,
    };
    for (const c of d.claims) {
      const rated = c.events.filter((e) => e.type === 'rated');
      const own = (e: ClaimEvent) =>
        (is(e.source.outlet, e.source.outletId) &&
          !(
            e.type === 'reported' &&
            rated.some((r) => r.source.outlet === e.source.outlet && r.source.url === e.source.url)
          )) ||
        (e.actor !== undefined && is(e.actor.name, e.actor.outletId));
      const reports = c.events.filter((e) => e.type === 'reported' && own(e));
      if (reports.length === 0) continue;
      const first = reports.reduce((a, b) => (compareKey(b.date) < compareKey(a.date) ? b : a));
      const later = c.events.filter(
        (e) => compareAtPrecision(parseDate(e.date)!, parseDate(first.date)!) >= 0,
      );
      const followUp = later.some((e) => e.type === 'retracted' && own(e))
        ? 'retracted'
        : later.some((e) => e.type === 'corrected' && own(e))
          ? 'corrected'
          : later.some((e) => (e.type === 'denied' || e.type === 'confirmed') && (own(e) || is(e.source.via)))
            ? 'reported-outcome'
            : 'none';
      counts.reported++;
      const status = deriveStatus(c.events).status;
      counts.statuses[status] = (counts.statuses[status] ?? 0) + 1;
      counts.followUps[followUp] = (counts.followUps[followUp] ?? 0) + 1;
    }
    return counts;
  }
  const compareKey = (date: string) => {
    const p = parseDate(date)!;
    return p.year * 10000 + p.month * 100 + p.day;
  };

  it('for every outlet, on generated claims', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const dir = buildOutletDirectory([d]);
        const records = outletRecords(dir, [d]);
        for (const o of dir.outlets) {
          const r = records.get(o.key)!;
          const want = directCount(d, o.key);
          expect(r.reported).toBe(want.reported);
          expect(r.claims).toHaveLength(want.reported);
          expect({
            denied: r.denied,
            confirmed: r.confirmed,
            'rated-false': r.ratedFalse,
            'rated-true': r.ratedTrue,
            'rated-mixed': r.ratedMixed,
            unconfirmed: r.unconfirmed,
            retracted: r.withdrawn,
          }).toEqual({
            denied: 0,
            confirmed: 0,
            'rated-false': 0,
            'rated-true': 0,
            'rated-mixed': 0,
            unconfirmed: 0,
            retracted: 0,
            ...want.statuses,
          });
          expect({
            'reported-outcome': r.reportedOutcome,
            corrected: r.corrected,
            retracted: r.retracted,
          }).toEqual({
            'reported-outcome': want.followUps['reported-outcome'] ?? 0,
            corrected: want.followUps.corrected ?? 0,
            retracted: want.followUps.retracted ?? 0,
          });
          for (const c of r.claims) {
            const [from, to] = [parseDate(c.reportedOn)!, c.decidedOn ? parseDate(c.decidedOn)! : undefined];
            expect(c.days).toBe(
              to && from.precision === 'day' && to.precision === 'day' ? daysBetween(from, to) : null,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
