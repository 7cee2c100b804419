/**
 * Shared test data for the popup and options tests: real, sourced facts (Kazakhstan/CSTO rumour of
 * 14 September 2022 and its denials; the Putin assassination rumour and the Kremlin's denial), and
 * a stand-in for src/shared/browser whose runtime.sendMessage answers like the background.
 */
import { vi } from 'vitest';
import type { Claim } from '../../src/engine/model';
import type { DatasetSummary, PageInfo, Request, ShownMatch, TabState } from '../../src/shared/messages';

export const KZ_CLAIM: Claim = {
  id: 'kz-csto-suspension-2023',
  text: 'Kazakhstan will suspend its membership in the CSTO from early 2023.',
  language: 'en',
  paraphrases: [],
  anchors: [
    { name: 'Kazakhstan', aliases: ['Kazakhstan'] },
    { name: 'CSTO', aliases: ['CSTO', 'Collective Security Treaty Organization'] },
  ],
  tags: ['kazakhstan', 'csto'],
  // Deliberately out of order: the popup sorts by date.
  events: [
    {
      date: '2022-09-15',
      type: 'denied',
      actor: { name: 'Aydos Sarym', role: 'member of the Majilis Defence and Security Committee' },
      source: { outlet: 'mk.ru', via: 'Euro Weekly News' },
      quote: 'There were no such rumours, let alone discussions',
    },
    {
      date: '2022-09-14',
      type: 'reported',
      actor: { name: '@yellow_folder', role: 'Telegram channel' },
      source: { outlet: 'Euro Weekly News' },
      quote: 'Attention! Kazakhstan is going to suspend its membership in the CSTO early next year!',
    },
    {
      date: '2022-09-15',
      type: 'denied',
      actor: { name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan' },
      source: { outlet: 'zakon.kz', via: 'Euro Weekly News' },
      quote:
        'All the talk that Kazakhstan has allegedly cooled off and, moreover, is going to withdraw from the Eurasian Economic Union (EAEU), from the CSTO is absolutely untrue.',
      note: 'in an interview with the Russia-24 TV channel',
    },
  ],
};

export const PUTIN_CLAIM: Claim = {
  id: 'putin-assassination-attempt-2022-09-14',
  text: 'Putin survived an assassination attempt on 14 September 2022.',
  language: 'en',
  paraphrases: [],
  anchors: [{ name: 'Vladimir Putin', aliases: ['Putin'] }],
  tags: ['russia'],
  events: [
    {
      date: '2022-09-15',
      type: 'denied',
      actor: { name: 'Dmitry Peskov', role: 'Kremlin spokesman' },
      source: { outlet: 'TASS', url: 'https://tass.com/politics/1508247' },
      quote: 'No',
    },
  ],
};

export const PAGE: PageInfo = {
  url: 'https://weeklynews.example/news/kazakhstan-csto',
  title: 'Kazakhstan to suspend its membership of the CSTO, reports say',
  published: '2022-09-14T22:57:00+02:00',
  outlet: 'Euro Weekly News',
  language: 'en',
};

export const DATASET: DatasetSummary = {
  id: 'afterword-demo',
  title: 'Afterword demo dataset',
  version: 3,
  asOf: '2026-11-24',
  publisher: 'Afterword contributors',
  license: 'CC-BY-4.0',
  claims: 2,
};

export function kzMatch(overrides: Partial<ShownMatch> = {}): ShownMatch {
  const sentence =
    'Kazakhstan is going to suspend its membership in the CSTO early next year, a Telegram channel claimed.';
  return {
    claimId: KZ_CLAIM.id,
    kind: 'match',
    score: 0.82,
    start: 120,
    end: 120 + sentence.length,
    sentence,
    passages: [{ start: 120, end: 120 + sentence.length }],
    stance: 'asserts',
    stanceEvidence: { where: 'text', sentence, start: 120, end: 120 + sentence.length, cue: null },
    verdict: {
      status: 'denied',
      relation: 'after',
      days: 1,
      text: 'Denied 1 day after this article.',
      decidingEvent: KZ_CLAIM.events[0],
    },
    matchedTerms: ['kazakhstan', 'suspend', 'membership', 'csto'],
    claim: KZ_CLAIM,
    datasetId: DATASET.id,
    ...overrides,
  };
}

export function putinMatch(overrides: Partial<ShownMatch> = {}): ShownMatch {
  const sentence = 'Other unverified reports this week concerned Vladimir Putin.';
  return {
    claimId: PUTIN_CLAIM.id,
    kind: 'related',
    score: 0.41,
    start: 900,
    end: 900 + sentence.length,
    sentence,
    passages: [{ start: 900, end: 900 + sentence.length }],
    stance: 'hedged',
    stanceEvidence: { where: 'text', sentence, start: 900, end: 900 + sentence.length, cue: 'unverified' },
    verdict: {
      status: 'denied',
      relation: 'after',
      days: 1,
      text: 'Denied 1 day after this article.',
      decidingEvent: PUTIN_CLAIM.events[0],
    },
    matchedTerms: ['putin'],
    claim: PUTIN_CLAIM,
    datasetId: DATASET.id,
    ...overrides,
  };
}

export const SCANNED: TabState = {
  state: 'scanned',
  page: PAGE,
  matches: [kzMatch(), putinMatch()],
  scannedAt: '2026-11-24T10:00:00.000Z',
};

/** What each request answers in the current test; a function may throw to simulate a background error. */
export type Handlers = { [T in Request['type']]?: (req: Extract<Request, { type: T }>) => unknown };

/** The stand-in for src/shared/browser's default export. */
export function createBrowserMock() {
  const state: {
    handlers: Handlers;
    messages: Record<string, string>;
    /** storage.local's contents. */
    local: Record<string, unknown>;
    /** What tabs.sendMessage answers (the content script's side). */
    pageReply: (tabId: number, message: unknown) => unknown;
  } = { handlers: {}, messages: {}, local: {}, pageReply: () => ({ ok: true }) };
  const messageListeners = new Set<(message: unknown) => unknown>();
  const changeListeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const browser = {
    storage: {
      local: {
        get: vi.fn(async (key: string) =>
          key in state.local ? { [key]: structuredClone(state.local[key]) } : {},
        ),
        set: vi.fn(async (items: Record<string, unknown>) => {
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            state.local[k] = structuredClone(v);
            changes[k] = { newValue: structuredClone(v) };
          }
          for (const l of changeListeners) l(changes, 'local');
        }),
        remove: vi.fn(async (key: string) => {
          delete state.local[key];
          for (const l of changeListeners) l({ [key]: {} }, 'local');
        }),
      },
      onChanged: {
        addListener: (l: (changes: Record<string, { newValue?: unknown }>, area: string) => void) =>
          changeListeners.add(l),
        removeListener: (l: (changes: Record<string, { newValue?: unknown }>, area: string) => void) =>
          changeListeners.delete(l),
      },
    },
    commands: {
      getAll: vi.fn(async () => [
        {
          name: 'toggle-highlights',
          description: 'Show or hide Afterword’s highlights on the page',
          shortcut: 'Alt+Shift+H',
        },
        { name: 'next-passage', description: 'Go to the next highlighted passage', shortcut: 'Alt+Shift+J' },
        { name: 'previous-passage', description: 'Go to the previous highlighted passage', shortcut: '' },
      ]),
    },
    runtime: {
      sendMessage: vi.fn(async (req: Request) => {
        const handler = state.handlers[req.type] as ((r: Request) => unknown) | undefined;
        if (!handler) return { ok: false, error: `No handler for ${req.type}` };
        try {
          return { ok: true, value: await handler(req) };
        } catch (err) {
          return { ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }),
      openOptionsPage: vi.fn(async () => undefined),
      /** Pages listen for the background's events (BackgroundEvent); tests call the listeners. */
      onMessage: {
        addListener: vi.fn((l: (message: unknown) => unknown) => void messageListeners.add(l)),
        removeListener: vi.fn((l: (message: unknown) => unknown) => void messageListeners.delete(l)),
      },
      getManifest: vi.fn(() => ({
        manifest_version: 3,
        name: 'Afterword',
        version: '0.1.0',
        permissions: ['storage', 'contextMenus'],
        content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['src/content/index.ts'] }],
      })),
    },
    tabs: {
      query: vi.fn(async () => [{ id: 42, active: true }]),
      sendMessage: vi.fn(async (tabId: number, message: unknown) => state.pageReply(tabId, message)),
    },
    permissions: {
      request: vi.fn(async (_: { origins?: string[] }) => true),
    },
    i18n: {
      getMessage: vi.fn((key: string) => state.messages[key] ?? ''),
      getUILanguage: vi.fn(() => 'en-GB'),
    },
  };
  /** Delivers a message to the page's runtime.onMessage listeners, as the background's broadcast would. */
  const broadcast = (message: unknown) => {
    for (const l of messageListeners) l(message);
  };
  return { browser, state, broadcast };
}

export const mock = createBrowserMock();
