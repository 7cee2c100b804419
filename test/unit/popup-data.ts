/**
 * Shared test data for the popup and options tests: real, sourced facts (Kazakhstan/CSTO rumour of
 * 14 September 2022 and its denials; the Putin assassination rumour and the Kremlin's denial).
 */
import type { Claim } from '../../src/engine/model';
import type { Span } from '../../src/engine/types';
import type { DatasetSummary, PageInfo, ShownMatch, TabState } from '../../src/shared/messages';

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

/** Where `sentence` (at `start` in the article) writes each of `words`, as the engine reports matched words. */
export function wordSpans(sentence: string, start: number, words: readonly string[]): Span[] {
  return words.map((word) => {
    const at = sentence.indexOf(word);
    if (at < 0) throw new Error(`"${word}" is not in "${sentence}"`);
    return { start: start + at, end: start + at + word.length };
  });
}

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
      decidingEvent: KZ_CLAIM.events[0],
    },
    matchedTerms: ['kazakhstan', 'suspend', 'membership', 'csto'],
    matchedWords: wordSpans(sentence, 120, ['Kazakhstan', 'suspend', 'membership', 'CSTO']),
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
      decidingEvent: PUTIN_CLAIM.events[0],
    },
    matchedTerms: ['putin'],
    matchedWords: wordSpans(sentence, 900, ['Putin']),
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
