/**
 * Every request of the protocol checked before the background acts on it: from the sender its type
 * declares (a tab's content script, or the extension's own pages), with the fields its schema
 * declares. Walks the protocol's table, so a request type added without a declaration, or without
 * an example here, fails.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRequest, type RequestOf, type RequestType } from '../../src/shared/messages';
import { checkRequest, PROTOCOL, type SenderInfo } from '../../src/shared/protocol';
import type * as Router from '../../src/background/router';
import { createFakeBrowser } from '../support/fake-browser';

const OWN = 'chrome-extension://test/';

/** A valid request of every type, with every optional field given so that each is tried wrong too. */
const EXAMPLES: { [T in RequestType]: RequestOf<T> } = {
  'article:scan': {
    type: 'article:scan',
    page: {
      url: 'https://news.example/a',
      title: 'Headline',
      published: '2022-09-14',
      outlet: 'News',
      language: 'en',
    },
    text: 'Kazakhstan will suspend its CSTO membership.',
    timings: { detect: 0.1, extract: 1, highlight: 0.5 },
  },
  'article:none': { type: 'article:none', url: 'https://news.example/', timings: { detect: 0.1 } },
  'article:highlighted': { type: 'article:highlighted', timings: { detect: 0.1, highlight: 1 } },
  'tab:get': { type: 'tab:get', tabId: 3 },
  'datasets:list': { type: 'datasets:list' },
  'article:more': {
    type: 'article:more',
    page: { url: 'https://news.example/a', title: 'Next' },
    text: 'More text.',
  },
  'article:paused': { type: 'article:paused', url: 'https://news.example/a' },
  'lookup:search': { type: 'lookup:search', query: 'CSTO', limit: 10 },
  'card:more': { type: 'card:more', claimId: 'kz-csto-suspension-2023' },
  'popup:intent': { type: 'popup:intent', tabId: 3 },
  'sources:list': { type: 'sources:list' },
  'sources:add': { type: 'sources:add', url: 'https://desk.example/d.json', publicKey: 'key' },
  'sources:remove': { type: 'sources:remove', sourceId: 'abc' },
  'sources:enable': { type: 'sources:enable', sourceId: 'abc', enabled: true },
  'sources:update': { type: 'sources:update', sourceId: 'abc' },
  'sources:rollback': { type: 'sources:rollback', sourceId: 'abc' },
  'sources:changes': { type: 'sources:changes', sourceId: 'abc', held: true },
  'sources:hold': { type: 'sources:hold', sourceId: 'abc', install: true },
  'sources:key': { type: 'sources:key', sourceId: 'abc', publicKey: 'key', confirm: false },
  'sources:interval': { type: 'sources:interval', minutes: 60 },
  'sources:import': { type: 'sources:import', transferId: 'abc', fileName: 'd.json' },
  'sources:export': { type: 'sources:export', sourceId: 'abc' },
  'outlets:site': { type: 'outlets:site', url: 'https://www.euroweeklynews.com/2022/09/14/a' },
  'outlets:list': { type: 'outlets:list', query: 'weekly' },
  'outlets:origins': {
    type: 'outlets:origins',
    claims: [{ datasetId: 'afterword-default', claimId: 'kz-csto-suspension-2023' }],
  },
  'memory:list': { type: 'memory:list', query: 'csto' },
  'memory:seen': { type: 'memory:seen' },
  'memory:forget': { type: 'memory:forget', key: 'afterword-default\u0000kz-csto-suspension-2023' },
  'memory:forget-all': { type: 'memory:forget-all' },
  'memory:follow': {
    type: 'memory:follow',
    claim: { datasetId: 'afterword-default', claimId: 'kz-csto-suspension-2023' },
    follow: true,
  },
  'memory:following': {
    type: 'memory:following',
    claims: [{ datasetId: 'afterword-default', claimId: 'kz-csto-suspension-2023' }],
  },
  'memory:settings': { type: 'memory:settings', retentionDays: 365, keepUrl: false, notify: true },
  'paused:here': { type: 'paused:here' },
  'paused:list': { type: 'paused:list' },
  'paused:set': { type: 'paused:set', url: 'https://news.example/a', paused: true },
  'hints:page': { type: 'hints:page', url: 'https://news.example/a' },
  'hints:get': { type: 'hints:get', url: 'https://news.example/a' },
  'hints:set': { type: 'hints:set', url: 'https://news.example/a', claimId: 'c1', hidden: true },
  'reports:list': { type: 'reports:list' },
  'reports:add': {
    type: 'reports:add',
    report: {
      claimId: 'kz-csto-suspension-2023',
      datasetId: 'afterword-default',
      claimText: 'Kazakhstan will suspend its membership in the CSTO.',
      kind: 'match',
      sentence: 'Kazakhstan is going to suspend its membership in the CSTO.',
      matchedTerms: ['kazakhstan', 'csto'],
      score: 0.8,
      url: 'https://news.example/a',
    },
  },
  'reports:clear': { type: 'reports:clear' },
};

