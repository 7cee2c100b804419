/**
 * The UI strings (English text in messages-en.ts), looked up in a message source the running program
 * installs: the extension installs browser.i18n (src/ui/strings.ts, which every extension page
 * imports its words from), so a translation is added by writing public/_locales/<lang>/messages.json
 * only (public/_locales/en/messages.json holds the same keys, for translators to copy; a unit test
 * keeps the two in step). Node code — the CLI, the end-to-end suite's expectations — installs
 * `englishMessages`, and imports this module (never strings.ts, which needs the extension API).
 *
 * - `$1`, `$2`… are substitutions. In messages.json write them as named placeholders
 *   ("$COUNT$" with "placeholders": { "count": { "content": "$1" } }), the documented form both
 *   Chrome and Firefox support.
 * - Plurals: a key ending in `_one` / `_other` (and `_few`, `_many`… in languages that have them)
 *   is a plural family; `plural(base, n)` picks the form with Intl.PluralRules for the language of
 *   the messages in use (the `messagesLocale` key), never the browser's, so English text keeps
 *   English plural rules until a translation exists.
 */
import { EN } from './messages-en';

export { EN };

export type StringKey = keyof typeof EN;
/** Keys of plural families: `claimCount` for `claimCount_one` / `claimCount_other`. */
export type PluralBase = { [K in StringKey]: K extends `${infer B}_other` ? B : never }[StringKey];

type Sub = string | number;

/** Where translated messages come from: browser.i18n in the extension, nothing (English) in Node. */
export interface MessageSource {
  /** The message for `key` with its substitutions, or '' when the source has none (English then). */
  message(key: string, subs: string[]): string;
  /** The browser's UI language ("en-GB", "ru"), or '' when unknown: it decides the order of dates. */
  uiLanguage(): string;
}

/** The English catalogue, with dates in the order of `uiLanguage` ("en-GB": 14 September 2022). */
export function englishMessages(uiLanguage: string): MessageSource {
  return { message: () => '', uiLanguage: () => uiLanguage };
}

let source: MessageSource = englishMessages('');

/** Installs the message source every later lookup uses (the program's one language). */
export function useMessages(next: MessageSource): void {
  source = next;
}

/** The message from the source, or '' when there is none (or the source fails). */
function lookup(key: string, subs: string[]): string {
  try {
    return source.message(key, subs) || '';
  } catch {
    return '';
  }
}

function substitute(template: string, subs: string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_m, d: string) =>
    d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
  );
}

/**
 * A sentence that ends on a value already ending in a full stop gets no second one: Russian and
 * Ukrainian dates end in "г." / "р." ("data as of 24 ноября 2026 г."), as do abbreviations and
 * some claims. Only a full stop the message itself adds right after such a value goes.
 */
function oneFullStop(text: string, subs: readonly string[]): string {
  let out = text;
  for (const sub of subs) if (sub.endsWith('.')) out = out.split(`${sub}.`).join(sub);
  return out;
}

/** The UI string for `key`, translated when the source has it, else English. */
export function t(key: StringKey, ...subs: Sub[]): string {
  const s = subs.map(String);
  return oneFullStop(lookup(key, s) || substitute(EN[key], s), s);
}

/** The language of the messages in use ("en" until a translation ships): for <html lang>, dates and plurals. */
export function uiLocale(): string {
  return lookup('messagesLocale', []) || EN.messagesLocale;
}

/** "ru" for "ru", "ru-RU" or "ru_RU". */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The locale for dates, numbers and <html lang>: the browser's UI language (with its region, so
 * en-GB reads "14 September 2022" and en-US "September 14, 2022") when the messages in use are in
 * that language, else the messages' language, so dates never switch language mid-sentence.
 */
export function displayLocale(): string {
  const messages = uiLocale();
  let ui = '';
  try {
    ui = source.uiLanguage() || '';
  } catch {
    ui = '';
  }
  if (ui && baseLanguage(ui) === baseLanguage(messages)) {
    try {
      return Intl.getCanonicalLocales(ui.replace(/_/g, '-'))[0] ?? messages;
    } catch {
      return messages;
    }
  }
  return messages;
}

/** Text direction of the UI language, from the predefined @@bidi_dir message. */
export function uiDir(): 'ltr' | 'rtl' {
  return lookup('@@bidi_dir', []) === 'rtl' ? 'rtl' : 'ltr';
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The languages Afterword has messages in (public/_locales): in every region each writes a whole
 * number below 1,000 as its ASCII digits, so such a number needs no Intl.NumberFormat. Making the
 * first Intl.NumberFormat in a page costs 30–70 ms (the renderer loading ICU's data: a profile of
 * the content script on the 10,000-word benchmark article, and a probe in headless Chromium 156),
 * and the in-page count ("3 tracked claims in this article") is the content script's one number.
 * A unit test holds this list to the locales folder and to Intl's own output.
 */
export const ASCII_DIGIT_LANGUAGES: ReadonlySet<string> = new Set(['en', 'ru', 'uk']);

/**
 * `n` as the display locale writes it. The formatter is kept per locale: making one costs 0.4–6 ms
 * in a busy worker, and the badge's title asks for one on every scan before the page gets its answer.
 */
export function formatNumber(n: number): string {
  const locale = displayLocale();
  // Not for a tag that names its own numbering ("en-u-nu-arab"), nor −0, which Intl writes "-0".
  const plain = Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0);
  if (plain && ASCII_DIGIT_LANGUAGES.has(baseLanguage(locale)) && !locale.includes('-u-')) return String(n);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** The plural form of `base` for `n`; `$1` is the number (formatted for the locale), `$2`… the rest. */
export function plural(base: PluralBase, n: number, ...subs: Sub[]): string {
  const locale = uiLocale();
  const s = [formatNumber(n), ...subs.map(String)];
  const form = `${base}_${pluralCategory(locale, n)}`;
  const other = `${base}_other` as StringKey;
  const translated = lookup(form, s) || lookup(other, s);
  if (translated) return oneFullStop(translated, s);
  const english = (EN as Record<string, string>)[`${base}_${pluralCategory('en', n)}`] ?? EN[other];
  return oneFullStop(substitute(english, s), s);
}
