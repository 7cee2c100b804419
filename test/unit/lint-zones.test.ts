/**
 * The import zones of src/ (eslint.config.js, rule afterword/zones): for every folder, one import
 * the architecture forbids is an error, and one it allows is not; the engine is entered through
 * src/engine/index.ts only. The cases are written out here rather than read from the config, so a
 * zone widened there fails here until this table, the statement of the architecture, agrees.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

/** Per folder: an import it may not make, and one it may. Paths are as written in src/<zone>/x.ts. */
const CASES: Record<string, { forbidden: string[]; allowed: string[] }> = {
  engine: {
    forbidden: ['../shared/messages', '../dataset/parse', '@/background/router'],
    allowed: ['./model'],
  },
  article: {
    forbidden: ['../shared/browser', '../dataset/limits'],
    allowed: ['../engine/index', './limits'],
  },
  dataset: {
    forbidden: ['../background/datasets', '../shared/messages', '../article/read'],
    allowed: ['../engine/index'],
  },
  shared: {
    forbidden: ['../background/router', '../ui/strings', '../popup/load'],
    allowed: ['../dataset/limits', '../engine'],
  },
  ui: {
    forbidden: ['../popup/labels', '../background/badge', '../content/card'],
    allowed: ['../shared/messages'],
  },
  background: {
    forbidden: ['../content/index', '../popup/load', '../article/read'],
    allowed: ['../dataset/parse', '../ui/strings'],
  },
  content: {
    forbidden: ['../background/router', '../dataset/parse', '../popup/load'],
    allowed: ['../article/read', '../ui/strings'],
  },
  popup: {
    forbidden: ['../background/datasets', '../options/main', '../content/card'],
    allowed: ['../ui/strings', '../shared/messages'],
  },
  options: {
    forbidden: ['../background/datasets', '../popup/load', '../cli/main'],
    allowed: ['../dataset/limits', '../ui/strings'],
  },
  welcome: {
    forbidden: ['../popup/Popup', '../background/first-run', '../options/Options'],
    allowed: ['../ui/legend', '../shared/browser'],
  },
  claims: {
    forbidden: ['../background/memory/store', '../popup/Popup', '../options/Options'],
    allowed: ['../ui/memory-item', '../shared/send'],
  },
  cli: {
    forbidden: ['../shared/browser', '../popup/matched-words', '../background/datasets'],
    allowed: ['../article/read', '../dataset/parse', '../ui/catalogue', '../ui/verdict-sentence'],
  },
};

// Only the rules under test: the type-aware ones need the file in a TypeScript project, and this
// file does not exist (its text is linted as if it were at that path).
const eslint = new ESLint({
  cwd: REPO,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) =>
    ['afterword/zones', 'no-restricted-imports', 'no-restricted-properties', 'no-restricted-syntax'].includes(
      ruleId,
    ),
});

async function lint(zone: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO, 'src', zone, 'zone-probe.ts') });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const importing = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;

describe('lint zones of src/', () => {
  for (const [zone, { forbidden, allowed }] of Object.entries(CASES)) {
    it(`src/${zone}: forbids ${forbidden.join(', ')}; allows ${allowed.join(', ')}`, async () => {
      for (const source of forbidden) {
        const messages = await lint(zone, importing(source));
        expect(messages, source).toHaveLength(1);
        expect(messages[0]!.ruleId, source).toBe('afterword/zones');
        expect(messages[0]!.message, source).toMatch(new RegExp(`^src/${zone} may not import `));
      }
      for (const source of allowed) expect(await lint(zone, importing(source)), source).toEqual([]);
    });
  }

  it('has a case for every folder of src/', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(resolve(REPO, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => d.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('a folder with no zone is an error until one is written', async () => {
    const messages = await lint('newpart', importing('../engine/index'));
    expect(messages.map((m) => m.ruleId)).toEqual(['afterword/zones']);
    expect(messages[0]!.message).toMatch(/src\/newpart has no zone/);
  });

  it('the engine is entered through src/engine/index.ts only', async () => {
    for (const zone of ['background', 'popup', 'dataset', 'cli', 'ui']) {
      const deep = await lint(zone, importing('../engine/match/percolate'));
      expect(deep.map((m) => m.ruleId)).toEqual(['afterword/zones']);
      expect(deep[0]!.message).toMatch(/through 'src\/engine\/index\.ts'/);
      expect(await lint(zone, importing('../engine/index'))).toEqual([]);
    }
    // Re-exports and dynamic imports are imports too.
    expect(await lint('popup', `export * from '../engine/types';\n`)).toHaveLength(1);
    expect(await lint('background', `export const m = () => import('../popup/load');\n`)).toHaveLength(1);
  });

  it("the CLI takes src/ui's words through catalogue.ts, never strings.ts (the extension API)", async () => {
    for (const source of ['../ui/strings', '../ui/strings.ts']) {
      const messages = await lint('cli', importing(source));
      expect(
        messages.map((m) => m.ruleId),
        source,
      ).toEqual(['no-restricted-imports']);
      expect(messages[0]!.message, source).toMatch(/'\.\.\/ui\/catalogue'/);
    }
    const polyfill = `import browser from 'webextension-polyfill';\nexport const b = browser;\n`;
    expect((await lint('cli', polyfill)).map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('only src/shared/browser.ts imports the extension API', async () => {
    const code = `import browser from 'webextension-polyfill';\nexport const b = browser;\n`;
    expect((await lint('popup', code)).map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    const [seam] = await eslint.lintText(code, { filePath: resolve(REPO, 'src/shared/browser.ts') });
    expect(seam!.messages).toEqual([]);
  });

  it('a unit file replaces modules with vi.doMock, which it can undo; never a hoisted vi.mock', async () => {
    const file = resolve(REPO, 'test/unit/mock-probe.test.ts');
    const text = (call: string) =>
      `import { vi } from 'vitest';\n${call}('../../src/background/datasets');\n`;
    const [hoisted] = await eslint.lintText(text('vi.mock'), { filePath: file });
    expect(hoisted!.messages.map((m) => m.ruleId)).toEqual(['no-restricted-properties']);
    expect(hoisted!.messages[0]!.message).toMatch(/share workers: use vi\.doMock/);
    const [undoable] = await eslint.lintText(text('vi.doMock'), { filePath: file });
    expect(undoable!.messages).toEqual([]);
  });

  it("a unit file draws any code point from test/support/arbitraries.ts, not fast-check's unit 'binary'", async () => {
    const file = resolve(REPO, 'test/unit/arbitrary-probe.test.ts');
    const text = (arbitrary: string) =>
      `import fc from 'fast-check';\nimport { binaryString } from '../support/arbitraries';\nexport const a = ${arbitrary};\n`;
    const [slow] = await eslint.lintText(text("fc.string({ unit: 'binary', maxLength: 9 })"), {
      filePath: file,
    });
    expect(slow!.messages.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
    expect(slow!.messages[0]!.message).toMatch(/binaryString\(\) or anyCodePoint/);
    const [same] = await eslint.lintText(text('binaryString({ maxLength: 9 })'), { filePath: file });
    expect(same!.messages).toEqual([]);
  });
});
