/** The shipped _locales bundles, and browser.i18n.getMessage as documented, for tests of translated text. */
import { readFileSync } from 'node:fs';

export type MessagesJson = Record<
  string,
  {
    message: string;
    description?: string;
    placeholders?: Record<string, { content: string; example?: string }>;
  }
>;

export const readLocale = (lang: string): MessagesJson =>
  JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as MessagesJson;

/** browser.i18n.getMessage: named placeholders, then $1…$9 substitutions, '' when missing; bundles in fallback order. */
export function getMessageFrom(...bundles: MessagesJson[]) {
  return (key: string, subs?: string | string[]): string => {
    const entry = bundles.map((b) => b[key]).find(Boolean);
    if (!entry) return '';
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    const resolved = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const ph = Object.entries(entry.placeholders ?? {}).find(
        ([n]) => n.toLowerCase() === name.toLowerCase(),
      );
      return ph ? ph[1].content : m;
    });
    return resolved.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
  };
}
