/**
 * One visual language for a claim on a page: the mark's colour from what became of the claim, its
 * style from what the article does with it; the badge's alarm only for claims the article spreads
 * that were later denied or rated false; the toolbar tooltip for every state of a tab; and the
 * in-page card's stance in words, with why.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  articleView,
  badgeColour,
  BADGE_COLOURS,
  IDLE_TITLE,
  toolbarView,
} from '../../src/background/toolbar';
import { CARD_QUOTE_CHARS, cardStance } from '../../src/content/card-view';
import type { ClaimStatus, MatchKind, Stance, StanceEvidence } from '../../src/engine/types';
import type { TabState } from '../../src/shared/messages';
import { HIGHLIGHT_NAMES, highlightName, isAlarm, markStyle } from '../../src/ui/stance';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

const STANCES: Stance[] = ['asserts', 'hedged', 'reports-denial', 'debunks'];

function m(stance: Stance, status: ClaimStatus, kind: MatchKind = 'match') {
  return { kind, stance, verdict: { status } };
}

describe('the mark: colour from the status, style from the stance', () => {
  it('spreads when the article states the claim or passes it on, answers when it reports the denial or debunks it', () => {
    expect(STANCES.map(markStyle)).toEqual(['spreads', 'spreads', 'answers', 'answers']);
  });

  it('never draws a passage that reports a denial like one that spreads the claim', () => {
    expect(highlightName('denied', 'asserts')).toBe('afterword-false');
    expect(highlightName('denied', 'hedged')).toBe('afterword-false');
    expect(highlightName('denied', 'reports-denial')).toBe('afterword-false-answers');
    expect(highlightName('rated-false', 'debunks')).toBe('afterword-false-answers');
    expect(highlightName('confirmed', 'asserts')).toBe('afterword-true');
    expect(highlightName('rated-mixed', 'debunks')).toBe('afterword-mixed-answers');
    expect(highlightName('unconfirmed', 'hedged')).toBe('afterword-unconfirmed');
  });

  it('names only highlights the stylesheet styles and clearHighlights clears', () => {
    const statuses: ClaimStatus[] = [
      'denied',
      'confirmed',
      'rated-false',
      'rated-true',
      'rated-mixed',
      'retracted',
      'unconfirmed',
    ];
    for (const status of statuses)
      for (const stance of STANCES) expect(HIGHLIGHT_NAMES).toContain(highlightName(status, stance));
  });

  it('draws a stance it does not know as spreading, never calmer than it may be', () => {
    expect(markStyle('something-new' as Stance)).toBe('spreads');
  });
});

describe('the badge colour', () => {
  it('is the alarm when the article states or passes on a claim later denied, rated false or retracted', () => {
    expect(isAlarm(m('asserts', 'denied'))).toBe(true);
    expect(isAlarm(m('hedged', 'rated-false'))).toBe(true);
    expect(isAlarm(m('hedged', 'retracted'))).toBe(true);
    expect(badgeColour([m('reports-denial', 'denied'), m('hedged', 'denied')])).toBe(BADGE_COLOURS.alarm);
  });

  it('is no alarm when the article reports the denial or debunks the claim', () => {
    expect(isAlarm(m('reports-denial', 'denied'))).toBe(false);
    expect(isAlarm(m('debunks', 'rated-false'))).toBe(false);
    expect(badgeColour([m('reports-denial', 'denied')])).toBe(BADGE_COLOURS.answered);
    expect(badgeColour([m('debunks', 'rated-false'), m('hedged', 'unconfirmed')])).toBe(
      BADGE_COLOURS.unconfirmed,
    );
  });

  it('is no alarm for a claim the article only relates to, and none at all without a stated claim', () => {
    expect(isAlarm(m('asserts', 'denied', 'related'))).toBe(false);
    expect(badgeColour([m('asserts', 'denied', 'related')])).toBeNull();
    expect(badgeColour([m('asserts', 'confirmed'), m('asserts', 'denied', 'related')])).toBe(
      BADGE_COLOURS.true,
    );
  });

  it('otherwise takes the most serious status: mixed, then unconfirmed, then true', () => {
    expect(badgeColour([m('asserts', 'confirmed'), m('hedged', 'rated-mixed')])).toBe(BADGE_COLOURS.mixed);
    expect(badgeColour([m('asserts', 'confirmed'), m('hedged', 'unconfirmed')])).toBe(
      BADGE_COLOURS.unconfirmed,
    );
  });
});

describe('the toolbar tooltip, one per state', () => {
  const page = { url: 'https://www.example.com/news/1' };
  const scanned = (matches: ReturnType<typeof m>[]): TabState =>
    ({ state: 'scanned', page, matches, scannedAt: '' }) as unknown as TabState;

  it('tells every state apart', () => {
    const titles = [
      toolbarView({ state: 'idle' }),
      toolbarView({ state: 'not-article', page }),
      toolbarView({ state: 'paused', page }),
      toolbarView(scanned([])),
      toolbarView(scanned([m('asserts', 'denied', 'related'), m('hedged', 'confirmed', 'related')])),
      toolbarView(scanned([m('reports-denial', 'denied'), m('asserts', 'confirmed')])),
      toolbarView(scanned([m('hedged', 'denied'), m('asserts', 'confirmed'), m('asserts', 'rated-false')])),
    ].map((v) => v.title);
    expect(titles).toEqual([
      IDLE_TITLE,
      "Afterword: this page doesn't look like a news article",
      'Afterword is paused on example.com',
      'Afterword: no tracked claims in this article',
      'Afterword: 2 related claims, none stated in this article',
      'Afterword: 2 tracked claims in this article',
      'Afterword: 3 tracked claims in this article — 2 of them, stated or passed on here, were later denied, rated false or retracted',
    ]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('counts stated claims on the badge, and nothing for the other states', () => {
    expect(articleView([m('hedged', 'denied')])).toEqual({
      text: '1',
      color: BADGE_COLOURS.alarm,
      title:
        'Afterword: 1 tracked claim in this article — 1 of them, stated or passed on here, was later denied, rated false or retracted',
    });
    expect(articleView([m('asserts', 'denied', 'related')])).toMatchObject({ text: '', color: null });
    expect(toolbarView({ state: 'paused', page })).toMatchObject({ text: '', color: null });
  });
});

describe('the in-page card says the stance in words, and why', () => {
  const evidence = (e: Partial<StanceEvidence>): StanceEvidence => ({
    where: 'text',
    sentence: 'Kazakhstan denied it would suspend its membership.',
    start: 0,
    end: 10,
    cue: 'denied',
    ...e,
  });

  it('reports the denial, from the cue in the headline', () => {
    expect(
      cardStance({
        kind: 'match',
        stance: 'reports-denial',
        stanceEvidence: evidence({
          where: 'headline',
          sentence: 'UPDATE: Kazakhstan denies it',
          cue: 'denies',
        }),
      }),
    ).toEqual({
      label: 'This article reports the denial',
      mark: 'answers',
      why: 'From the words “denies” in the headline: “UPDATE: Kazakhstan denies it”',
    });
  });

  it('attributes it to others, from the cue in a sentence', () => {
    expect(
      cardStance({
        kind: 'match',
        stance: 'hedged',
        stanceEvidence: evidence({ sentence: 'Telegram channels reported an attempt.', cue: 'reported' }),
      }),
    ).toEqual({
      label: 'This article attributes it to others',
      mark: 'spreads',
      why: 'From the words “reported” in this sentence: “Telegram channels reported an attempt.”',
    });
  });

  it('states it as fact: the sentence that tells it without naming a source', () => {
    expect(
      cardStance({
        kind: 'match',
        stance: 'asserts',
        stanceEvidence: evidence({ sentence: 'It will.', cue: null }),
      }),
    ).toEqual({
      label: 'This article states it as fact',
      mark: 'spreads',
      why: 'Told without naming a source: “It will.”',
    });
  });

  it('debunks it; a long sentence is cut to fit the card', () => {
    const long = `${'word '.repeat(100)}end.`;
    const view = cardStance({
      kind: 'match',
      stance: 'debunks',
      stanceEvidence: evidence({ sentence: long, cue: 'false' }),
    });
    expect(view?.label).toBe('This article debunks it');
    const quoted = /in this sentence: “(.*)”$/.exec(view!.why!)![1]!;
    expect(quoted.length).toBeLessThanOrEqual(CARD_QUOTE_CHARS);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('a related claim: the article does not state it, and it has no mark', () => {
    expect(cardStance({ kind: 'related', stance: 'asserts', stanceEvidence: evidence({}) })).toEqual({
      label: 'This article discusses the subject but does not state the claim.',
    });
  });
});
