/**
 * `afterword rank --claims CLAIMS.jsonl --queries QUERIES.jsonl [--top N] [--json]`: the claims
 * each query most likely repeats (the CheckThat! task), best first. Claims are the plain records
 * of ../shared/eval ({id, claim, title?, subtitle?, date?, speaker?}); queries {id, text, date?,
 * speaker?, context?}. Bad lines are reported (file:line) and skipped; the exit code is then 1.
 */
import { DatasetError } from '../dataset/errors';
import { buildRankIndex, type RankClaim, rankClaims, type RankQuery } from '../engine/index';
import { parse, type OptionSpecs } from './args';
import { describe } from './jsonl';
import type { Command } from './io';
import { UsageError } from './io';
import { readJsonl } from './jsonl';

const MAX_JSONL_BYTES = 512 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalStrings(v: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys)
    if (v[k] !== undefined && v[k] !== null && typeof v[k] !== 'string') return `"${k}" must be a string`;
  return undefined;
}

export function checkClaim(v: unknown): string | undefined {
  if (!isObject(v)) return 'not a JSON object';
  if (typeof v.id !== 'string' || !v.id) return 'needs a string "id"';
  if (typeof v.claim !== 'string') return `claim ${v.id} needs a string "claim"`;
  return optionalStrings(v, ['title', 'subtitle', 'date', 'speaker', 'language']);
}

export function checkQuery(v: unknown): string | undefined {
  if (!isObject(v)) return 'not a JSON object';
  if (typeof v.id !== 'string' || !v.id) return 'needs a string "id"';
  if (typeof v.text !== 'string') return `query ${v.id} needs a string "text"`;
  if (v.context !== undefined && !(Array.isArray(v.context) && v.context.every((s) => typeof s === 'string')))
    return '"context" must be a list of strings';
  return optionalStrings(v, ['date', 'speaker']);
}

const OPTIONS = {
  claims: {
    type: 'string',
    value: 'FILE',
    help: 'the claims, one JSON object a line: {id, claim, title?, subtitle?, date?, speaker?}',
  },
  queries: {
    type: 'string',
    value: 'FILE',
    help: 'the queries, one JSON object a line: {id, text, date?, speaker?, context?}',
  },
  top: { type: 'string', value: 'N', help: 'how many claims to list for each query, 1 to 1000 (default 5)' },
  json: {
    type: 'boolean',
    help: 'one JSON object per query ({queryId, results}) instead of a tab-separated line',
  },
} satisfies OptionSpecs;

export const rankCommand: Command = {
  summary: 'rank the claims each query repeats (tweets, debate sentences → fact-checked claims)',
  usage: '--claims CLAIMS.jsonl --queries QUERIES.jsonl [--top N] [--json]',
  options: OPTIONS,
  examples: ['afterword rank --claims claims.jsonl --queries tweets.jsonl --top 10'],
  async run(args, io) {
    const { values } = parse(args, OPTIONS, { min: 0, max: 0, names: 'no positional arguments' });
    if (!values.claims || !values.queries) throw new UsageError('needs --claims FILE and --queries FILE');
    const top = values.top === undefined ? 5 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000)
      throw new UsageError(`--top must be a whole number from 1 to 1000, not "${values.top}"`);
    let bad = 0;
    const report = (message: string) => {
      bad++;
      io.err(`afterword rank: ${message}`);
    };
    let claims: RankClaim[];
    let queries: RankQuery[];
    try {
      claims = (await readJsonl<RankClaim>(values.claims, MAX_JSONL_BYTES, checkClaim, report)).map(
        (l) => l.value,
      );
      queries = (await readJsonl<RankQuery>(values.queries, MAX_JSONL_BYTES, checkQuery, report)).map(
        (l) => l.value,
      );
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      io.err(`afterword rank: ${describe(e)}`);
      return 1;
    }
    const index = buildRankIndex(claims);
    for (const q of queries) {
      const results = rankClaims(index, q, { top });
      if (values.json) io.out(JSON.stringify({ queryId: q.id, results }));
      else
        io.out(
          `${q.id}\t${results.map((r, i) => `${i + 1}. ${r.claimId} (${r.score})`).join('  ') || '(no claim shares a word with it)'}`,
        );
    }
    return bad > 0 ? 1 : 0;
  },
};
