/**
 * The one-sentence verdict, composed from the verdict's structured fields in the UI language: who
 * (with their role when there is one), what, and when relative to the article; English, Russian
 * and Ukrainian through the shipped _locales.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ClaimEvent } from '../../src/engine/model';
import type { Verdict } from '../../src/engine/types';
import { browserMessages, useMessages } from '../../src/ui/strings';
import { verdictSentence } from '../../src/ui/verdict-sentence';
import { getMessageFrom, readLocale } from './locale-support';
import { KZ_CLAIM, PUTIN_CLAIM } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
  useMessages(browserMessages);
});

afterEach(() => {
  fake.i18n.getMessage.mockReset();
  fake.i18n.getMessage.mockImplementation(() => '');
  fake.i18n.getUILanguage.mockReset();
  fake.i18n.getUILanguage.mockImplementation(() => 'en-GB');
});

function useLocale(lang: 'en' | 'ru' | 'uk') {
  const bundles = lang === 'en' ? [readLocale('en')] : [readLocale(lang), readLocale('en')];
  fake.i18n.getMessage.mockImplementation(getMessageFrom(...bundles));
  fake.i18n.getUILanguage.mockImplementation(() => (lang === 'en' ? 'en-GB' : lang));
}

const TOKAYEV: ClaimEvent = {
  date: '2022-06-17',
  type: 'confirmed',
  actor: { name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan' },
  source: { outlet: 'Channel 24' },
};
const LDNR: Claim = { ...KZ_CLAIM, id: 'ldnr', events: [TOKAYEV] };

const v = (over: Partial<Verdict>): Verdict => ({
  status: 'denied',
  relation: 'after',
  days: 1,
  ...over,
});

describe('English', () => {
  it('names one actor with their role, two by name, and says when relative to the article', () => {
    useLocale('en');
    expect(
      verdictSentence({ claim: PUTIN_CLAIM, verdict: v({ decidingEvent: PUTIN_CLAIM.events[0] }) }),
    ).toBe('Denied by Dmitry Peskov (Kremlin spokesman) one day after this article was published.');
    expect(verdictSentence({ claim: KZ_CLAIM, verdict: v({ decidingEvent: KZ_CLAIM.events[0] }) })).toBe(
      'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
    );
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', relation: 'before', days: -89, decidingEvent: TOKAYEV }),
      }),
    ).toBe(
      'Confirmed by Kassym-Jomart Tokayev (President of Kazakhstan) 3 months before this article was published.',
    );
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', relation: 'same-day', days: 0, decidingEvent: TOKAYEV }),
      }),
    ).toBe(
      'Confirmed by Kassym-Jomart Tokayev (President of Kazakhstan) on the day this article was published.',
    );
    expect(
      verdictSentence({ claim: LDNR, verdict: v({ relation: 'after', days: 400, decidingEvent: TOKAYEV }) }),
    ).toContain('one year after');
    expect(
      verdictSentence({ claim: LDNR, verdict: v({ relation: 'after', days: 12, decidingEvent: TOKAYEV }) }),
    ).toContain('12 days after');
  });

  it('without an article date, gives the event’s own date at its precision', () => {
    useLocale('en');
    const undated = { relation: 'undated-article' as const, days: null };
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', ...undated, decidingEvent: TOKAYEV }),
      }),
    ).toBe('Confirmed by Kassym-Jomart Tokayev (President of Kazakhstan) on 17 June 2022.');
    const month = { ...TOKAYEV, date: '2022-06' };
    expect(
      verdictSentence({
        claim: { ...LDNR, events: [month] },
        verdict: v({ status: 'confirmed', ...undated, decidingEvent: month }),
      }),
    ).toBe('Confirmed by Kassym-Jomart Tokayev (President of Kazakhstan) in June 2022.');
  });

  it('says “still unconfirmed” with the dataset’s date, and names a fact-checker by its outlet', () => {
    useLocale('en');
    const reported: Claim = {
      ...LDNR,
      events: [{ date: '2024', type: 'reported', source: { outlet: 'AB News' } }],
    };
    expect(
      verdictSentence({
        claim: reported,
        verdict: v({ status: 'unconfirmed', relation: 'none', days: null }),
        datasetAsOf: '2026-11-24',
      }),
    ).toBe('Still unconfirmed as of 24 November 2026.');
    expect(
      verdictSentence({
        claim: reported,
        verdict: v({ status: 'unconfirmed', relation: 'none', days: null }),
      }),
    ).toBe('Not confirmed or denied so far.');
    const rating: ClaimEvent = {
      date: '2022-09-20',
      type: 'rated',
      rating: { label: 'False', value: 'false' },
      source: { outlet: 'PolitiFact' },
    };
    expect(
      verdictSentence({
        claim: { ...LDNR, events: [rating] },
        verdict: v({ status: 'rated-false', days: 6, decidingEvent: rating }),
      }),
    ).toBe('Rated false by PolitiFact 6 days after this article was published.');
  });

  it('shortens three or more actors to two names and a count', () => {
    useLocale('en');
    const day = '2022-09-15';
    const events: ClaimEvent[] = ['A One', 'B Two', 'C Three', 'D Four'].map((name) => ({
      date: day,
      type: 'denied',
      actor: { name },
      source: { outlet: 'X' },
    }));
    expect(verdictSentence({ claim: { ...LDNR, events }, verdict: v({ decidingEvent: events[0] }) })).toBe(
      'Denied by A One, B Two and 2 others one day after this article was published.',
    );
  });
});

describe('Russian', () => {
  it('uses Russian plural forms, dates and word order', () => {
    useLocale('ru');
    expect(
      verdictSentence({ claim: PUTIN_CLAIM, verdict: v({ decidingEvent: PUTIN_CLAIM.events[0] }) }),
    ).toBe('Опровергнуто через 1 день после публикации этой статьи — Dmitry Peskov (Kremlin spokesman).');
    expect(
      verdictSentence({ claim: KZ_CLAIM, verdict: v({ days: 3, decidingEvent: KZ_CLAIM.events[0] }) }),
    ).toBe('Опровергнуто через 3 дня после публикации этой статьи — Aydos Sarym и Kassym-Jomart Tokayev.');
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', relation: 'before', days: -150, decidingEvent: TOKAYEV }),
      }),
    ).toBe(
      'Подтверждено за 5 месяцев до публикации этой статьи — Kassym-Jomart Tokayev (President of Kazakhstan).',
    );
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', relation: 'undated-article', days: null, decidingEvent: TOKAYEV }),
      }),
    ).toBe('Подтверждено 17 июня 2022 г. — Kassym-Jomart Tokayev (President of Kazakhstan).');
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'unconfirmed', relation: 'none', days: null }),
        datasetAsOf: '2026-11-24',
      }),
    ).toBe('Не подтверждено по состоянию на 24 ноября 2026 г.');
  });
});

describe('Ukrainian', () => {
  it('uses Ukrainian plural forms, dates and word order', () => {
    useLocale('uk');
    expect(verdictSentence({ claim: KZ_CLAIM, verdict: v({ decidingEvent: KZ_CLAIM.events[0] }) })).toBe(
      'Спростовано через 1 день після публікації цієї статті — Aydos Sarym і Kassym-Jomart Tokayev.',
    );
    expect(
      verdictSentence({ claim: PUTIN_CLAIM, verdict: v({ days: 2, decidingEvent: PUTIN_CLAIM.events[0] }) }),
    ).toBe('Спростовано через 2 дні після публікації цієї статті — Dmitry Peskov (Kremlin spokesman).');
    expect(
      verdictSentence({
        claim: PUTIN_CLAIM,
        verdict: v({ relation: 'before', days: -375, decidingEvent: PUTIN_CLAIM.events[0] }),
      }),
    ).toBe('Спростовано за 1 рік до публікації цієї статті — Dmitry Peskov (Kremlin spokesman).');
    expect(
      verdictSentence({
        claim: LDNR,
        verdict: v({ status: 'confirmed', relation: 'undated-article', days: null, decidingEvent: TOKAYEV }),
      }),
    ).toBe('Підтверджено 17 червня 2022 р. — Kassym-Jomart Tokayev (President of Kazakhstan).');
  });
});
