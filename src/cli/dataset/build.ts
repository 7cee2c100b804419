import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compileDataset } from '../../dataset/compile';
import { plural } from '../../dataset/words';
import { parse, type OptionSpecs } from '../args';
import { UsageError, writeText, type Command } from '../io';
import { readDataset } from './read';

const OPTIONS = {
  output: {
    type: 'string',
    short: 'o',
    value: 'DIR',
    help: 'the folder to write into (made if missing): ID.json, ID.index.bin and ID.manifest.json',
  },
} satisfies OptionSpecs;

export const build: Command = {
  summary: 'compile a dataset into the files the extension loads (compact dataset + manifest)',
  usage: 'FILE -o DIR',
  options: OPTIONS,
  arguments: { FILE: 'the dataset file to compile' },
  examples: ['afterword dataset build public/datasets/default.json -o compiled'],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 1, max: 1, names: 'one dataset FILE' });
    if (!values.output) throw new UsageError('needs -o DIR, the folder to write into');
    const { dataset } = await readDataset(positionals[0]!);
    const compiled = await compileDataset(dataset);
    await mkdir(values.output, { recursive: true });
    for (const f of compiled.files) await writeText(join(values.output, f.name), f.bytes);
    const m = compiled.manifest;
    io.out(
      `${join(values.output, m.dataset)}: ${m.id} version ${m.version}, ${plural(m.claims, 'claim')}, ${m.bytes.toLocaleString('en-US')} bytes, sha256 ${m.sha256}`,
    );
    return 0;
  },
};
