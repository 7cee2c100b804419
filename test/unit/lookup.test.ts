/**
 * The look-up over every claim: free text in English, Russian or Ukrainian, names of the people in
 * a claim's timeline, the word still being typed ("Kaz" already finds Kazakhstan), misspelt words
 * (corrected only when the collection lacks them), and claims ordered by how much of the query
 * they carry.
 */
import { describe, expect, it } from 'vitest';
import { buildLookup, MAX_QUERY_CHARS } from '../../src/engine/lookup';
import { allowedEdits, buildFuzzyVocabulary, editDistance } from '../../src/engine/lookup/fuzzy';
import { defaultDataset } from '../support/dataset';

const lookup = buildLookup(defaultDataset.claims);
const top = (q: string) => lookup.search(q, 5)[0]?.claimId;
const ids = (q: string) => lookup.search(q, 10).map((r) => r.claimId);

describe('lookup', () => {
  it('finds a claim by its words in each language it is written in', () => {
    expect(top('Kazakhstan suspend CSTO membership')).toBe('kz-csto-suspension-2023');
    expect(top('Казахстан приостановит членство в ОДКБ')).toBe('kz-csto-suspension-2023');
    expect(top('вихід з ОДКБ разом з Вірменією')).toBe('kz-am-csto-joint-withdrawal-talks');
    expect(top('putin assassination attempt')).toBe('putin-assassination-attempt-2022-09-14');
    expect(top('Путин покушение')).toBe('putin-assassination-attempt-2022-09-14');
    expect(top('stab in the back')).toBe('russia-kz-betrayal-stab-in-back');
  });

  it('finds a claim by the aliases of what it is about and the people in its timeline', () => {
    expect(ids('Peskov')).toContain('putin-assassination-attempt-2022-09-14');
    expect(top('ЛНР')).toBe('tokayev-refuses-ldnr-recognition');
  });

  it('completes the word being typed, not one already finished', () => {
    expect(ids('Kaz')).toEqual(expect.arrayContaining(['kz-csto-suspension-2023', 'kz-eaeu-withdrawal']));
    expect(ids('Tok')).toContain('tokayev-refuses-ldnr-recognition');
    expect(ids('Путин покуш')[0]).toBe('putin-assassination-attempt-2022-09-14');
    // One letter completes nothing (it would match half the vocabulary).
    expect(ids('K')).toEqual([]);
  });

  it('answers nothing for empty, stop-word-only or unknown queries, and each claim once', () => {
    expect(lookup.search('')).toEqual([]);
    expect(lookup.search('   ')).toEqual([]);
    expect(lookup.search('the of and')).toEqual([]);
    expect(lookup.search('zzzzqx')).toEqual([]);
    const all = ids('Kazakhstan');
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps to the limit, ranks best first, and bounds the query', () => {
    const results = lookup.search('Kazakhstan CSTO', 2);
    expect(results).toHaveLength(2);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
    expect(() => lookup.search('Kazakhstan '.repeat(1000))).not.toThrow();
    expect(MAX_QUERY_CHARS).toBeLessThanOrEqual(1000);
  });

  it('works on an empty collection', () => {
    expect(buildLookup([]).search('Kazakhstan')).toEqual([]);
  });

  it('forgives one or two edits per word, in Latin and Cyrillic script', () => {
    expect(top('assasination putn')).toBe('putin-assassination-attempt-2022-09-14');
    expect(top('пакушение')).toBe('putin-assassination-attempt-2022-09-14');
    expect(top('Путин пакушение')).toBe('putin-assassination-attempt-2022-09-14');
    expect(ids('Kazakstan')).toEqual(
      expect.arrayContaining(['kz-csto-suspension-2023', 'kz-eaeu-withdrawal']),
    );
    // A word still being typed is completed, not corrected.
    expect(lookup.lookUp('Путин покуш').suggestion).toBeUndefined();
  });

  it('suggests the corrected spelling only when it finds more', () => {
    expect(lookup.lookUp('assasination putn').suggestion).toEqual({
      query: 'assassination putin',
      gained: 2,
    });
    expect(lookup.lookUp('пакушение').suggestion?.query).toBe('покушение');
    // Correctly spelt, or nothing close enough: no suggestion.
    expect(lookup.lookUp('putin assassination attempt').suggestion).toBeUndefined();
    expect(lookup.lookUp('zzzzqx')).toEqual({ results: [] });
  });

  it('leaves correctly spelt queries to the ranker as typed', () => {
    const plain = buildLookup(defaultDataset.claims);
    for (const q of ['Kazakhstan suspend CSTO membership', 'Путин покушение', 'stab in the back']) {
      expect(plain.lookUp(q).suggestion, q).toBeUndefined();
    }
  });

  it('puts first the claims that carry more of the query', () => {
    const csto = lookup.search('kazakhstan csto', 10);
    expect(
      csto
        .slice(0, 2)
        .map((r) => r.claimId)
        .sort(),
    ).toEqual(['kz-am-csto-joint-withdrawal-talks', 'kz-csto-suspension-2023']);
    for (const r of csto.slice(2)) expect(r.coverage).toBeLessThan(csto[1]!.coverage);
    const ru = ids('Казахстан выйдет из ОДКБ');
    expect(ru.indexOf('kz-csto-suspension-2023')).toBeLessThan(ru.indexOf('kz-eaeu-withdrawal'));
    for (const r of lookup.search('Kazakhstan', 10)) expect(r.coverage).toBe(1);
    // While the last word is still being typed, its completions count as carrying it.
    expect(ids('kazakhstan cs').slice(0, 2).sort()).toEqual([
      'kz-am-csto-joint-withdrawal-talks',
      'kz-csto-suspension-2023',
    ]);
  });
});

describe('spelling correction', () => {
  it('counts edits, a swap of neighbours as one, and stops past the allowance', () => {
    expect(editDistance('putn', 'putin', 1)).toBe(1);
    expect(editDistance('пакушение', 'покушение', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('allows no edit below four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('prefers the fewest edits, then the more frequent word, and never corrects a known word', () => {
    const vocab = buildFuzzyVocabulary(
      new Map([
        ['putin', 5],
        ['patin', 1],
        ['assassination', 2],
      ]),
    );
    expect(vocab.correct('putn')).toEqual({ word: 'putin', edits: 1 });
    expect(vocab.correct('assasinaton')).toEqual({ word: 'assassination', edits: 2 });
    expect(vocab.correct('putin')).toBeUndefined();
    expect(vocab.correct('pxtxn')).toBeUndefined();
    expect(vocab.correct('put')).toBeUndefined();
  });
});
