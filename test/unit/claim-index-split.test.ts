/**
 * An index stored without its claims' records (splitClaims): what the background keeps apart so a
 * worker start reads only what matching needs. Loaded with a way to read the records, it is the
 * same index; without one, asking for a claim fails in words instead of answering wrongly.
 */
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  claimRecord,
  IndexFormatError,
  loadIndex,
  matchArticle,
  serializeIndex,
  splitClaims,
} from '../../src/engine/index';
import { expectSameBytes } from '../support/bytes';
import { defaultDataset } from '../support/dataset';
import { readPage } from '../support/pages';

describe('an index with its claims split off', () => {
  const whole = serializeIndex(buildIndex([defaultDataset]));
  const { index, records } = splitClaims(whole);

  it('is most of the bytes lighter, and loads back to the same index with its records', () => {
    expect(index.byteLength + records.bytes.byteLength).toBeLessThan(whole.byteLength);
    expect(records.ends.length).toBe(defaultDataset.claims.length);
    const loaded = loadIndex(index, (i) => claimRecord(records, i));
    const fromWhole = loadIndex(whole);
    expectSameBytes(serializeIndex(loaded), serializeIndex(fromWhole));
    defaultDataset.claims.forEach((claim, i) => {
      expect(loaded.claims.id(i)).toBe(claim.id);
      expect(loaded.claims.get(i).claim).toEqual(fromWhole.claims.get(i).claim);
    });
  });

  it('matches as the whole index does', () => {
    const { article } = readPage('seed-000.html');
    const input = { text: article!.text, title: article!.metadata.title, language: 'en' };
    const loaded = loadIndex(index, (i) => claimRecord(records, i));
    expect(matchArticle(loaded, input)).toEqual(matchArticle(loadIndex(whole), input));
  });

  it('without its records, refuses to give a claim, and passes on the reader’s own error', () => {
    expect(() => loadIndex(index).claims.get(0)).toThrow(IndexFormatError);
    const notYet = new Error('not read yet');
    const loaded = loadIndex(index, () => {
      throw notYet;
    });
    expect(() => loaded.claims.get(0)).toThrow(notYet);
    // Nothing wrong was kept: once readable, the claim is there.
    expect(loaded.claims.id(0)).toBe(defaultDataset.claims[0]!.id);
  });
});
