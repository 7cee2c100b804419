/** Lints the bundled default dataset: valid, ordered, sourced, and with ids that never change. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/dataset/export';
import { parseDataset } from '../../src/dataset/parse';
import { validateDataset } from '../../src/dataset/schema';
import { parseDate } from '../../src/engine/dates';
import { deriveStatus } from '../../src/engine/status';
import { DEFAULT_DATASET_PATH, defaultDataset } from '../support/dataset';

describe('the bundled default dataset', () => {
  it('passes the dataset validator', () => {
    expect(() => validateDataset(defaultDataset)).not.toThrow();
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
});
