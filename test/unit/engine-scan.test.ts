/**
 * The postings scan may let through variants that have no window (windowsOf counts exactly), but
 * must never drop one that has: a paragraph holding the variant's rarest term and two more of its
 * required terms. Checked against that rule computed directly from the article's paragraphs (up to
 * 40, past the 32 the scan folds onto its bits), on claims long enough to fill every required
 * slot, which is what the unrolled loop reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/claim-index/build';
import { NO_TERM, type ClaimIndex } from '../../src/engine/claim-index/layout';
import { scanPostings, type ScanTuning } from '../../src/engine/match/derived-scan';
import { indexSentences, keyIdsOf } from '../../src/engine/match/sentences';
import { analyze } from '../../src/engine/text/analyze';
import { blockSpans } from '../../src/engine/text/segment';
import { asDataset } from '../bench/eval/claims-dataset';

const VOCABULARY = (
  'drought harvest wheat export tariff senator governor budget deficit vaccine clinic hospital ' +
  'flood bridge railway airport pension strike union miner refinery pipeline embassy treaty ' +
  'election ballot recount court verdict appeal prison shark hurricane glacier volcano satellite ' +
  'rocket tunnel harbour ferry lottery casino'
).split(' ');
const word = fc.constantFrom(...VOCABULARY);
const claimText = fc.uniqueArray(word, { minLength: 6, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.array(word, { minLength: 3, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
const article = fc.array(paragraph, { minLength: 1, maxLength: 40 }).map((ps) => ps.join('\n'));

function scan(index: ClaimIndex, text: string, tuning: ScanTuning = {}) {
  const terms = analyze(text, 'en');
  const blocks = blockSpans(text);
  const { sentencesOfKey } = indexSentences(index, terms, blocks, text, keyIdsOf(index, terms), true);
  const keys = [...sentencesOfKey.keys()];
  const folded = new Uint32Array(keys.length + 1);
  keys.forEach((k, i) => (folded[i + 1] = sentencesOfKey.get(k)!.reduce((a, b) => a | b, 0)));
  const passed = new Set(scanPostings(index, keys, folded, tuning));
  return { passed, paragraphsOf: (key: number) => sentencesOfKey.get(key) };
}

/** Variants with a paragraph holding their rarest required term and need − 1 others. */
function withWindow(index: ClaimIndex, paragraphsOf: (key: number) => Uint32Array | undefined): number[] {
  const out: number[] = [];
  const width = index.derivedRecordWidth;
  for (let v = 0; v < index.variantRecord.length; v++) {
    const record = index.variantRecord[v]!;
    if (record === NO_TERM) continue;
    const terms = [...index.derivedPost.subarray(record * width + 1, record * width + width)].filter(
      (t) => t !== NO_TERM,
    );
    const rarest = paragraphsOf(terms[0]!);
    if (!rarest) continue;
    const need = Math.min(index.derivedMinRequired, terms.length);
    const has = (key: number, p: number) => ((paragraphsOf(key)?.[p >> 5] ?? 0) >>> (p & 31)) & 1;
    for (let p = 0; p < rarest.length * 32; p++) {
      if (!has(terms[0]!, p)) continue;
      if (terms.filter((t) => has(t, p)).length >= need) {
        out.push(v);
        break;
      }
    }
  }
  return out;
}

describe('postings scan', () => {
  it('never drops a variant whose rarest term and two more share a paragraph', () => {
    let windows = 0;
    fc.assert(
      fc.property(fc.array(claimText, { minLength: 5, maxLength: 60 }), article, (texts, text) => {
        const index = buildIndex([
          asDataset(
            'scan',
            texts.map((claim, i) => ({ id: `c${i}`, claim })),
          ),
        ]);
        const unrolled = scan(index, text);
        const expected = withWindow(index, unrolled.paragraphsOf);
        windows += expected.length;
        for (const v of expected) expect(unrolled.passed).toContain(v);
        // The general loop reads the same fold table the same way; a table of two entries
        // (nearly every key sharing one) lets more through, never less.
        expect(scan(index, text, { general: true }).passed).toEqual(unrolled.passed);
        const crowded = scan(index, text, { entries: 2 }).passed;
        for (const v of unrolled.passed) expect(crowded).toContain(v);
      }),
      { numRuns: 200 },
    );
    expect(windows).toBeGreaterThan(200);
  });
});
