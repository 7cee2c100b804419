import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRankIndex } from '../../src/engine/rank/build';
import { cleanQuery, splitCamel } from '../../src/engine/rank/query';
import { rankClaims } from '../../src/engine/rank/rank';
import { topK } from '../../src/engine/rank/top';
import type { RankClaim } from '../../src/engine/rank/types';
import { readDay } from '../../src/engine/rank/when';

const CLAIMS: RankClaim[] = [
  {
    id: 'kz',
    claim: 'Kazakhstan will suspend its membership in the CSTO.',
    title: 'Is Kazakhstan leaving the CSTO?',
    date: '14 September 2022',
  },
  {
    id: 'uz',
    claim: 'Uzbekistan will suspend its membership in the CSTO.',
    title: 'Did Uzbekistan leave the CSTO?',
    date: '3 March 2012',
  },
  {
    id: 'b441',
    claim: 'Kazakhstan spent 441 billion tenge on the army in 2022.',
    title: 'Army spending',
    date: '1 June 2023',
  },
  {
    id: 'b44',
    claim: 'Kazakhstan spent 44 billion tenge on schools in 2022.',
    title: 'School spending',
    date: '1 June 2023',
  },
  {
    id: 'putin',
    claim: 'Vladimir Putin survived an assassination attempt.',
    title: 'Putin assassination attempt',
    date: 'stated on September 15, 2022 in a post:',
    speaker: 'Facebook posts',
  },
  {
    id: 'obama',
    claim: 'Says the auto industry was saved by the bailout.',
    title: 'Auto bailout',
    date: 'stated on October 22, 2012 in a debate:',
    speaker: 'Barack Obama',
  },
  {
    id: 'romney',
    claim: 'Says the auto industry was saved by the bailout he proposed.',
    title: 'Romney on the bailout',
    date: 'stated on March 3, 2016 in a speech:',
    speaker: 'Mitt Romney',
  },
];

describe('query cleanup', () => {
  it('takes the author and date out of a tweet signature and drops links', () => {
    const q = cleanQuery(
      'Big news from Astana https://t.co/abc pic.twitter.com/xyz — Jane Doe (@janedoe) September 14, 2022',
    );
    expect(q.text.trim()).toBe('Big news from Astana');
    expect(q.author).toBe('Jane Doe');
    expect(q.day).toBe(readDay('2022-09-14'));
  });

  it('splits hashtags and handles into words', () => {
    expect(splitCamel('AustralianFires')).toBe('Australian Fires');
    expect(splitCamel('COVID19')).toBe('COVID 19');
    expect(cleanQuery('#KazakhstanCSTO exit @TokayevKZ').text).toBe('Kazakhstan CSTO exit Tokayev KZ');
  });

  it('reads the dates fact-checkers write', () => {
    expect(readDay('26 May 2015')).toBe(readDay('2015-05-26'));
    expect(readDay('stated on October 22, 2019 in a campaign mailer.:')).toBe(readDay('2019-10-22'));
    expect(readDay('no date here')).toBeNaN();
  });
});

describe('ranking', () => {
  const index = buildRankIndex(CLAIMS);

  it('puts the claim a tweet repeats first', () => {
    const r = rankClaims(index, {
      id: 'q',
      text: 'BREAKING: Kazakhstan to suspend CSTO membership, says Telegram channel',
    });
    expect(r[0]!.claimId).toBe('kz');
  });

  it('tells names and numbers apart', () => {
    expect(
      rankClaims(index, { id: 'q', text: 'Uzbekistan is suspending its CSTO membership' })[0]!.claimId,
    ).toBe('uz');
    expect(rankClaims(index, { id: 'q', text: 'They spent 441 billion tenge on the army' })[0]!.claimId).toBe(
      'b441',
    );
    expect(rankClaims(index, { id: 'q', text: 'Only 44 billion tenge went to schools' })[0]!.claimId).toBe(
      'b44',
    );
  });

  it('uses the speaker and the date of a debate sentence', () => {
    const r = rankClaims(index, {
      id: 'q',
      text: 'The auto industry was saved by the bailout.',
      speaker: 'PRESIDENT OBAMA',
      date: '2012-10-22',
    });
    expect(r[0]!.claimId).toBe('obama');
  });

  it('returns nothing for a query that shares no word with any claim, and respects top', () => {
    expect(rankClaims(index, { id: 'q', text: 'zzzz qqqq' })).toEqual([]);
    expect(rankClaims(index, { id: 'q', text: '' })).toEqual([]);
    expect(rankClaims(index, { id: 'q', text: 'Kazakhstan' }, { top: 2 })).toHaveLength(2);
  });

  it('is deterministic and ranks best first', () => {
    const a = rankClaims(index, { id: 'q', text: 'Kazakhstan CSTO membership suspend army' }, { top: 7 });
    const b = rankClaims(index, { id: 'q', text: 'Kazakhstan CSTO membership suspend army' }, { top: 7 });
    expect(a).toEqual(b);
    for (let i = 1; i < a.length; i++) expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
  });
});

describe('top-k selection', () => {
  it('equals sorting the whole list, ties to the earlier claim', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (scores, k) => {
          const docs = Uint32Array.from(scores.map((_, i) => i));
          const score = Float64Array.from(scores);
          const expected = scores
            .map((s, doc) => ({ doc, score: s }))
            .sort((a, b) => b.score - a.score || a.doc - b.doc)
            .slice(0, k);
          expect(topK(docs, docs.length, score, k)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