const SENDERS: Record<string, SenderInfo> = {
  'a content script (top frame)': { tab: { id: 4 }, frameId: 0, url: 'https://news.example/a' },
  'a content script in an iframe': { tab: { id: 4 }, frameId: 7, url: 'https://ads.example/frame' },
  'the popup': { url: `${OWN}src/popup/index.html` },
  'the options page, in a tab': { tab: { id: 5 }, frameId: 0, url: `${OWN}src/options/index.html` },
  'a sender with no address and no tab': {},
  'another extension’s page': { url: 'chrome-extension://other/page.html' },
  'an address that only starts like ours': { url: 'chrome-extension://test-evil/page.html' },
};

/** Which of SENDERS each kind accepts. */
const ACCEPTS = {
  content: ['a content script (top frame)'],
  extension: ['the popup', 'the options page, in a tab'],
};

const TYPES = Object.keys(EXAMPLES) as RequestType[];

/** Every field of a request (nested ones too) as a path, with a value of another type than its own. */
function wrongFields(request: object): { path: string[]; wrong: unknown }[] {
  const out: { path: string[]; wrong: unknown }[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      if (path.length > 0) out.push({ path, wrong: 'an object as text' });
      return;
    }
    if (path[0] === 'type') return;
    const wrong = typeof value === 'string' ? 42 : typeof value === 'number' ? '42' : 'yes';
    out.push({ path, wrong }, { path, wrong: { nested: true } });
  };
  visit(request, []);
  return out;
}

