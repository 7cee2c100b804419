/** Lints the bundled default dataset: valid, ordered, sourced, and with ids that never change. */
import { readFileSync } from 'node:fs';
import defaultIndex from 'virtual:afterword/default-index';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/dataset/export';
import { parseDataset } from '../../src/dataset/parse';
import { validateDataset } from '../../src/dataset/schema';
import { parseDate } from '../../src/engine/dates';
import { buildIndex, loadIndex, serializeIndex } from '../../src/engine/index';
import { isStopword } from '../../src/engine/lang/stopwords';
import { foldWord } from '../../src/engine/text/normalize';
import { deriveStatus } from '../../src/engine/status';
import { DEFAULT_DATASET_PATH, defaultDataset } from '../support/dataset';

describe('the bundled default dataset', () => {
  it('passes the dataset validator', () => {
    expect(() => validateDataset(defaultDataset)).not.toThrow();
  });

  it('ships compiled: the index the build puts in the background is this file, indexed by this engine', () => {
    const built = serializeIndex(buildIndex([validateDataset(defaultDataset)]));
    expect(Buffer.from(defaultIndex).equals(Buffer.from(built))).toBe(true);
    const index = loadIndex(defaultIndex);
    expect(index.datasets.map((d) => `${d.id}@${d.version}`)).toEqual([
      `${defaultDataset.id}@${defaultDataset.version}`,
    ]);
    expect(index.claims.length).toBe(defaultDataset.claims.length);
  });

  it('passes the whole gate from its bytes (size, depth, reserved keys) unchanged', () => {
    expect(parseDataset(readFileSync(DEFAULT_DATASET_PATH))).toEqual(defaultDataset);
  });

  it('is in the canonical form the import and build commands write (run it through toCanonicalJson to fix)', () => {
    const bytes = readFileSync(DEFAULT_DATASET_PATH, 'utf8');
    expect(toCanonicalJson(parseDataset(readFileSync(DEFAULT_DATASET_PATH)))).toBe(bytes);
  });

  it('gives a day for every event except where the source gives only a year or month (the documented exception)', () => {
    const reduced = defaultDataset.claims.flatMap((c) =>
      c.events.filter((e) => parseDate(e.date)!.precision !== 'day').map((e) => `${c.id} ${e.date}`),
    );
    expect(reduced).toEqual(['russia-kz-betrayal-stab-in-back 2024']);
  });

  it('keeps its claim ids stable (a renamed id orphans readers’ reports and overrides)', () => {
    expect(defaultDataset.claims.map((c) => c.id)).toEqual([
      'kz-am-csto-joint-withdrawal-talks',
      'kz-csto-suspension-2023',
      'kz-eaeu-withdrawal',
      'putin-assassination-attempt-2022-09-14',
      'russia-kz-betrayal-stab-in-back',
      'tokayev-refuses-ldnr-recognition',
    ]);
  });

  it('lists claims sorted by id and each claim’s events in date order', () => {
    const ids = defaultDataset.claims.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    for (const c of defaultDataset.claims) {
      const dates = c.events.map((e) => e.date);
      expect(dates, c.id).toEqual([...dates].sort());
    }
  });

  it('cites a source for every event and has no claim without one', () => {
    for (const c of defaultDataset.claims) {
      expect(c.events.length, c.id).toBeGreaterThan(0);
      for (const e of c.events) {
        expect(e.source.outlet.trim(), `${c.id} ${e.date}`).not.toBe('');
        if (e.source.url) expect(e.source.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives every claim anchors with aliases in English, Russian and Ukrainian where they differ', () => {
    for (const c of defaultDataset.claims) {
      expect(c.anchors.length, c.id).toBeGreaterThan(0);
      expect(
        c.paraphrases.some((p) => p.language === 'ru'),
        c.id,
      ).toBe(true);
      expect(
        c.paraphrases.some((p) => p.language === 'uk'),
        c.id,
      ).toBe(true);
    }
    const csto = defaultDataset.claims
      .find((c) => c.id === 'kz-csto-suspension-2023')!
      .anchors.find((a) => a.name === 'CSTO')!;
    expect(csto.aliases).toEqual(
      expect.arrayContaining(['ODKB', 'ОДКБ', 'Collective Security Treaty Organisation', 'OTSC', 'OVKS']),
    );
  });

  it('derives the statuses the seed story tells', () => {
    const status = Object.fromEntries(
      defaultDataset.claims.map((c) => [c.id, deriveStatus(c.events).status]),
    );
    expect(status).toEqual({
      'kz-am-csto-joint-withdrawal-talks': 'denied',
      'kz-csto-suspension-2023': 'denied',
      'kz-eaeu-withdrawal': 'denied',
      'putin-assassination-attempt-2022-09-14': 'denied',
      'russia-kz-betrayal-stab-in-back': 'unconfirmed',
      'tokayev-refuses-ldnr-recognition': 'confirmed',
    });
  });

  it('writes every paraphrase in a valid, canonical BCP 47 language tag', () => {
    for (const c of defaultDataset.claims)
      for (const p of [{ text: c.text, language: c.language }, ...c.paraphrases]) {
        expect(() => Intl.getCanonicalLocales(p.language), `${c.id}: ${p.text}`).not.toThrow();
        expect(Intl.getCanonicalLocales(p.language)[0], `${c.id}: ${p.text}`).toBe(p.language);
      }
  });

  it('retells every claim in the languages the story circulated in', () => {
    const languages = [
      'en',
      'ru',
      'uk',
      'de',
      'fr',
      'es',
      'pt',
      'it',
      'pl',
      'tr',
      'bg',
      'kk',
      'ar',
      'fa',
      'zh',
      'ka',
    ];
    for (const c of defaultDataset.claims) {
      const have = new Set([c.language, ...c.paraphrases.map((p) => p.language)]);
      expect(
        languages.filter((l) => !have.has(l)),
        c.id,
      ).toEqual([]);
    }
  });

  it('links every event to one of its outlets, whose domains and handles its citation gives (nothing guessed)', () => {
    const outlets = new Map((defaultDataset.outlets ?? []).map((o) => [o.id, o]));
    expect(outlets.size).toBeGreaterThan(0);
    for (const c of defaultDataset.claims)
      for (const e of c.events)
        expect(outlets.has(e.source.outletId!), `${c.id} ${e.source.outlet}`).toBe(true);
    for (const o of outlets.values()) {
      expect(o.source, o.id).toBeDefined();
      const citation = `${o.note ?? ''} ${o.source?.url ?? ''}`;
      for (const name of [...o.domains, ...o.handles]) expect(citation, `${o.id} ${name}`).toContain(name);
    }
  });

  it('gives every anchor non-empty aliases, each once (ignoring case)', () => {
    for (const c of defaultDataset.claims)
      for (const a of c.anchors) {
        const folded = a.aliases.map((x) => x.normalize('NFC').trim().toLowerCase());
        expect(
          folded.filter((x) => x === ''),
          `${c.id} ${a.name}`,
        ).toEqual([]);
        expect(
          folded.filter((x, i) => folded.indexOf(x) !== i),
          `${c.id} ${a.name}`,
        ).toEqual([]);
      }
  });

  it('gives the same entity the same aliases in every claim (one anchor, not near-copies)', () => {
    const byName = new Map<string, string>();
    for (const c of defaultDataset.claims)
      for (const a of c.anchors) {
        const aliases = JSON.stringify(a.aliases);
        expect(byName.get(a.name) ?? aliases, `${c.id} ${a.name}`).toBe(aliases);
        byName.set(a.name, aliases);
      }
  });

  it('has no alias that is a function word, a common word or too short to name anything', () => {
    // Words an anchor must never fire on by themselves: an anchor would then be "named" by text
    // about something else (Putin's motorcade in Moscow traffic, a car, any attack).
    const common = new Set(
      `attack attacks attacked car cars limousine motorcade convoy attempt life murder killing president
       russia moscow union treaty organization organisation security republic republics forum summit
       anschlag angriff auto wagen autokolonne versuch attaque voiture tentative cortège ataque coche
       carro intento tentativa caravana comitiva tentativo corteo auto atak saldırı araç girişim
       нападение атака машина автомобиль кортеж попытка напад спроба замысел union unión união unione
       der die das und von the and of in on for with le la les de des et du el los las y o os as e
       il lo gli di da w z i na do ve ile bir bu и в на за от с да ще е се`
        .split(/\s+/)
        .filter(Boolean),
    );
    const problems: string[] = [];
    for (const c of defaultDataset.claims)
      for (const a of c.anchors)
        for (const alias of a.aliases) {
          const words = alias.split(/\s+/);
          const letters = alias.replace(/[^\p{L}]/gu, '');
          const han = /\p{Script=Han}/u.test(alias);
          if (letters.length < (han ? 2 : 3)) problems.push(`${a.name}: "${alias}" is too short`);
          if (words.length === 1) {
            const w = foldWord(alias);
            if (common.has(w)) problems.push(`${a.name}: "${alias}" is a common word`);
            for (const lang of ['en', 'ru', 'uk'] as const)
              if (isStopword(w, lang)) problems.push(`${a.name}: "${alias}" is a ${lang} stop word`);
          }
        }
    expect(problems).toEqual([]);
  });
});
