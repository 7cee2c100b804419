/**
 * Parsing a command's arguments against the options it declares: node:util parseArgs, with its
 * errors turned into usage errors and an unknown option answered with the closest declared one.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';
import { closest } from './suggest';

/** One option as a command declares it: how it parses, and what `--help` says of it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The placeholder of its value in the help (FILE, DATE, N); string options only. */
  value?: string;
  /** One line: what the option does, and its default. */
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

/** The declarations without their help, as parseArgs takes them. */
function parseArgsOptions(options: OptionSpecs): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, o] of Object.entries(options))
    out[name] = { type: o.type, ...(o.short && { short: o.short }), ...(o.multiple && { multiple: true }) };
  return out;
}

/** `--help` and `-h` are every command's, handled before its own options are parsed. */
const HELP = ['help'];

/** What to say of an option the command does not declare. */
export function unknownOption(raw: string, options: OptionSpecs): string {
  const longs = [...Object.keys(options), ...HELP];
  const dashes = raw.startsWith('--') ? 2 : 1;
  const name = raw.slice(dashes);
  // "-json" for "--json": one dash before a long name.
  const meant =
    dashes === 1 && name.length > 1 ? (longs.includes(name) ? name : undefined) : closest(name, longs);
  if (meant !== undefined) return `unknown option ${raw}; did you mean --${meant}?`;
  const names = Object.keys(options).map((n) => `--${n}`);
  return names.length === 0
    ? `unknown option ${raw}; this command takes no options`
    : `unknown option ${raw}; its options are ${names.join(', ')}`;
}

/** Throws a UsageError for the first argument (before `--`) that is no declared option. */
function refuseUnknown(args: string[], options: OptionSpecs, config: ParseOptions): void {
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short ? [o.short] : [])));
  for (const arg of args) {
    if (arg === '--') return;
    // "-json": read by parseArgs as the short options -j -s -o -n, or as -j with the value "son".
    if (/^-[^-]{2,}$/.test(arg) && !shorts.has(arg[1]!) && Object.hasOwn(options, arg.slice(1)))
      throw new UsageError(unknownOption(arg, options));
  }
  const { tokens } = parseArgs({
    args,
    options: config,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const t of tokens)
    if (t.kind === 'option' && !Object.hasOwn(options, t.name))
      throw new UsageError(unknownOption(t.rawName, options));
}

/**
 * What parseArgs returns for the call in `parse`, spelled out: the project is composite (for
 * `tsc --build`), and declaration emit cannot name the inferred type, which lives in module 'util'.
 */
type Parsed<O extends OptionSpecs> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export function parse<O extends OptionSpecs>(
  args: string[],
  options: O,
  positionals: { min: number; max: number; names: string },
): Parsed<O> {
  const config = parseArgsOptions(options) as O;
  refuseUnknown(args, options, config);
  let parsed;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const n = parsed.positionals.length;
  if (n < positionals.min || n > positionals.max) throw new UsageError(`expects ${positionals.names}`);
  return parsed;
}
