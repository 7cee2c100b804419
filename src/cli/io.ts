/** What every command shares: output, errors that name the file, and reading files within limits. */
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { DatasetError } from '../dataset/errors';
import { readLimited, tooLarge } from '../dataset/parse';
import type { OptionSpecs } from './args';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Arguments and options, shown on a usage error and by --help. */
  usage: string;
  /** The options it accepts, each with its meaning: args.ts parses them, --help lists them. */
  options?: OptionSpecs;
  /** Its positional arguments (as `usage` names them), each with its meaning, for --help. */
  arguments?: Record<string, string>;
  /** Whole command lines a user can copy, shown by --help: at least one. */
  examples: string[];
  /** Commands under this one (`afterword dataset validate`): run by dispatch.ts, listed by --help. */
  subcommands?: Record<string, LazyCommand>;
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>;
}

/**
 * A command in a command table: its one-line summary, which the list of commands shows, and its
 * module, loaded only when it runs or its help is printed. `afterword dataset validate` then loads
 * the validator alone, not the article reader, the engine and the importers every other command
 * needs: it starts in 0.8 s instead of 1.2 s. The summary is the command's own (cli-help.test
 * checks they agree).
 */
export interface LazyCommand {
  summary: string;
  load(): Promise<Command>;
}

/** A mistake in how the command was called: exit code 2 and the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reruns `fn`, naming `file` in any DatasetError it throws. */
export async function inFile<T>(file: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DatasetError && !e.file) throw e.inFile(file);
    throw e;
  }
}

/** A file's bytes; a file over maxBytes is refused from its size before a byte is read. */
export function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  return inFile(file, async () => {
    let size: number;
    let regular: boolean;
    try {
      const s = await stat(file);
      [size, regular] = [s.size, s.isFile()];
    } catch (e) {
      throw new DatasetError(
        `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        '$',
      );
    }
    if (regular && size > maxBytes) throw tooLarge(size, maxBytes);
    return readLimited(createReadStream(file), maxBytes);
  });
}

export async function writeText(file: string, text: string | Uint8Array, mode?: number): Promise<void> {
  await writeFile(file, text, mode === undefined ? undefined : { mode, flag: 'wx' });
}

/** Today as YYYY-MM-DD in UTC, the default "data as of" of an import. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
