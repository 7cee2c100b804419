/**
 * What `--help` prints for a command: its syntax, what it does, its arguments and options each with
 * one line of meaning, and examples to copy. A command with subcommands lists them instead.
 */
import type { Command, LazyCommand } from './io';
import type { OptionSpec } from './args';

const HELP_LINE: [string, string] = ['-h, --help', 'print this help and exit'];

/** Two columns, the first padded to its widest entry. */
function columns(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionName(name: string, o: OptionSpec): string {
  const flags = o.short ? `-${o.short}, --${name}` : `--${name}`;
  return o.type === 'string' ? `${flags} ${o.value ?? 'VALUE'}` : flags;
}

/** A command table as help and usage errors list it. */
export function commandList(table: Record<string, LazyCommand>): string[] {
  return ['commands:', ...columns(Object.entries(table).map(([name, c]) => [name, c.summary]))];
}

/** The usage line; `path` is the command as typed ("afterword dataset import"). */
export function usageLine(path: string, command: Command): string {
  return `usage: ${path} ${command.usage}`.trimEnd();
}

export function helpText(path: string, command: Command): string[] {
  const lines = [usageLine(path, command), '', `${path}: ${command.summary}`];
  if (command.subcommands) {
    lines.push('', ...commandList(command.subcommands));
  }
  const args = Object.entries(command.arguments ?? {});
  if (args.length > 0) lines.push('', 'arguments:', ...columns(args));
  const options = Object.entries(command.options ?? {}).map(([name, o]): [string, string] => [
    optionName(name, o),
    o.help,
  ]);
  lines.push('', 'options:', ...columns([...options, HELP_LINE]));
  lines.push('', 'examples:', ...command.examples.map((e) => `  ${e}`));
  if (command.subcommands) lines.push('', `Each command's own options: ${path} <command> --help`);
  return lines;
}
