// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const REPO = import.meta.dirname;

/**
 * The zones of src/: every folder, what it may import from the others, and why. The README's "How
 * it works" draws the same picture: the engine at the bottom and pure; src/article and src/dataset
 * built on it and shared by the extension and the CLI; src/shared (the message protocol and the
 * browser seam) and src/ui (words and formats) under the extension's parts; the parts (background,
 * content script, popup, options) talking to each other only by messages; the CLI in Node, outside
 * the extension. A folder may always import from itself; `public` is the bundled data; test/ is
 * never imported.
 * @type {Record<string, { may: string[], why: string }>}
 */
export const ZONES = {
  engine: { may: [], why: 'the engine is pure: it imports nothing from the rest of src/' },
  article: {
    may: ['engine'],
    why: 'src/article reads an article out of a DOM for the content script and the CLI: the DOM and the engine only',
  },
  dataset: {
    may: ['engine'],
    why: 'src/dataset (the format, its validator and importers) is used by the background, the options page and the CLI, and builds on the engine only',
  },
  shared: {
    // article and dataset: the protocol bounds a request's fields by their limits (protocol.ts).
    may: ['engine', 'article', 'dataset'],
    why: 'src/shared (the message protocol, the browser seam) is under every part of the extension and src/ui; it imports none of them',
  },
  ui: {
    may: ['engine', 'shared'],
    why: 'src/ui (strings, formats, verdict sentences) serves the popup, the options page, the content script and the badge; it imports none of them',
  },
  background: {
    may: ['engine', 'dataset', 'shared', 'ui', 'public'],
    why: 'the background talks to the content script and the pages by messages; it reads no DOM (no src/article)',
  },
  content: {
    may: ['engine', 'article', 'shared', 'ui'],
    why: 'the content script runs in every page: it talks to the background and the popup by messages, and carries no dataset code',
  },
  popup: {
    may: ['engine', 'shared', 'ui'],
    why: 'the popup talks to the background and the page by messages (src/shared/messages.ts), never by import',
  },
  options: {
    may: ['engine', 'dataset', 'shared', 'ui'],
    why: 'the options page talks to the background by messages (src/shared/messages.ts), never by import',
  },
  welcome: {
    may: ['engine', 'shared', 'ui'],
    why: 'the first-run page explains the extension with the words and the legend of src/ui; like the popup, it imports no other part',
  },
  claims: {
    may: ['engine', 'shared', 'ui'],
    why: '"Your claims" talks to the background by messages (src/shared/messages.ts), like the popup, never by import',
  },
  cli: {
    may: ['engine', 'dataset', 'article', 'ui'],
    why: 'the CLI runs in Node, outside the extension: none of its parts, nor src/shared (the extension API); src/ui for the words readers get, through catalogue.ts, never strings.ts',
  },
};

/**
 * afterword/zones: an import from one src/ folder into another must be one ZONES allows, and the
 * engine is entered only through src/engine/index.ts. Paths are resolved against the importing
 * file (and the `@/` alias), so a folder is known by where it is, not by a name an import happens to
 * contain. Package imports are left to no-restricted-imports.
 * @type {import('eslint').Rule.RuleModule}
 */
const zonesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between src/ folders follow the architecture (see ZONES).' },
    schema: [],
    messages: {
      unknownZone: 'src/{{zone}} has no zone: add it to ZONES in eslint.config.js, with what it may import.',
      forbidden: 'src/{{from}} may not import {{to}}: {{why}}.',
      engineDeep:
        "Import the engine through 'src/engine/index.ts' (its public surface), not '{{source}}'; export what is missing there.",
    },
  },
  create(context) {
    const file = path.relative(REPO, context.filename).split(path.sep);
    if (file[0] !== 'src' || file.length < 3) return {};
    const from = /** @type {string} */ (file[1]);
    const zone = ZONES[from];
    if (!zone) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknownZone', data: { zone: from } });
        },
      };
    }
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.')) target = path.resolve(path.dirname(context.filename), source);
      else if (source.startsWith('@/')) target = path.join(REPO, 'src', source.slice(2));
      else return;
      const parts = path.relative(REPO, target).split(path.sep);
      const to = parts[0] === 'src' ? parts[1] : parts[0];
      if (to === undefined || to === from) return;
      if (!zone.may.includes(to)) {
        const name = parts[0] === 'src' ? `src/${to}` : `${to}/`;
        context.report({ node, messageId: 'forbidden', data: { from, to: name, why: zone.why } });
      } else if (
        to === 'engine' &&
        parts[0] === 'src' &&
        !/^(index(\.ts)?)?$/.test(parts.slice(2).join('/'))
      ) {
        context.report({ node, messageId: 'engineDeep', data: { source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

/** @type {{ name: string, message: string }} */
const POLYFILL = {
  name: 'webextension-polyfill',
  message: "Import the browser API from 'src/shared/browser' (the seam tests replace).",
};

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'localStorage',
  'indexedDB',
  'fetch',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { afterword: { rules: { zones: zonesRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The seam: only src/shared/browser.ts may import the extension API.
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    rules: { 'afterword/zones': 'error' },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The CLI prints the extension's sentences (src/ui) in Node: through src/ui/catalogue.ts, whose
    // English it installs; src/ui/strings.ts installs browser.i18n and would load the extension API.
    files: ['src/cli/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            {
              group: ['**/ui/strings', '**/ui/strings.ts'],
              message:
                "The CLI runs in Node: import src/ui's words from '../ui/catalogue', not strings.ts (the extension API).",
            },
          ],
        },
      ],
    },
  },
  {
    // The engine runs in Node and in the worker alike: no DOM or extension globals (its TypeScript
    // project has no DOM library either; this names the reason at the line).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'src/engine runs in Node: no DOM or browser globals.',
        })),
      ],
    },
  },
  {
    // Unit files share workers (vitest.config.ts): a hoisted vi.mock stays registered for the files
    // after it and cannot undo itself, so a file replaces modules with vi.doMock and undoes them.
    files: ['test/unit/**/*.{ts,tsx}', 'test/support/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'vi',
          property: 'mock',
          message:
            'Unit files share workers: use vi.doMock, then vi.doUnmock and vi.resetModules() in afterAll (CONTRIBUTING.md).',
        },
      ],
      // fast-check builds that unit's reverse table of all 1.1 million code points in every worker
      // that makes one (1.4 s); test/support/arbitraries.ts draws the same strings without it.
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='unit'][value.value='binary']",
          message:
            "fast-check's unit 'binary' costs 1.4 s per worker: use binaryString() or anyCodePoint from test/support/arbitraries.ts.",
        },
      ],
    },
  },
  {
    // Type-aware: a promise nobody awaits loses its rejection (an unhandled error in the worker, a
    // silent failure in a page), and a promise where a callback's result is ignored does the same.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: REPO },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
