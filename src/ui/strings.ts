/**
 * The UI strings of the popup and the options page (English text in messages-en.ts). Each key is looked up
 * with browser.i18n.getMessage first, so a translation is added by writing
 * public/_locales/<lang>/messages.json only (public/_locales/en/messages.json holds the same keys,
 * for translators to copy; a unit test keeps the two in step).
 *
 * - `$1`, `$2`… are substitutions. In messages.json write them as named placeholders
 *   ("$COUNT$" with "placeholders": { "count": { "content": "$1" } }), the documented form both
 *   Chrome and Firefox support.
 * - Plurals: a key ending in `_one` / `_other` (and `_few`, `_many`… in languages that have them)
 *   is a plural family; `plural(base, n)` picks the form with Intl.PluralRules for the language of
 *   the messages in use (the `messagesLocale` key), never the browser's, so English text keeps
 *   English plural rules until a translation exists.
 */
import browser from '../shared/browser';
import { EN } from './messages-en';

export { EN };

export type StringKey = keyof typeof EN;
/** Keys of plural families: `claimCount` for `claimCount_one` / `claimCount_other`. */
export type PluralBase = { [K in StringKey]: K extends `${infer B}_other` ? B : never }[StringKey];

type Sub = string | number;

/** The message from the extension's _locales, or '' when there is none (or no extension API). */
function lookup(key: string, subs: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || '';
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

/** The UI string for `key`, translated when the extension has it, else English. */
export function t(key: StringKey, ...subs: Sub[]): string {
  const s = subs.map(String);
  return oneFullStop(lookup(key, s) || substitute(EN[key], s), s);
}

/** The language of the messages in use ("en" until a translation ships): for <html lang>, dates and plurals. */
export function uiLocale(): string {
  return lookup('messagesLocale', []) || EN.messagesLocale;
}

/**
 * The locale for dates, numbers and <html lang>: the browser's UI language (with its region, so
 * en-GB reads "14 September 2022" and en-US "September 14, 2022") when the messages in use are in
 * that language, else the messages' language, so dates never switch language mid-sentence.
 */
export function displayLocale(): string {
  const messages = uiLocale();
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage() || '';
  } catch {
    ui = '';
  }
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  if (ui && base(ui) === base(messages)) {
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

/** The plural form of `base` for `n`; `$1` is the number (formatted for the locale), `$2`… the rest. */
export function plural(base: PluralBase, n: number, ...subs: Sub[]): string {
  const locale = uiLocale();
  const s = [new Intl.NumberFormat(displayLocale()).format(n), ...subs.map(String)];
  const form = `${base}_${pluralCategory(locale, n)}`;
  const other = `${base}_other` as StringKey;
  const translated = lookup(form, s) || lookup(other, s);
  if (translated) return oneFullStop(translated, s);
  const english = (EN as Record<string, string>)[`${base}_${pluralCategory('en', n)}`] ?? EN[other];
  return oneFullStop(substitute(english, s), s);
}
