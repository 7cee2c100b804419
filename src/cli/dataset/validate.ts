import { DatasetError } from '../../dataset/errors';
import { LIMITS, MAX_REPORTED_ISSUES } from '../../dataset/limits';
import { parseJson } from '../../dataset/parse';
import { checkDataset } from '../../dataset/schema';
import { parse } from '../args';
import { inFile, readFileLimited, type Command } from '../io';
import { plural } from '../../dataset/words';

export const validate: Command = {
  summary: 'check a dataset file against the format and its limits',
  usage: 'FILE',
  arguments: { FILE: 'the dataset file; up to 20 problems are listed, each with its JSON path' },
  examples: ['afterword dataset validate public/datasets/default.json'],
  async run(args, io) {
    const { positionals } = parse(args, {}, { min: 1, max: 1, names: 'one dataset FILE' });
    const file = positionals[0]!;
    const bytes = await readFileLimited(file, LIMITS.fileBytes);
    const value = await inFile(file, () => parseJson(bytes));
    const { dataset, issues } = checkDataset(value);
    if (!dataset) {
      for (const issue of issues)
        io.err(new DatasetError(issue.problem, issue.path, undefined, file).message);
      if (issues.length >= MAX_REPORTED_ISSUES)
        io.err(`${file}: stopped after ${MAX_REPORTED_ISSUES} problems`);
      return 1;
    }
    const events = dataset.claims.reduce((n, c) => n + c.events.length, 0);
    io.out(
      `${file}: valid ${dataset.id} version ${dataset.version}, ${plural(dataset.claims.length, 'claim')}, ${plural(events, 'event')}`,
    );
    return 0;
  },
};
