/**
 * The TypeScript projects draw the boundaries the README states: the engine is pure ECMAScript (no
 * DOM, no Node), the browser parts have the DOM but no Node, the CLI has Node. Each probe is a small
 * file compiled, in a temporary directory, under a config that extends a project's own tsconfig —
 * so that loosening a project's `lib` or `types` fails here, not in a later review.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

const PROBES = {
  nodeModule: `import { readFileSync } from 'node:fs';\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n`,
  dom: `export const title = (): string => document.title;\n`,
  processEnv: `export const flagged = (): boolean => process.env.AFTERWORD_FLAG !== undefined;\n`,
  // What engine code does use: ES2023 built-ins, Intl (the segmenter), and the web globals
  // src/engine/web-globals.d.ts declares for it (TextEncoder, TextDecoder, URL).
  clean:
    `const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment('Kazakhstan denied it')];\n` +
    `const last = words.map((w) => w.segment).findLast((w) => w.trim() !== '');\n` +
    `const bytes: Uint8Array = new TextEncoder().encode(last ?? '');\n` +
    `export const roundTrip: string = new TextDecoder().decode(bytes.subarray(0));\n` +
    `export const host: string = new URL('https://www.tass.com/x').hostname;\n` +
    `export const counts = new Map<string, number>([['x', new Float64Array(2).length]]);\n`,
} as const;
type Probe = keyof typeof PROBES;

let dir: string;
beforeAll(() => {
  // Inside the repository (in the ignored .cache), so that `types: ["node"]` finds @types/node.
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  dir = mkdtempSync(join(REPO, '.cache', 'tsprobe-'));
  for (const [name, text] of Object.entries(PROBES)) writeFileSync(join(dir, `${name}.ts`), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The declaration files of TypeScript's lib and of @types, parsed once for the three projects. */
const LIBRARY = /[\\/]node_modules[\\/](typescript[\\/]lib|@types)[\\/].*\.d\.ts$/;
const libraries = new Map<string, ts.SourceFile>();

/**
 * A compiler host that hands every program the same parsed lib.dom.d.ts, lib.es2023.d.ts and Node
 * types instead of parsing them again for each project (what a language service does across
 * programs). The probes and the projects' own files are read fresh each time.
 */
function sharingLibraries(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!LIBRARY.test(fileName)) return read(fileName, languageVersion, onError, shouldCreate);
    const parsing =
      typeof languageVersion === 'object'
        ? `${languageVersion.languageVersion}|${languageVersion.impliedNodeFormat}`
        : `${languageVersion}`;
    const key = `${fileName}|${parsing}`;
    let file = libraries.get(key);
    if (!file) {
      file = read(fileName, languageVersion, onError, shouldCreate);
      if (file) libraries.set(key, file);
    }
    return file;
  };
  return host;
}

/** Type errors of every probe, compiled under `project` (a path to one of the repo's tsconfigs). */
function compileProbes(project: string, extraFiles: string[] = []): Map<Probe, string[]> {
  const configPath = join(dir, `tsconfig.${project.replaceAll('/', '-')}.json`);
  writeFileSync(
    configPath,
    JSON.stringify({
      extends: join(REPO, project),
      // The project's lib, types and strictness, but no build: nothing is written.
      compilerOptions: {
        composite: false,
        incremental: false,
        emitDeclarationOnly: false,
        noEmit: true,
        rootDir: dir,
      },
      // Only the probes: not the project's own `include`.
      include: [],
      files: [...Object.keys(PROBES).map((n) => join(dir, `${n}.ts`)), ...extraFiles],
    }),
  );
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configPath}`);
  expect(config.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host: sharingLibraries(config.options),
  });
  const errors = new Map<Probe, string[]>(Object.keys(PROBES).map((n) => [n as Probe, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const probe = d.file && (d.file.fileName.match(/([A-Za-z]+)\.ts$/)?.[1] as Probe | undefined);
    const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    if (probe && errors.has(probe) && d.file?.fileName.startsWith(dir)) errors.get(probe)!.push(message);
    else throw new Error(`unexpected diagnostic outside the probes: ${message}`);
  }
  return errors;
}

describe('TypeScript project boundaries', () => {
  it('src/engine: no Node modules, no DOM, no process; ES built-ins, Intl and text encoding compile', () => {
    const errors = compileProbes('src/engine/tsconfig.json', [join(REPO, 'src/engine/web-globals.d.ts')]);
    expect(errors.get('nodeModule')!.join('\n')).toMatch(/Cannot find (module|name) 'node:fs'/);
    expect(errors.get('dom')!.join('\n')).toMatch(/Cannot find name 'document'/);
    expect(errors.get('processEnv')!.join('\n')).toMatch(/Cannot find name 'process'/);
    expect(errors.get('clean')).toEqual([]);
  });

  it('the browser project (src/): the DOM, but no Node modules and no process', () => {
    const errors = compileProbes('src/tsconfig.json');
    expect(errors.get('nodeModule')!.join('\n')).toMatch(/Cannot find (module|name) 'node:fs'/);
    expect(errors.get('processEnv')!.join('\n')).toMatch(/Cannot find name 'process'/);
    expect(errors.get('dom')).toEqual([]);
    expect(errors.get('clean')).toEqual([]);
  });

  it('src/cli: Node', () => {
    const errors = compileProbes('src/cli/tsconfig.json');
    expect(errors.get('nodeModule')).toEqual([]);
    expect(errors.get('processEnv')).toEqual([]);
  });
});
