/** `afterword dataset <command>`: the dataset tools for publishers. */
import { dispatch } from '../dispatch';
import type { Command } from '../io';
import { build } from './build';
import { diff } from './diff';
import { importCommand } from './import';
import { keygen } from './keygen';
import { schema } from './schema';
import { sign } from './sign';
import { stats } from './stats';
import { validate } from './validate';
import { verify } from './verify';

export const DATASET_COMMANDS: Record<string, Command> = {
  validate,
  import: importCommand,
  build,
  keygen,
  sign,
  verify,
  diff,
  stats,
  schema,
};

export const datasetCommand: Command = {
  summary: 'validate, import, build, sign, verify, diff and describe dataset files',
  usage: '<command> … (validate, import, build, keygen, sign, verify, diff, stats, schema)',
  examples: ['afterword dataset validate public/datasets/default.json', 'afterword dataset import --help'],
  subcommands: DATASET_COMMANDS,
  run: (args, io) => dispatch(datasetCommand, 'afterword dataset', args, io),
};
