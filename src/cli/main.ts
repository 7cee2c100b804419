/**
 * `afterword <command> …`: the command line. The top level is a command whose subcommands are the
 * table below; a command with subcommands (`afterword dataset validate`) dispatches the same way.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../dataset/errors';
import { datasetCommand } from './dataset/index';
import { dispatch } from './dispatch';
import { matchCommand } from './match';
import { outletsCommand } from './outlets';
import { rankCommand } from './rank';
import { processIo, type Command, type Io } from './io';

export const COMMANDS: Record<string, Command> = {
  dataset: datasetCommand,
  match: matchCommand,
  outlets: outletsCommand,
  rank: rankCommand,
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
