import { datasetStats, describeStats } from '../../dataset/stats';
import { parse, type OptionSpecs } from '../args';
import type { Command } from '../io';
import { readDataset } from './read';

const OPTIONS = {
  json: { type: 'boolean', help: 'the numbers as one JSON object instead of lines of text' },
} satisfies OptionSpecs;

export const stats: Command = {
  summary: 'a dataset in numbers: claims, statuses, events, ratings, languages, outlets',
  usage: 'FILE [--json]',
  options: OPTIONS,
  arguments: { FILE: 'the dataset file' },
  examples: ['afterword dataset stats public/datasets/default.json'],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 1, max: 1, names: 'one dataset FILE' });
    const { dataset, bytes } = await readDataset(positionals[0]!);
    if (values.json)
      io.out(
        JSON.stringify(
          { id: dataset.id, version: dataset.version, bytes: bytes.byteLength, ...datasetStats(dataset) },
          null,
          2,
        ),
      );
    else for (const line of describeStats(dataset, bytes.byteLength)) io.out(line);
    return 0;
  },
};
