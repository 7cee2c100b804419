/**
 * The look-up over every claim: free text in English, Russian or Ukrainian, names of the people in
 * a claim's timeline, and the word still being typed ("Kaz" already finds Kazakhstan).
 */
import { describe, expect, it } from 'vitest';
import { buildLookup, MAX_QUERY_CHARS } from '../../src/engine/lookup';
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
});
