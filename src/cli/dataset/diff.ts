import { describeDiff, diffDatasets } from '../../dataset/diff';
import { parse } from '../args';
import type { Command } from '../io';
import { readDataset } from './read';

export const diff: Command = {
  summary: 'what changed between two versions of a dataset: claims added, removed, newly denied…',
  usage: 'OLD NEW',
  arguments: { OLD: 'the earlier version of the dataset file', NEW: 'the later version' },
  examples: ['afterword dataset diff checks-v1.json checks-v2.json'],
  async run(args, io) {
    const { positionals } = parse(args, {}, { min: 2, max: 2, names: 'OLD and NEW dataset files' });
    const [before, after] = [await readDataset(positionals[0]!), await readDataset(positionals[1]!)];
    for (const line of describeDiff(diffDatasets(before.dataset, after.dataset))) io.out(line);
    return 0;
  },
};
