import { LIMITS } from '../../dataset/limits';
import { readPublicKey, verifyBytes, type PublicKey } from '../../dataset/sign';
import { parse, type OptionSpecs } from '../args';
import { inFile, readFileLimited, UsageError, type Command } from '../io';

const OPTIONS = {
  pubkey: {
    type: 'string',
    multiple: true,
    value: 'NAME.pub',
    help: 'a public key you trust (repeat it to trust several); the signature must be by one of them',
  },
  sig: { type: 'string', value: 'FILE.sig', help: 'the signature file (default: FILE.sig beside FILE)' },
} satisfies OptionSpecs;

export const verify: Command = {
  summary: "check a dataset file's detached signature against trusted public keys",
  usage: '--pubkey NAME.pub [--pubkey …] FILE [--sig FILE.sig]',
  options: OPTIONS,
  arguments: { FILE: 'the signed dataset file' },
  examples: ['afterword dataset verify --pubkey example-desk.pub checks.json'],
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, { min: 1, max: 1, names: 'one signed FILE' });
    if (!values.pubkey?.length) throw new UsageError('needs --pubkey, a trusted public key file');
    const file = positionals[0]!;
    const sigFile = values.sig ?? `${file}.sig`;
    const trusted: PublicKey[] = [];
    for (const k of values.pubkey)
      trusted.push(await inFile(k, async () => readPublicKey(await readFileLimited(k, 4096))));
    const bytes = await readFileLimited(file, LIMITS.fileBytes);
    const signature = await readFileLimited(sigFile, 4096);
    const keyId = await inFile(sigFile, () => verifyBytes(bytes, signature, trusted));
    io.out(`${file}: good signature by key ${keyId}`);
    return 0;
  },
};
