/**
 * `afterword <command> …`: the command line. The top level is a command whose subcommands are the
 * table below; a command with subcommands (`afterword dataset validate`) dispatches the same way.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../dataset/errors';
import { dispatch } from './dispatch';
import { processIo, type Command, type Io, type LazyCommand } from './io';

/** The commands, each loaded when it is called (io.ts, LazyCommand). */
export const COMMANDS: Record<string, LazyCommand> = {
  dataset: {
    summary: 'validate, import, build, sign, verify, diff and describe dataset files',
    load: async () => (await import('./dataset/index')).datasetCommand,
  },
  match: {
    summary: 'find the tracked claims in article files (.html or .txt) and what happened to them',
    load: async () => (await import('./match')).matchCommand,
  },
  outlets: {
    summary: 'list the outlets the datasets name, with the claims each reported and how they stand now',
    load: async () => (await import('./outlets')).outletsCommand,
  },
  rank: {
    summary: 'rank the claims each query repeats (tweets, debate sentences → fact-checked claims)',
    load: async () => (await import('./rank')).rankCommand,
  },
};

/** The top level, as `afterword --help` describes it. */
export const AFTERWORD: Command = {
  summary: 'find tracked claims in articles, rank claims for queries, and make dataset files',
  usage: '<command> … (dataset, match, outlets, rank)',
  examples: [
    'afterword match test/fixtures/pages/seed-000.html',
    'afterword dataset validate public/datasets/default.json',
    'afterword help dataset import',
  ],
  subcommands: COMMANDS,
  run: (args, io) => dispatch(AFTERWORD, 'afterword', args, io),
};

export async function main(args: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(AFTERWORD, 'afterword', args, io);
  } catch (e) {
    if (e instanceof DatasetError) {
      io.err(e.message);
      return 1;
    }
    // A system error (a file that cannot be written…) is the user's to fix: its message says enough.
    const system = typeof (e as NodeJS.ErrnoException).code === 'string';
    io.err(`afterword: ${system ? (e as Error).message : ((e as Error).stack ?? String(e))}`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
