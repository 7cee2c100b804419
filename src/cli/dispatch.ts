/** Running a table of commands: the top level and every command with subcommands. */
import { UsageError, type Command, type Io } from './io';

/** Runs a command table; shared by the top level and by commands with subcommands. */
export async function dispatch(
  table: Record<string, Command>,
  prefix: string,
  args: string[],
  io: Io,
): Promise<number> {
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : table[name];
  if (!command) {
    if (name !== undefined && name !== '--help' && name !== '-h' && name !== 'help')
      io.err(`${prefix}: unknown command "${name}"`);
    io.err(`usage: ${prefix} <command>\n`);
    const width = Math.max(...Object.keys(table).map((k) => k.length));
    for (const [key, c] of Object.entries(table)) io.err(`  ${key.padEnd(width)}  ${c.summary}`);
    return name === '--help' || name === '-h' || name === 'help' ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: ${prefix} ${name} ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${prefix} ${name}: ${e.message}`);
      io.err(`usage: ${prefix} ${name} ${command.usage}`);
      return 2;
    }
    throw e;
  }
}
