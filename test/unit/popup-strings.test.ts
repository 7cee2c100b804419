import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../src/ui/format';
import {
  ASCII_DIGIT_LANGUAGES,
  EN,
  browserMessages,
  displayLocale,
  plural,
  t,
  uiLocale,
  useMessages,
  type StringKey,
} from '../../src/ui/strings';
import { getMessageFrom, readLocale, type MessagesJson } from './locale-support';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
  // strings.ts installs the browser's messages when first imported; a CLI test that ran before this
  // file in the same worker may have installed the CLI's English since (src/cli/sentences.ts).
  useMessages(browserMessages);
});

afterEach(() => {
  fake.i18n.getMessage.mockReset();
  fake.i18n.getMessage.mockImplementation(() => '');
  fake.i18n.getUILanguage.mockReset();
  fake.i18n.getUILanguage.mockImplementation(() => 'en-GB');
});

describe('public/_locales/en/messages.json', () => {
  const en = readLocale('en');

  it('keeps the extension name and description', () => {
    expect(en.extName?.message).toBe('Afterword');
    expect(en.extDescription?.message).toContain('Nothing you read leaves your browser.');
  });

  it('has every UI string, with the same English text as the fallback', () => {
    const get = getMessageFrom(en);
    for (const key of Object.keys(EN) as StringKey[]) {
      expect(en[key], key).toBeDefined();
      expect(get(key, ['$1', '$2', '$3']), key).toBe(EN[key]);
    }
  });

  it('uses only key names the browsers accept', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    const lower = Object.keys(en).map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('ru and uk still carry their name and description', () => {
    for (const lang of ['ru', 'uk']) {
      const bundle = readLocale(lang);
      expect(bundle.extName?.message).toBe('Afterword');
      expect(bundle.extDescription?.message.length).toBeGreaterThan(10);
    }
  });
});

describe('t and plural', () => {
  it('falls back to English when the browser has no message', () => {
    expect(t('thisArticle')).toBe('This article');
    expect(t('sourceVia', 'Euro Weekly News')).toBe('via Euro Weekly News');
    expect(plural('claimCount', 1)).toBe('1 claim');
    expect(plural('claimCount', 1234)).toBe('1,234 claims');
  });

  it('gives the same text through browser.i18n with the shipped English messages', () => {
    fake.i18n.getMessage.mockImplementation(getMessageFrom(readLocale('en')));
    expect(t('popupCheckedAgainst', '2 claims', 'Afterword demo dataset', '24 November 2026')).toBe(
      'Checked against 2 claims from “Afterword demo dataset”, data as of 24 November 2026.',
    );
    expect(plural('relDaysAfter', 1)).toBe('1 day after this article');
    expect(plural('relMonthsBefore', 3)).toBe('3 months before this article');
    expect(uiLocale()).toBe('en');
  });

  it('a translation needs only a messages.json: Russian plural forms', () => {
    const ru: MessagesJson = {
      messagesLocale: { message: 'ru' },
      thisArticle: { message: 'Эта статья' },
      relDaysAfter_one: {
        message: '$COUNT$ день после этой статьи',
        placeholders: { count: { content: '$1' } },
      },
      relDaysAfter_few: {
        message: '$COUNT$ дня после этой статьи',
        placeholders: { count: { content: '$1' } },
      },
      relDaysAfter_many: {
        message: '$COUNT$ дней после этой статьи',
        placeholders: { count: { content: '$1' } },
      },
    };
    // Chrome falls back to the default locale for keys a translation lacks.
    fake.i18n.getMessage.mockImplementation(getMessageFrom(ru, readLocale('en')));
    fake.i18n.getUILanguage.mockImplementation(() => 'ru');
    expect(uiLocale()).toBe('ru');
    expect(displayLocale()).toBe('ru');
    expect(t('thisArticle')).toBe('Эта статья');
    expect(plural('relDaysAfter', 1)).toBe('1 день после этой статьи');
    expect(plural('relDaysAfter', 21)).toBe('21 день после этой статьи');
    expect(plural('relDaysAfter', 3)).toBe('3 дня после этой статьи');
    expect(plural('relDaysAfter', 25)).toBe('25 дней после этой статьи');
    expect(formatDate('2022-09-15')).toMatch(/15 сентября 2022/);
    // Not translated yet: English text.
    expect(t('onThisPage')).toBe('On this page:');
  });
});

describe('numbers', () => {
  const regions = ['', '-GB', '-US', '-IN', '-CA', '-AU', '-ZA', '-IE', '-RU', '-KZ', '-BY', '-UA', '-MD'];

  it('below 1,000, every language Afterword has messages in writes a count as its ASCII digits, in every region', () => {
    const shipped = readdirSync(join(import.meta.dirname, '../../public/_locales'));
    // A new translation must be checked here before its numbers skip Intl.NumberFormat.
    expect([...ASCII_DIGIT_LANGUAGES].sort()).toEqual(shipped.sort());
    // Every count written otherwise, with its locale (one assertion for the 1,000 counts of each of
    // the locales: one each took half a second in expect's own bookkeeping).
    const otherwise: string[] = [];
    for (const language of shipped)
      for (const region of regions) {
        const format = new Intl.NumberFormat(`${language}${region}`);
        for (let n = 0; n < 1000; n++)
          if (format.format(n) !== String(n))
            otherwise.push(`${language}${region}: ${n} → ${format.format(n)}`);
      }
    expect(otherwise).toEqual([]);
  });

  it('a count below 1,000 makes no Intl.NumberFormat (the first in a page costs 30–70 ms); a larger one does', () => {
    // A region no other test uses, so no formatter is kept for it yet.
    fake.i18n.getUILanguage.mockImplementation(() => 'en-ZA');
    const Real = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    } as typeof Real);
    try {
      expect(plural('trackedClaims', 3)).toBe('Afterword: 3 tracked claims in this article');
      expect(plural('claimCount', 999)).toBe('999 claims');
      expect(made).not.toHaveBeenCalled();
      expect(plural('claimCount', 1234)).toBe(`${new Intl.NumberFormat('en-ZA').format(1234)} claims`);
      expect(made).toHaveBeenCalledWith('en-ZA');
    } finally {
      made.mockRestore();
    }
  });

  it('a tag that names its own digits still gets them', () => {
    fake.i18n.getUILanguage.mockImplementation(() => 'en-u-nu-arab');
    expect(plural('claimCount', 3)).toBe(`${new Intl.NumberFormat('en-u-nu-arab').format(3)} claims`);
    expect(plural('claimCount', 3)).not.toBe('3 claims');
  });

  it('a large count in Indian English keeps its grouping', () => {
    fake.i18n.getUILanguage.mockImplementation(() => 'en-IN');
    expect(plural('claimCount', 100_000)).toBe('1,00,000 claims');
  });
});

describe('displayLocale and dates', () => {
  it('uses the regional English of the browser for dates', () => {
    fake.i18n.getUILanguage.mockImplementation(() => 'en-GB');
    expect(displayLocale()).toBe('en-GB');
    expect(formatDate('2022-09-15')).toBe('15 September 2022');
    fake.i18n.getUILanguage.mockImplementation(() => 'en_US');
    expect(displayLocale()).toBe('en-US');
    expect(formatDate('2022-09-15')).toBe('September 15, 2022');
  });

  it('keeps dates in the language of the text until a translation exists', () => {
    fake.i18n.getUILanguage.mockImplementation(() => 'uk');
    expect(displayLocale()).toBe('en');
  });

  it('formats the calendar date as written, whatever the time zone', () => {
    expect(formatDate('2022-09-14T22:57:00+02:00')).toBe('14 September 2022');
    expect(formatDate('2022-09-14T23:30:00-04:00')).toBe('14 September 2022');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
