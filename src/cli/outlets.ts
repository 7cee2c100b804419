/**
 * `afterword outlets [--dataset FILE]... [--json] [QUERY]`: the outlets the datasets list, each
 * with its record — the claims it reported, how each stands now, and what the outlet did next.
 * QUERY is a host or address, a handle or a name (or part of one). Counts, in neutral words:
 * the reader draws the conclusions.
 */
import { DatasetError } from '../dataset/errors';
import {
  buildOutletDirectory,
  findOutlets,
  formatDistance,
  outletRecords,
  type Dataset,
  type OutletRecord,
} from '../engine/index';
import { parse, type OptionSpecs } from './args';
import { readDataset } from './dataset/read';
import type { Command, Io } from './io';
import { describe } from './jsonl';
import { DEFAULT_DATASET } from './match';
import { FOLLOW_UP_WORDS, STATUS_WORDS, day, outletJson, summaryLine } from './outlet-record';

function printText(io: Io, r: OutletRecord): void {
  const o = r.outlet;
  const ids = [...o.domains, ...o.handles].join(', ');
  io.out(`${o.name} (${o.kind}, id ${o.key})${ids ? `: ${ids}` : ''}`);
  io.out(`  ${summaryLine(r)}`);
  for (const c of r.claims) {
    const decided =
      c.decidedOn === null
        ? ''
        : ` on ${day(c.decidedOn)}${c.days === null ? '' : c.days === 0 ? ', the day of its report' : c.days > 0 ? `, ${formatDistance(c.days)} after its report` : `, ${formatDistance(c.days)} before its report`}`;
    const next = c.followUp ? `; ${FOLLOW_UP_WORDS[c.followUp]}` : '';
    io.out(`  ${day(c.reportedOn)}  ${c.claimId}: ${STATUS_WORDS[c.status]}${decided}${next}`);
  }
}

/** Reads every dataset file given, or the bundled default; a file that cannot be read is reported and ends the run. */
export async function readDatasets(
  files: string[] | undefined,
  io: Io,
  command: string,
): Promise<Dataset[] | undefined> {
  const datasets: Dataset[] = [];
  for (const file of files?.length ? files : [DEFAULT_DATASET]) {
    try {
      datasets.push((await readDataset(file)).dataset);
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      io.err(`afterword ${command}: ${describe(e)}`);
      return undefined;
    }
  }
  return datasets;
}

const OPTIONS = {
  dataset: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'a dataset to read, repeatable (default: the bundled public/datasets/default.json)',
  },
  json: { type: 'boolean', help: 'one JSON object per outlet: its names, domains, handles and record' },
} satisfies OptionSpecs;

export const outletsCommand: Command = {
  summary: 'list the outlets the datasets name, with the claims each reported and how they stand now',
  usage: '[--dataset FILE]... [--json] [QUERY]',
  options: OPTIONS,
  arguments: { QUERY: 'a host or address (tass.com), a handle (@yellow_folder) or a name, or part of one' },
  examples: [
    'afterword outlets',
    'afterword outlets euroweeklynews.com',
    'afterword outlets --json @yellow_folder',
  ],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 0, max: 1, names: 'at most one QUERY' });
    const datasets = await readDatasets(values.dataset, io, 'outlets');
    if (!datasets) return 1;
    const dir = buildOutletDirectory(datasets);
    const records = outletRecords(dir, datasets);
    const query = positionals[0];
    const outlets = query === undefined ? dir.outlets : findOutlets(dir, query);
    if (outlets.length === 0) {
      io.err(
        query === undefined
          ? 'afterword outlets: the datasets list no outlets (outlets came with dataset format 1.1)'
          : `afterword outlets: no outlet matches "${query}" (a host, a handle such as @name, or a name)`,
      );
      return 1;
    }
    for (const o of outlets) {
      const r = records.get(o.key)!;
      if (values.json) io.out(JSON.stringify(outletJson(r)));
      else printText(io, r);
    }
    return 0;
  },
};
