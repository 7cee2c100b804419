// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const UI_PARTS = ['background', 'content', 'popup', 'options', 'cli', 'article'];
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

/** Forbids importing any of the given src/ folders from the files a block applies to. */
const forbidFolders = (folders, why) =>
  folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`, `@/${f}/**`], message: why }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The seam: only src/shared/browser.ts may import the extension API.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: "Import the browser API from 'src/shared/browser' (the seam tests replace).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The engine is pure: no DOM, no extension API, nothing from the parts built around it.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'The engine never touches the extension API.' }],
          patterns: forbidFolders(
            [...UI_PARTS, 'shared', 'dataset'],
            'src/engine imports nothing from the rest of src/.',
          ),
        },
      ],
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
    // The dataset layer validates and compiles data; it may use the engine, never the UI or the background.
    files: ['src/dataset/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "Use 'src/shared/browser'." }],
          patterns: forbidFolders(
            ['background', 'content', 'popup', 'options', 'cli'],
            'src/dataset is used by the background and the CLI, not the other way round.',
          ),
        },
      ],
    },
  },
  {
    // Pages and the content script talk to the background through messages only.
    files: [
      'src/content/**/*.{ts,tsx}',
      'src/popup/**/*.{ts,tsx}',
      'src/options/**/*.{ts,tsx}',
      'src/article/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "Use 'src/shared/browser'." }],
          patterns: forbidFolders(
            ['background'],
            'Talk to the background with messages (src/shared/messages.ts), never by import.',
          ),
        },
      ],
    },
  },
  {
    // Reading an article out of a DOM is shared by the content script and the CLI: no extension API.
    files: ['src/article/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'src/article runs in Node too.' }],
          patterns: forbidFolders(
            ['background', 'content', 'popup', 'options', 'cli', 'shared'],
            'src/article depends only on the DOM and the engine.',
          ),
        },
      ],
    },
  },
);