function withField(request: object, path: string[], value: unknown): unknown {
  const copy = structuredClone(request) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/**
 * The background's router, imported once for the file: every request sent to it here is refused
 * before any handler runs, so no test leaves state in it for the next, and it reaches the browser
 * through the seam, which is the fake the running test created. (A fresh import per test, 84 of
 * them, took most of the file's time.)
 */
let imported: Promise<typeof Router> | undefined;
const router = () => (imported ??= import('../../src/background/router'));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  createFakeBrowser();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('the protocol’s table', () => {
  it('declares every request type, and every one has an example here', () => {
    expect(Object.keys(PROTOCOL).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) {
      expect(isRequest({ type }), type).toBe(true);
      expect(['content', 'extension']).toContain(PROTOCOL[type].from);
    }
  });

  it('reading another tab, the datasets, the look-up and the popup’s intent is for extension pages only', () => {
    for (const type of [
      'tab:get',
      'datasets:list',
      'lookup:search',
      'popup:intent',
      'outlets:site',
      'outlets:list',
      'outlets:origins',
    ] as const)
      expect(PROTOCOL[type].from, type).toBe('extension');
  });

  it('the reading memory is read and changed by extension pages only, never by a page', () => {
    const memoryTypes = TYPES.filter((type) => type.startsWith('memory:'));
    expect(memoryTypes).toHaveLength(7);
    for (const type of memoryTypes) {
      expect(PROTOCOL[type].from, type).toBe('extension');
      const checked = checkRequest(EXAMPLES[type], SENDERS['a content script (top frame)']!, OWN);
      expect(checked, type).toEqual({ ok: false, error: `Only the extension’s own pages may send ${type}` });
    }
  });

  it('a page learns only whether its own site is paused and the hints hidden on its site; lists and changes are the extension’s', () => {
    const fromContent = TYPES.filter((type) => PROTOCOL[type].from === 'content');
    expect(fromContent.filter((type) => /^(paused|hints|reports):/.test(type)).sort()).toEqual([
      'hints:page',
      'paused:here',
    ]);
    // paused:here names no site: the background answers for the sender's own page.
    expect(
      checkRequest(
        { type: 'paused:here', url: 'https://other.example/' },
        SENDERS['a content script (top frame)']!,
        OWN,
      ),
    ).toEqual({
      ok: false,
      error: 'Refused paused:here: "url" is not a field of paused:here',
    });
  });

  it('bounds a report: its sentence, its matched words, its kind', () => {
    const popup = SENDERS['the popup']!;
    const report = EXAMPLES['reports:add'].report;
    expect(
      checkRequest({ type: 'reports:add', report: { ...report, sentence: 's'.repeat(5_001) } }, popup, OWN),
    ).toEqual({
      ok: false,
      error: 'Refused reports:add: the sentence must be at most 5,000 characters',
    });
    expect(checkRequest({ type: 'reports:add', report: { ...report, kind: 'maybe' } }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused reports:add: the kind of match must be "match" or "related"',
    });
    const words = Array.from({ length: 501 }, (_, i) => `w${i}`);
    expect(
      checkRequest({ type: 'reports:add', report: { ...report, matchedTerms: words } }, popup, OWN),
    ).toEqual({
      ok: false,
      error: 'Refused reports:add: at most 500 matched words may be given',
    });
  });

  it('bounds the reading memory’s settings and lists', () => {
    const popup = SENDERS['the popup']!;
    expect(checkRequest({ type: 'memory:settings', retentionDays: 0 }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused memory:settings: the retention must be at least 1 day',
    });
    expect(checkRequest({ type: 'memory:settings', retentionDays: 1.5 }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused memory:settings: the retention must be a whole number of days',
    });
    const many = Array.from({ length: 101 }, (_, i) => ({ datasetId: 'd', claimId: `c${i}` }));
    expect(checkRequest({ type: 'memory:following', claims: many }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused memory:following: at most 100 claims may be asked about at once',
    });
    expect(checkRequest({ type: 'memory:forget', key: '' }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused memory:forget: the remembered claim is missing',
    });
  });
});

describe.each(TYPES)('%s', (type) => {
  const example = EXAMPLES[type];
  const from = PROTOCOL[type].from;

  it('passes from its own sender, as it is', () => {
    for (const name of ACCEPTS[from]) {
      const checked = checkRequest(example, SENDERS[name]!, OWN);
      expect(checked, name).toEqual({ ok: true, request: example });
    }
  });

  it('is refused, in words and logged in the extension, from any other sender', async () => {
    const { handle } = await router();
    for (const [name, sender] of Object.entries(SENDERS)) {
      if (ACCEPTS[from].includes(name)) continue;
      warn.mockClear();
      const reply = await handle(structuredClone(example), sender as never);
      expect(reply, name).toEqual({
        ok: false,
        error:
          from === 'content'
            ? `Only a page’s content script (top frame) may send ${type}`
            : `Only the extension’s own pages may send ${type}`,
      });
      expect(warn, name).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toContain(`may send ${type}`);
    }
  });

  it('is refused with any field of the wrong type, a field missing, or one too many', async () => {
    const { handle } = await router();
    const sender = SENDERS[ACCEPTS[from][0]!]!;
    for (const { path, wrong } of wrongFields(example)) {
      const reply = await handle(withField(example, path, wrong), sender as never);
      expect(reply.ok, `${path.join('.')} = ${JSON.stringify(wrong)}`).toBe(false);
      expect(!reply.ok && reply.error).toMatch(new RegExp(`^Refused ${type}: \\S`));
    }
    for (const key of Object.keys(example).filter((k) => k !== 'type')) {
      const without = { ...example } as Record<string, unknown>;
      delete without[key];
      const reply = checkRequest(without, sender, OWN);
      // Optional fields may be left out; a required one left out is named.
      if (!reply.ok) expect(reply.error).toBe(`Refused ${type}: "${key}" is missing`);
    }
    expect(checkRequest({ ...example, tabId2: 1 }, sender, OWN)).toEqual({
      ok: false,
      error: `Refused ${type}: "tabId2" is not a field of ${type}`,
    });
  });
});

describe('bounds a content script is held to', () => {
  const top = SENDERS['a content script (top frame)']!;

  it('refuses an article past the text budget, a headline past its limit, a negative tab id', () => {
    const scan = EXAMPLES['article:scan'];
    expect(checkRequest({ ...scan, text: 'x'.repeat(400_001) }, top, OWN)).toEqual({
      ok: false,
      error: 'Refused article:scan: the article’s text must be at most 400,000 characters',
    });
    expect(checkRequest({ ...scan, page: { ...scan.page, title: 't'.repeat(10_000) } }, top, OWN)).toEqual({
      ok: false,
      error: 'Refused article:scan: the title must be at most 1,000 characters',
    });
    const popup = SENDERS['the popup']!;
    expect(checkRequest({ type: 'tab:get', tabId: -1 }, popup, OWN)).toEqual({
      ok: false,
      error: 'Refused tab:get: the tab id must not be negative',
    });
  });

  it('unknown requests and non-objects are refused as such', () => {
    for (const message of [null, 'article:scan', 42, { type: 'toString' }, { type: 'nope' }, {}]) {
      const checked = checkRequest(message, top, OWN);
      expect(checked.ok, JSON.stringify(message)).toBe(false);
      expect(!checked.ok && checked.error).toMatch(/^Unknown request/);
    }
  });
});
