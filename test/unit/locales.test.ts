/**
 * The interface in English, Russian and Ukrainian: every key of the English bundle is translated,
 * with the plural forms each language needs, the same substitutions, and placeholders the browsers
 * can resolve.
 */
import { describe, expect, it } from 'vitest';
import { readLocale, type MessagesJson } from './locale-support';

const en = readLocale('en');
const PLURAL = /_(one|other)$/;
/** Keys whose text is the same in every language. */
const SAME_EVERYWHERE = new Set(['extName', 'actorWithRole', 'optionsVersionLine']);

/** The keys a language needs: English's, with each plural family's one/few/many/other (Slavic plural rules). */
function expectedKeys(): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(en)) {
    const m = PLURAL.exec(key);
    if (!m) keys.push(key);
    else if (m[1] === 'one') {
      const base = key.slice(0, -4);
      keys.push(`${base}_one`, `${base}_few`, `${base}_many`, `${base}_other`);
    }
  }
  return keys.sort();
}

const substitutions = (bundle: MessagesJson, key: string): string[] => {
  const entry = bundle[key]!;
  const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return named.map((name) => {
    const ph = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name);
    return ph ? ph[1].content : `unresolved ${name}`;
  });
};

/** The English text a key is compared with: a plural form with the family's "other" (English "one" may spell the number out). */
const englishKey = (key: string) => key.replace(/_(one|few|many)$/, '_other');

describe.each(['ru', 'uk'])('public/_locales/%s/messages.json', (lang) => {
  const bundle = readLocale(lang);

  it('translates every English key, with one/few/many/other for each plural family, and nothing else', () => {
    expect(Object.keys(bundle).sort()).toEqual(expectedKeys());
  });

  it('names its own language for plural rules and dates', () => {
    expect(bundle.messagesLocale!.message).toBe(lang);
  });

  it('uses the same substitutions as English, each through a declared placeholder', () => {
    for (const key of Object.keys(bundle)) {
      const subs = substitutions(bundle, key);
      expect(
        subs.filter((s) => s.startsWith('unresolved')),
        key,
      ).toEqual([]);
      expect([...new Set(subs)].sort(), key).toEqual([...new Set(substitutions(en, englishKey(key)))].sort());
      // A plain "$1" in a message is not substituted by Firefox: only named placeholders.
      expect(bundle[key]!.message, key).not.toMatch(/\$\d/);
    }
  });

  it('is written in Cyrillic, not left in English', () => {
    for (const [key, entry] of Object.entries(bundle)) {
      if (SAME_EVERYWHERE.has(key) || key === 'messagesLocale') continue;
      const letters = entry.message.replace(/\$[A-Z_]+\$|%s|Afterword/g, '');
      if (!/\p{L}/u.test(letters)) continue;
      expect(letters, key).toMatch(/[\u0400-\u04ff]/);
    }
  });
});

describe('public/_locales/en/messages.json', () => {
  it('describes the keyboard shortcuts and the context menu for the manifest', () => {
    for (const key of ['cmdToggleHighlights', 'cmdNextPassage', 'cmdPreviousPassage', 'menuLookup']) {
      expect(en[key]?.message.length, key).toBeGreaterThan(5);
    }
    expect(en.menuLookup!.message).toContain('%s');
  });
});
