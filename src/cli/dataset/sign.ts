import { LIMITS } from '../../dataset/limits';
import { signBytes, toJsonFile } from '../../dataset/sign';
import { parse, type OptionSpecs } from '../args';
import { inFile, readFileLimited, UsageError, writeText, type Command } from '../io';

const OPTIONS = {
  key: { type: 'string', value: 'NAME.key', help: 'the secret key file `afterword dataset keygen` wrote' },
  output: {
    type: 'string',
    short: 'o',
    value: 'FILE.sig',
    help: 'where to write the signature (default: FILE.sig beside FILE)',
  },
} satisfies OptionSpecs;

export const sign: Command = {
  summary: 'sign the exact bytes of a dataset file (detached signature FILE.sig)',
  usage: '--key NAME.key FILE [-o FILE.sig]',
  options: OPTIONS,
  arguments: { FILE: 'the dataset file to sign, exactly as it will be published' },
  examples: ['afterword dataset sign --key example-desk.key checks.json'],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 1, max: 1, names: 'one FILE to sign' });
    if (!values.key) throw new UsageError('needs --key, a secret key file from `afterword dataset keygen`');
    const file = positionals[0]!;
    const bytes = await readFileLimited(file, LIMITS.fileBytes);
    const keyBytes = await readFileLimited(values.key, 4096);
    const signature = await inFile(values.key, () => signBytes(bytes, keyBytes));
    const out = values.output ?? `${file}.sig`;
    await writeText(out, toJsonFile(signature));
    io.out(`${out}: signature of ${file} by key ${signature.keyId}`);
    return 0;
  },
};
