/**
 * The CheckThat! claim-retrieval collections in ../shared/eval/claimmatch (train and dev splits
 * only; the test splits are held out). Read at run time, never bundled into the product.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RankClaim, RankQuery } from '../../../src/engine/rank/types';

export const EVAL_DIR =
  process.env.AFTERWORD_EVAL_DIR ??
  join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval', 'claimmatch');

export type Split = 'train' | 'dev';

export interface Collection {
  name: string;
  claims: RankClaim[];
  queries: Record<Split, RankQuery[]>;
  qrels: Record<Split, Map<string, Set<string>>>;
}

export const COLLECTIONS = ['checkthat2022-2a-en', 'checkthat2021-2b-en'] as const;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function readQrels(file: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [q, c] = line.trim().split('\t');
    if (!q || !c) continue;
    let set = out.get(q);
    if (!set) out.set(q, (set = new Set()));
    set.add(c);
  }
  return out;
}

interface TranscriptLine {
  n: number;
  speaker: string;
  text: string;
}

/** Debate transcripts by file name (without .tsv): numbered lines with their speaker. */
function readTranscripts(dir: string): Map<string, TranscriptLine[]> {
  const out = new Map<string, TranscriptLine[]>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.tsv')) continue;
    const lines: TranscriptLine[] = [];
    for (const row of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const [n, speaker, ...rest] = row.split('\t');
      if (!n || rest.length === 0) continue;
      lines.push({ n: Number(n), speaker: speaker ?? '', text: rest.join('\t').trim() });
    }
    out.set(f.replace(/\.tsv$/, ''), lines);
  }
  return out;
}

/** How many previous transcript lines travel with a debate sentence as context. */
const CONTEXT_LINES = 3;

/**
 * A debate query's id is "<transcript>_<line>"; the transcript names are sometimes misspelt in the
 * ids ("Trumo_NRA"), so the file is found by its date prefix and the line's text.
 */
function withTranscript(q: RankQuery, transcripts: Map<string, TranscriptLine[]>): RankQuery {
  const cut = q.id.lastIndexOf('_');
  const name = q.id.slice(0, cut);
  const n = Number(q.id.slice(cut + 1));
  const date = name.slice(0, 8);
  const candidates = [...transcripts.keys()].filter((k) => k.slice(0, 8) === date);
  for (const file of candidates.sort(
    (a, b) => Number(b.toLowerCase() === name.toLowerCase()) - Number(a.toLowerCase() === name.toLowerCase()),
  )) {
    const lines = transcripts.get(file)!;
    const at = lines.findIndex((l) => l.n === n);
    if (at < 0 || lines[at]!.text.replace(/\s+/g, ' ') !== q.text.replace(/\s+/g, ' ')) continue;
    const context = lines.slice(Math.max(0, at - CONTEXT_LINES), at).map((l) => l.text);
    return {
      ...q,
      date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      speaker: lines[at]!.speaker,
      context,
    };
  }
  return { ...q, date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` };
}

export function loadCollection(name: string): Collection {
  const dir = join(EVAL_DIR, name);
  const claims = readJsonl<RankClaim>(join(dir, 'vclaims.jsonl'));
  const transcripts = readTranscripts(join(dir, 'transcripts', 'train-dev'));
  const queries = {} as Record<Split, RankQuery[]>;
  const qrels = {} as Record<Split, Map<string, Set<string>>>;
  for (const split of ['train', 'dev'] as const) {
    const raw = readJsonl<RankQuery>(join(dir, `queries.${split}.jsonl`));
    queries[split] = transcripts.size > 0 ? raw.map((q) => withTranscript(q, transcripts)) : raw;
    qrels[split] = readQrels(join(dir, `qrels.${split}.tsv`));
  }
  return { name, claims, queries, qrels };
}

export function evalDataAvailable(): boolean {
  return existsSync(join(EVAL_DIR, COLLECTIONS[0], 'vclaims.jsonl'));
}
