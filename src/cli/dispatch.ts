/** Running a command with subcommands: the top level and `afterword dataset`. */
import { unknownOption } from './args';
import { commandList, helpText, usageLine } from './help';
import { UsageError, type Command, type Io } from './io';
import { closest } from './suggest';

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** `--help` or `-h` among the arguments before `--` (after it, they are file names). */
function asksHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some(isHelp);
}

/**
 * A usage mistake: what is wrong, the syntax, and where the whole help is (for a command with
 * subcommands, the list of them). Exit code 2.
 */
function usageError(io: Io, path: string, command: Command, message: string): number {
  io.err(`${path}: ${message}`);
  io.err(usageLine(path, command));
  if (command.subcommands) {
    io.err('');
    for (const line of commandList(command.subcommands)) io.err(line);
    io.err('');
  }
  io.err(`(${path} --help lists the ${command.subcommands ? 'commands' : 'options'}, with examples)`);
  return 2;
}

/**
 * Runs `parent`'s subcommand named by the first argument, with the rest; `path` is how the user
 * typed `parent` ("afterword", "afterword dataset"). `help COMMAND…` is `COMMAND… --help`.
 */
export async function dispatch(parent: Command, path: string, args: string[], io: Io): Promise<number> {
  const table = parent.subcommands ?? {};
  const [name, ...rest] = args;
  if (name === undefined) return usageError(io, path, parent, 'which command?');
  if (isHelp(name) || (name === 'help' && rest.length === 0)) {
    for (const line of helpText(path, parent)) io.out(line);
    return 0;
  }
  if (name === 'help') return dispatch(parent, path, [...rest, '--help'], io);
  const entry = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!entry) {
    if (name.startsWith('-')) return usageError(io, path, parent, unknownOption(name, parent.options ?? {}));
    const meant = closest(name, Object.keys(table));
    const what = `unknown command "${name}"`;
    return usageError(io, path, parent, meant ? `${what}; did you mean "${meant}"?` : what);
  }
  const command = await entry.load();
  const commandPath = `${path} ${name}`;
  if (command.subcommands) return dispatch(command, commandPath, rest, io);
  if (asksHelp(rest)) {
    for (const line of helpText(commandPath, command)) io.out(line);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, commandPath, command, e.message);
    throw e;
  }
}
