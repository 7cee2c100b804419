/** `afterword dataset <command>`: the dataset tools for publishers. */
import { dispatch } from '../dispatch';
import type { Command, LazyCommand } from '../io';

/** The dataset tools, each loaded when it is called (io.ts, LazyCommand). */
export const DATASET_COMMANDS: Record<string, LazyCommand> = {
  validate: {
    summary: 'check dataset files against the format and its limits',
    load: async () => (await import('./validate')).validate,
  },
  import: {
    summary: 'import ClaimReview JSON-LD, Fact Check Tools API responses or JSONL claims into a dataset',
    load: async () => (await import('./import')).importCommand,
  },
  build: {
    summary: 'compile a dataset into the files the extension loads (compact dataset + manifest)',
    load: async () => (await import('./build')).build,
  },
  keygen: {
    summary: 'make an Ed25519 key pair for signing datasets (NAME.key, secret; NAME.pub, to publish)',
    load: async () => (await import('./keygen')).keygen,
  },
  sign: {
    summary: 'sign the exact bytes of a dataset file (detached signature FILE.sig)',
    load: async () => (await import('./sign')).sign,
  },
  verify: {
    summary: "check a dataset file's detached signature against trusted public keys",
    load: async () => (await import('./verify')).verify,
  },
  diff: {
    summary: 'what changed between two versions of a dataset: claims added, removed, newly denied…',
    load: async () => (await import('./diff')).diff,
  },
  stats: {
    summary: 'a dataset in numbers: claims, statuses, events, ratings, languages, outlets',
    load: async () => (await import('./stats')).stats,
  },
  schema: {
    summary: 'print the JSON Schema for editors (src/dataset/afterword-dataset.schema.json)',
    load: async () => (await import('./schema')).schema,
  },
};

export const datasetCommand: Command = {
  summary: 'validate, import, build, sign, verify, diff and describe dataset files',
  usage: '<command> … (validate, import, build, keygen, sign, verify, diff, stats, schema)',
  examples: ['afterword dataset validate public/datasets/default.json', 'afterword dataset import --help'],
  subcommands: DATASET_COMMANDS,
  run: (args, io) => dispatch(datasetCommand, 'afterword dataset', args, io),
};
