// @vitest-environment happy-dom
/**
 * The reader's language: under a Russian or Ukrainian interface a claim reads in the dataset's
 * paraphrase in that language (popup card, look-up card, in-page card), its original wording one
 * click away; a sentence ending on a Russian date has one full stop; the search box's placeholder
 * fits in Russian and Ukrainian.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardView } from '../../src/content/card-view';
import { renderCard } from '../../src/content/card';
import type { Claim } from '../../src/engine/model';
import { verdictFor } from '../../src/engine/index';
import { ClaimCard } from '../../src/popup/ClaimCard';
import { formatDate } from '../../src/ui/format';
import { readerText } from '../../src/ui/reader-text';
import { t } from '../../src/ui/strings';
import { getMessageFrom, type MessagesJson } from './locale-support';
import { DATASET, KZ_CLAIM, kzMatch } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

/** A shipped _locales bundle (read by path: happy-dom's URL does not resolve file: addresses). */
const readLocale = (lang: string): MessagesJson =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'),
  ) as MessagesJson;

const RU = 'Казахстан приостановит членство в ОДКБ с начала 2023 года.';
const UK = 'Казахстан призупинить членство в ОДКБ з початку 2023 року.';
/** The claim as the default dataset carries it: its translations first, then retellings. */
const CLAIM: Claim = {
  ...KZ_CLAIM,
  paraphrases: [
    { text: RU, language: 'ru' },
    { text: UK, language: 'uk' },
    { text: 'Казахстан выйдет из ОДКБ.', language: 'ru' },
  ],
};

function interfaceIn(lang: 'en' | 'ru' | 'uk'): void {
  const bundles = lang === 'en' ? [readLocale('en')] : [readLocale(lang), readLocale('en')];
  fake.i18n.getMessage.mockImplementation(getMessageFrom(...bundles));
  fake.i18n.getUILanguage.mockImplementation(() => lang);
}

afterEach(() => {
  cleanup();
  fake.i18n.getMessage.mockReset();
  fake.i18n.getMessage.mockImplementation(() => '');
  fake.i18n.getUILanguage.mockReset();
  fake.i18n.getUILanguage.mockImplementation(() => 'en-GB');
});

describe('readerText', () => {
  it('takes the first paraphrase in the interface’s language, keeping the original', () => {
    interfaceIn('ru');
    expect(readerText(CLAIM)).toEqual({
      text: RU,
      language: 'ru',
      original: { text: KZ_CLAIM.text, language: 'en' },
    });
    interfaceIn('uk');
    expect(readerText(CLAIM).text).toBe(UK);
  });

  it('keeps the claim’s own words in its own language, or without a paraphrase in the reader’s', () => {
    interfaceIn('en');
    expect(readerText(CLAIM)).toEqual({ text: KZ_CLAIM.text, language: 'en' });
    interfaceIn('ru');
    expect(readerText({ ...CLAIM, paraphrases: [{ text: UK, language: 'uk' }] })).toEqual({
      text: KZ_CLAIM.text,
      language: 'en',
    });
    expect(readerText({ ...CLAIM, text: RU, language: 'ru-RU' })).toEqual({ text: RU, language: 'ru-RU' });
  });
});

describe('the popup card in Russian', () => {
  it('heads the card with the Russian paraphrase; the original opens with one click', () => {
    interfaceIn('ru');
    render(<ClaimCard id="c" datasets={[DATASET]} match={kzMatch({ claim: CLAIM })} tabId={1} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(RU);
    expect(heading.getAttribute('lang')).toBe('ru');
    const toggle = screen.getByRole('button', { name: 'Исходная формулировка (английский)' });
    const original = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(original.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(original.hidden).toBe(false);
    expect(original.textContent).toBe(KZ_CLAIM.text);
    expect(original.getAttribute('lang')).toBe('en');
  });

  it('does the same for a look-up result', () => {
    interfaceIn('uk');
    render(
      <ClaimCard
        id="l"
        datasets={[DATASET]}
        claim={CLAIM}
        verdict={verdictFor(CLAIM, undefined)}
        datasetId={DATASET.id}
        showSource
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(UK);
    expect(screen.getByRole('button', { name: 'Початкове формулювання (англійська)' })).toBeTruthy();
  });

  it('shows an English claim as it is, with nothing to open, in English', () => {
    interfaceIn('en');
    render(<ClaimCard id="c" datasets={[DATASET]} match={kzMatch({ claim: CLAIM })} tabId={1} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(KZ_CLAIM.text);
    expect(screen.queryByRole('button', { name: /Original wording/ })).toBeNull();
  });
});

describe('the in-page card in Russian', () => {
  it('says the claim in Russian, its original in a disclosure', () => {
    interfaceIn('ru');
    const view = cardView(kzMatch({ claim: CLAIM }), null);
    expect(view.claim).toBe(`Утверждение: ${RU}`);
    const { root } = renderCard(document, view);
    document.body.append(root);
    expect(root.querySelector('#afterword-claim')!.getAttribute('lang')).toBe('ru');
    const details = root.querySelector('details')!;
    expect(within(details).getByText('Исходная формулировка (английский)').tagName).toBe('SUMMARY');
    expect(details.querySelector('p')!.textContent).toBe(KZ_CLAIM.text);
    expect(details.querySelector('p')!.getAttribute('lang')).toBe('en');
    root.remove();
  });
});

describe('punctuation and the search box in Russian and Ukrainian', () => {
  it('ends a sentence on a date with one full stop', () => {
    interfaceIn('ru');
    const date = formatDate('2026-11-24');
    expect(date).toBe('24 ноября 2026 г.');
    const sentence = t('popupCheckedAgainst', '6 утверждений', 'Afterword', date);
    expect(sentence.endsWith('24 ноября 2026 г.')).toBe(true);
    expect(sentence).not.toContain('г..');
    interfaceIn('uk');
    const uk = t('popupCheckedAgainst', '6 тверджень', 'Afterword', formatDate('2026-11-24'));
    expect(uk.endsWith('24 листопада 2026 р.')).toBe(true);
  });

  it('keeps a full stop that is not doubled', () => {
    interfaceIn('en');
    expect(t('popupCheckedAgainst', '2 claims', 'Afterword', '24 November 2026')).toMatch(/2026\.$/);
  });

  it('says what the search box is for in as few letters as English does', () => {
    const en = readLocale('en').lookupPlaceholder!.message;
    for (const lang of ['ru', 'uk']) {
      const text = readLocale(lang).lookupPlaceholder!.message;
      expect(text.length, lang).toBeLessThanOrEqual(en.length);
    }
  });
});
