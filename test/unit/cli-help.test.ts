/**
 * `--help` on every command of `afterword` (walked from the command tables, so a command added
 * without help fails here), the closest right flag or command for a misspelt one, and the exit
 * codes: 0 for help, 2 for a usage mistake.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/io';
import { AFTERWORD, main } from '../../src/cli/main';
import { closest, editDistance } from '../../src/cli/suggest';

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/**
 * Every command under the top level, with the words that call it: [["dataset"], ["dataset",
 * "import"], …], each loaded from its table, and the summary each table lists it by.
 */
async function commandPaths(
  command: Command,
  path: string[] = [],
  listedAs = command.summary,
): Promise<[string[], Command, string][]> {
  const here: [string[], Command, string][] = [[path, command, listedAs]];
  for (const [name, entry] of Object.entries(command.subcommands ?? {}))
    here.push(...(await commandPaths(await entry.load(), [...path, name], entry.summary)));
  return here;
}

const TREE = await commandPaths(AFTERWORD);
const COMMANDS = TREE.map(([path, command]) => [['afterword', ...path].join(' '), path, command] as const);

/** The lines of a help section ("options:", "examples:"…) up to the next blank line. */
function section(lines: string[], title: string): string[] {
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A command line split into words, double quotes grouping ("Example Desk" is one word). */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe.each(COMMANDS)('%s --help', (typed, path, command) => {
  it('prints the syntax, what it does, every option with its meaning and an example, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await run(...path, flag);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(out[0]).toBe(`usage: ${typed} ${command.usage}`.trimEnd());
      expect(out).toContain(`${typed}: ${command.summary}`);

      const options = section(out, 'options:');
      for (const [name, o] of Object.entries(command.options ?? {})) {
        expect(o.help.trim(), `--${name} has no help`).not.toBe('');
        const line = options.find((l) => l.includes(`--${name}`));
        expect(line, `--${name} is not listed`).toBeDefined();
        expect(line).toContain(o.help);
      }
      expect(options.some((l) => l.includes('-h, --help'))).toBe(true);

      for (const [name, meaning] of Object.entries(command.arguments ?? {}))
        expect(section(out, 'arguments:').some((l) => l.includes(name) && l.includes(meaning))).toBe(true);

      for (const name of Object.keys(command.subcommands ?? {}))
        expect(section(out, 'commands:').some((l) => l.trimStart().startsWith(`${name} `))).toBe(true);

      const examples = section(out, 'examples:');
      expect(examples.length, `${typed} has no example`).toBeGreaterThan(0);
      for (const e of examples) expect(e.trim().startsWith(`${typed} `) || e.trim() === typed).toBe(true);
    }
  });

  it('names every option it declares in its usage line', () => {
    for (const [name, o] of Object.entries(command.options ?? {}))
      expect(
        command.usage.includes(`--${name}`) ||
          (o.short !== undefined && command.usage.includes(`-${o.short} `)),
        `--${name}`,
      ).toBe(true);
  });

  it('uses only declared options in its examples', () => {
    const declared = new Set(
      Object.entries(command.options ?? {}).flatMap(([name, o]) => [
        `--${name}`,
        ...(o.short ? [`-${o.short}`] : []),
      ]),
    );
    if (command.subcommands) declared.add('--help');
    for (const example of command.examples) {
      const rest = words(example).slice(1 + path.length);
      for (const w of rest.filter((w) => w.startsWith('-')))
        expect(declared, `${example}: ${w}`).toContain(w);
    }
  });
});

describe('the command tables', () => {
  it("list each command by its own summary, so the list says what the command's help says", () => {
    for (const [path, command, listedAs] of TREE) expect(listedAs, path.join(' ')).toBe(command.summary);
  });
});

describe('help', () => {
  it('is the same as `afterword help COMMAND…`', async () => {
    expect(await run('help', 'dataset', 'import')).toEqual(await run('dataset', 'import', '--help'));
    expect(await run('help')).toEqual(await run('--help'));
  });

  it('is not asked for by a --help after `--`, which is a file name', async () => {
    const r = await run('match', '--', '--help');
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('--help');
  });
});

describe('a misspelt flag', () => {
  it('is named with the closest declared option, and exits 2 with the usage', async () => {
    const r = await run('match', '--jsno', 'article.html');
    expect(r).toEqual({
      code: 2,
      out: [],
      err: [
        'afterword match: unknown option --jsno; did you mean --json?',
        'usage: afterword match [--dataset FILE] [--json] [--published DATE] [--url URL] FILE...',
        '(afterword match --help lists the options, with examples)',
      ],
    });
  });

  it('is corrected in subcommands too, for a dropped letter, a short start or one dash', async () => {
    const first = async (...args: string[]) => (await run(...args)).err[0];
    expect(await first('dataset', 'import', '--publsher', 'X', 'in.json', '-o', 'out.json')).toBe(
      'afterword dataset import: unknown option --publsher; did you mean --publisher?',
    );
    expect(await first('dataset', 'verify', '--pub', 'k.pub', 'f.json')).toBe(
      'afterword dataset verify: unknown option --pub; did you mean --pubkey?',
    );
    expect(await first('dataset', 'stats', '-json', 'f.json')).toBe(
      'afterword dataset stats: unknown option -json; did you mean --json?',
    );
    expect(await first('rank', '--hlep')).toBe('afterword rank: unknown option --hlep; did you mean --help?');
  });

  it('that resembles no option gets the list of options instead of a guess', async () => {
    expect((await run('rank', '--frobnicate')).err[0]).toBe(
      'afterword rank: unknown option --frobnicate; its options are --claims, --queries, --top, --json',
    );
    expect((await run('dataset', 'schema', '--json')).err[0]).toBe(
      'afterword dataset schema: unknown option --json; this command takes no options',
    );
  });
});

describe('exit codes', () => {
  it('exits 2 on a misspelt command, naming the closest one and listing them all', async () => {
    const r = await run('dataset', 'vaildate', 'f.json');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe('afterword dataset: unknown command "vaildate"; did you mean "validate"?');
    expect(r.err).toContain('commands:');
    expect((await run('macth')).err[0]).toBe('afterword: unknown command "macth"; did you mean "match"?');
  });

  it('exits 2 without a command, and on a missing or wrong argument', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('dataset')).code).toBe(2);
    expect((await run('dataset', 'validate')).code).toBe(2);
    expect((await run('rank', '--top', '0', '--claims', 'c', '--queries', 'q')).code).toBe(2);
    expect((await run('match', '--published', 'yesterday', 'a.txt')).code).toBe(2);
  });
});

describe('suggestions', () => {
  it('count a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('jsno', 'json')).toBe(1);
    expect(editDistance('publsher', 'publisher')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggest only a word close enough, or the one word a prefix starts', () => {
    expect(closest('tpo', ['claims', 'queries', 'top', 'json'])).toBe('top');
    expect(closest('xyz', ['claims', 'queries', 'top', 'json'])).toBeUndefined();
    expect(closest('li', ['license', 'license-url'])).toBeUndefined();
    expect(closest('license-u', ['license', 'license-url'])).toBe('license-url');
  });
});
