import { generateKeyPair, toJsonFile } from '../../dataset/sign';
import { parse, type OptionSpecs } from '../args';
import { UsageError, writeText, type Command } from '../io';

const OPTIONS = {
  output: {
    type: 'string',
    short: 'o',
    value: 'NAME',
    help: 'writes NAME.key (secret, readable by you only) and NAME.pub; never overwrites a key',
  },
} satisfies OptionSpecs;

export const keygen: Command = {
  summary: 'make an Ed25519 key pair for signing datasets (NAME.key, secret; NAME.pub, to publish)',
  usage: '-o NAME',
  options: OPTIONS,
  examples: ['afterword dataset keygen -o example-desk'],
  async run(args, io) {
    const { values } = parse(args, OPTIONS, { min: 0, max: 0, names: 'no positional arguments' });
    if (!values.output) throw new UsageError('needs -o NAME; writes NAME.key and NAME.pub');
    const pair = await generateKeyPair();
    try {
      // The secret key is readable by its owner only, and never overwrites an existing key.
      await writeText(`${values.output}.key`, toJsonFile(pair.secret), 0o600);
      await writeText(`${values.output}.pub`, toJsonFile(pair.public), 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError(`${values.output}.key or .pub exists; not overwriting a key`);
      throw e;
    }
    io.out(
      `${values.output}.key, ${values.output}.pub: key ${pair.public.keyId} (keep the .key file secret; publish the .pub)`,
    );
    return 0;
  },
};
