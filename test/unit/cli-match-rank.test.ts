/**
 * `afterword match` and `afterword rank` end to end: the JSON each prints, the text a reader sees,
 * and bad input — one message naming the file (and line), a non-zero exit, the other files still done.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { expectedFor, PAGES_DIR } from '../support/pages';

let dir: string;
const at = (name: string) => join(dir, name);
const page = (file: string) => join(PAGES_DIR, file);

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-match-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('afterword match', () => {
  it('prints one JSON object per article, as the popup lists the claims', async () => {
    const { code, out, err } = await run(
      'match',
      '--json',
      page('seed-000.html'),
      page('negative-03-armenia-freezes-csto-participation.html'),
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!);
    expect(first.article).toEqual({
      title: 'Kazakhstan will suspend its membership in Russia-led CSTO within months',
      published: '2022-09-14T22:57:00+02:00',
      outlet: 'Euro Weekly News',
      language: 'en',
      page: 'article',
    });
    type Verdict = { status: string; relation: string; days: number | null; text: string };
    const got = first.matches.map(
      (m: { claimId: string; kind: string; stance: string; verdict: Verdict }) => ({
        claimId: m.claimId,
        kind: m.kind,
        stance: m.stance,
        verdict: { status: m.verdict.status, relation: m.verdict.relation, days: m.verdict.days },
      }),
    );
    expect(
      got.sort((a: { claimId: string }, b: { claimId: string }) => a.claimId.localeCompare(b.claimId)),
    ).toEqual(expectedFor('seed-000.html'));
    // verdict.text is the sentence the popup shows, in English.
    const sentences = Object.fromEntries(
      first.matches.map((m: { claimId: string; verdict: Verdict }) => [m.claimId, m.verdict.text]),
    );
    expect(sentences).toEqual({
      'kz-csto-suspension-2023':
        'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
      'putin-assassination-attempt-2022-09-14':
        'Denied by Dmitry Peskov (spokesman, the Kremlin) one day after this article was published.',
      'tokayev-refuses-ldnr-recognition':
        'Confirmed by Kassym-Jomart Tokayev (President of Kazakhstan) 3 months before this article was published.',
    });
    for (const m of first.matches) {
      expect(Object.keys(m).sort()).toEqual([
        'claim',
        'claimId',
        'end',
        'kind',
        'score',
        'sentence',
        'stance',
        'stanceEvidence',
        'start',
        'verdict',
      ]);
      expect(m.claim.length).toBeGreaterThan(20);
      // The evidence is where the stance was read: a sentence of the text (at its offsets) or the headline.
      const e = m.stanceEvidence;
      expect(e.sentence.length).toBeGreaterThan(0);
      if (e.where === 'headline') expect(first.article.title.slice(e.start, e.end)).toBe(e.sentence);
      else expect(e.end - e.start).toBe(e.sentence.length);
      if (e.cue !== null) expect(e.sentence).toContain(e.cue);
    }
    expect(JSON.parse(out[1]!).matches.filter((m: { kind: string }) => m.kind === 'match')).toEqual([]);
  });

  it('reads plain text, and --published sets the date the verdict is relative to', async () => {
    writeFileSync(
      at('article.txt'),
      'Kazakhstan will suspend its membership in the CSTO from early 2023, a Telegram channel reported.\n',
    );
    const { code, out } = await run('match', '--json', '--published', '2022-09-14', at('article.txt'));
    expect(code).toBe(0);
    const [m] = JSON.parse(out[0]!).matches;
    expect(m).toMatchObject({ claimId: 'kz-csto-suspension-2023', kind: 'match', stance: 'hedged' });
    // The cue is given with the sentence it stands in, at its offsets in the article text.
    const text = readFileSync(at('article.txt'), 'utf8');
    expect(m.stanceEvidence).toMatchObject({ where: 'text', cue: 'Telegram channel' });
    expect(text.slice(m.stanceEvidence.start, m.stanceEvidence.end)).toBe(m.stanceEvidence.sentence);
    expect(m.verdict).toEqual({
      status: 'denied',
      relation: 'after',
      days: 1,
      text: 'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
    });
    // Without a date the sentence dates the denial itself, day first.
    const undated = JSON.parse((await run('match', '--json', at('article.txt'))).out[0]!).matches[0];
    expect(undated.verdict).toEqual({
      status: 'denied',
      relation: 'undated-article',
      days: null,
      text: 'Denied by Aydos Sarym and Kassym-Jomart Tokayev on 15 September 2022.',
    });
  });

  it('prints the matches for a reader without --json', async () => {
    const { code, out } = await run('match', page('seed-004.html'));
    expect(code).toBe(0);
    expect(out[0]).toMatch(
      /^.*seed-004\.html: “Kazakh Foreign Ministry Denies Holding Talks on Possible Withdrawal From CSTO” \(Sputnik International, 2023-09-25/,
    );
    expect(out.join('\n')).toMatch(/CLAIM {2}kz-am-csto-joint-withdrawal-talks {2}\(reports its denial/);
    // Under each claim, the sentence the popup shows about it.
    const claimLine = out.findIndex((l) => l.includes('CLAIM  kz-am-csto-joint-withdrawal-talks'));
    expect(out[claimLine + 2]).toBe(
      '    Denied by Aibek Smadiyarov (spokesman, Ministry of Foreign Affairs of Kazakhstan) on the day this article was published.',
    );
  });

  it('names the file of each bad input, exits 1, and still does the other files', async () => {
    writeFileSync(at('binary.html'), new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x82]));
    writeFileSync(at('empty.txt'), '   \n');
    const { code, out, err } = await run(
      'match',
      '--json',
      at('missing.html'),
      at('binary.html'),
      at('empty.txt'),
      page('seed-000.html'),
    );
    expect(code).toBe(1);
    expect(err).toEqual([
      `afterword match: ${at('missing.html')}: cannot be read (ENOENT)`,
      `afterword match: ${at('binary.html')}: is not UTF-8 text`,
      `afterword match: ${at('empty.txt')}: is empty`,
    ]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).file).toBe(page('seed-000.html'));
  });

  it('refuses an invalid dataset with one message naming it', async () => {
    writeFileSync(at('bad-dataset.json'), '{"format": "afterword-dataset"');
    const { code, out, err } = await run('match', '--dataset', at('bad-dataset.json'), page('seed-000.html'));
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(at('bad-dataset.json'));
  });

  it('keeps silent on pages that are not articles', async () => {
    const { code, out } = await run('match', '--json', page('nonarticle-forum.html'));
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ article: { page: 'not-article' }, matches: [] });
  });
});

describe('afterword rank', () => {
  const claims = [
    {
      id: 'kz',
      claim: 'Kazakhstan will suspend its membership in the CSTO.',
      title: 'Is Kazakhstan leaving the CSTO?',
    },
    { id: 'uz', claim: 'Uzbekistan will suspend its cotton exports.', title: 'Uzbek cotton' },
    { id: 'putin', claim: 'Vladimir Putin survived an assassination attempt.', title: 'Putin attempt' },
  ];

  it('ranks the claims for each query, one JSON line per query', async () => {
    writeFileSync(at('claims.jsonl'), claims.map((c) => JSON.stringify(c)).join('\n'));
    writeFileSync(
      at('queries.jsonl'),
      [
        { id: 'q1', text: 'BREAKING: Kazakhstan to suspend CSTO membership' },
        { id: 'q2', text: 'Was there an attempt on Putin?' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    const { code, out, err } = await run(
      'rank',
      '--claims',
      at('claims.jsonl'),
      '--queries',
      at('queries.jsonl'),
      '--top',
      '2',
      '--json',
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.queryId)).toEqual(['q1', 'q2']);
    expect(lines[0].results[0].claimId).toBe('kz');
    expect(lines[1].results[0].claimId).toBe('putin');
    for (const l of lines) expect(l.results.length).toBeLessThanOrEqual(2);
  });

  it('reports each bad line with its file and number, skips it, and exits 1', async () => {
    writeFileSync(
      at('claims2.jsonl'),
      [JSON.stringify(claims[0]), '{"id": 3}', 'not json', JSON.stringify(claims[2])].join('\n'),
    );
    writeFileSync(
      at('queries2.jsonl'),
      [JSON.stringify({ id: 'q1', text: 'Kazakhstan CSTO' }), '[1,2]'].join('\n'),
    );
    const { code, out, err } = await run(
      'rank',
      '--claims',
      at('claims2.jsonl'),
      '--queries',
      at('queries2.jsonl'),
      '--json',
    );
    expect(code).toBe(1);
    expect(err).toEqual([
      `afterword rank: ${at('claims2.jsonl')}:2: needs a string "id"`,
      expect.stringMatching(
        new RegExp(
          `^afterword rank: ${at('claims2.jsonl').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: not JSON`,
        ),
      ),
      `afterword rank: ${at('queries2.jsonl')}:2: not a JSON object`,
    ]);
    expect(JSON.parse(out[0]!).results[0].claimId).toBe('kz');
  });

  it('names a missing file and explains usage mistakes', async () => {
    const missing = await run('rank', '--claims', at('nope.jsonl'), '--queries', at('queries.jsonl'));
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([`afterword rank: ${at('nope.jsonl')}: cannot be read (ENOENT)`]);
    const usage = await run('rank', '--claims', at('claims.jsonl'));
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toContain('needs --claims FILE and --queries FILE');
  });
});
