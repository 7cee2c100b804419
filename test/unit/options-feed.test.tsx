// @vitest-environment happy-dom
/**
 * A converted feed on the options page: the source's card says it was converted on this device,
 * from which kind of feed, how many claims it gave and what was left out and why (the converter's
 * English words, marked as English), in the reader's language; "Add a dataset" says a feed's
 * address works too.
 */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddSource } from '../../src/options/datasets/AddSource';
import { SourceCard } from '../../src/options/datasets/SourceCard';
import type { SourceView } from '../../src/shared/messages';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { getMessageFrom, type MessagesJson } from './locale-support';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(() => cleanup());

const REASONS = [
  'no claimReviewed: the review does not say which claim it rates',
  'no reviewRating with an alternateName or a ratingValue within its scale',
];

const converted = (feed: SourceView['feed']): SourceView => ({
  id: 'feed-1',
  kind: 'url',
  url: 'https://northwind-factcheck.example/feeds/claimreview.json',
  enabled: true,
  dataset: {
    id: 'feed-northwind-factcheck.example-0a1b2c3d',
    title: 'Northwind Fact Check',
    version: 2,
    asOf: '2026-12-01',
    publisher: 'Northwind Fact Check',
    license: 'NOASSERTION',
    claims: 48,
  },
  ...(feed ? { feed } : {}),
});

const actions = { announce: () => undefined, removed: () => undefined };
const note = () => document.querySelector('.note.feed');

describe('a converted feed’s card', () => {
  it('says it was converted from a ClaimReview feed, with its counts and the reasons in English', () => {
    render(
      <SourceCard
        source={converted({ format: 'claimreview', claims: 48, skipped: 2, reasons: REASONS })}
        actions={actions}
      />,
    );
    expect(note()?.textContent).toBe(
      'Converted on this device from a fact-checker’s ClaimReview feed: 48 claims, 2 items left out or shortened. ' +
        `Why (the converter’s words, in English): ${REASONS.join('; ')}`,
    );
    expect(note()?.getAttribute('data-feed')).toBe('claimreview');
    expect(screen.getByText(REASONS.join('; ')).getAttribute('lang')).toBe('en');
  });

  it('names a Fact Check Tools API response, and says when nothing was left out', () => {
    render(
      <SourceCard
        source={converted({ format: 'factcheck-api', claims: 1, skipped: 0, reasons: [] })}
        actions={actions}
      />,
    );
    expect(note()?.textContent).toBe(
      'Converted on this device from a Fact Check Tools API response: 1 claim, nothing left out.',
    );
  });

  it('says nothing of a feed for a source that serves a dataset', () => {
    render(<SourceCard source={converted(undefined)} actions={actions} />);
    expect(note()).toBeNull();
  });

  it('is said in Russian with the shipped messages', () => {
    fake.i18n.getMessage.mockImplementation(
      getMessageFrom(JSON.parse(readFileSync('public/_locales/ru/messages.json', 'utf8')) as MessagesJson),
    );
    fake.i18n.getUILanguage.mockImplementation(() => 'ru');
    render(
      <SourceCard
        source={converted({ format: 'claimreview', claims: 48, skipped: 2, reasons: REASONS })}
        actions={actions}
      />,
    );
    expect(note()?.textContent).toBe(
      'Преобразовано на этом устройстве из ленты ClaimReview фактчекера: 48 утверждений, 2 элемента пропущено или сокращено. ' +
        `Причины (словами конвертера, по-английски): ${REASONS.join('; ')}`,
    );
  });
});

describe('"Add a dataset"', () => {
  it('says a fact-checker’s ClaimReview feed works too', () => {
    render(<AddSource onAdded={() => undefined} />);
    expect(document.getElementById('source-url-hint')?.textContent).toContain(
      'A fact-checker’s ClaimReview feed (JSON-LD) or a Fact Check Tools API response works too',
    );
  });
});
