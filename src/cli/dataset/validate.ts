import { DatasetError } from '../../dataset/errors';
import { LIMITS, MAX_REPORTED_ISSUES } from '../../dataset/limits';
import { parseJson } from '../../dataset/parse';
import { checkDataset } from '../../dataset/schema';
import { parse } from '../args';
import { inFile, readFileLimited, type Command, type Io } from '../io';
import { plural } from '../../dataset/words';

export const validate: Command = {
  summary: 'check dataset files against the format and its limits',
  usage: 'FILE…',
  arguments: {
    FILE: 'a dataset file, or several: each is checked and reported on its own, and up to 20 problems are listed for each, with their JSON paths',
  },
  examples: [
    'afterword dataset validate public/datasets/default.json',
    'afterword dataset validate datasets/*.json',
  ],
  async run(args, io) {
    const { positionals } = parse(args, {}, { min: 1, max: Infinity, names: 'one or more dataset FILEs' });
    let status = 0;
    // One file that does not pass stops nothing: a publisher checking a folder sees every problem.
    for (const file of positionals) {
      try {
        if (!(await validateFile(file, io))) status = 1;
      } catch (e) {
        if (!(e instanceof DatasetError)) throw e;
        io.err(e.message);
        status = 1;
      }
    }
    return status;
  },
};

/** Reports on one file: its summary on the output, or its problems on the error output. */
async function validateFile(file: string, io: Io): Promise<boolean> {
  const bytes = await readFileLimited(file, LIMITS.fileBytes);
  const value = await inFile(file, () => parseJson(bytes));
  const { dataset, issues } = checkDataset(value);
  if (!dataset) {
    for (const issue of issues) io.err(new DatasetError(issue.problem, issue.path, undefined, file).message);
    if (issues.length >= MAX_REPORTED_ISSUES)
      io.err(`${file}: stopped after ${MAX_REPORTED_ISSUES} problems`);
    return false;
  }
  const events = dataset.claims.reduce((n, c) => n + c.events.length, 0);
  io.out(
    `${file}: valid ${dataset.id} version ${dataset.version}, ${plural(dataset.claims.length, 'claim')}, ${plural(events, 'event')}`,
  );
  return true;
}
