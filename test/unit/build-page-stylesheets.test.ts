/**
 * The build writes each extension page with its stylesheets inline (vite.config.ts,
 * inlinePageStylesheets): the popup is drawn only once every file it links has loaded. The plugin is
 * run here on a bundle shaped as Vite writes the extension pages' one.
 */
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { inlinePageStylesheets } from '../../vite.config';

const asset = (fileName: string, source: string) =>
  ({
    type: 'asset',
    fileName,
    source,
    name: undefined,
    names: [],
    originalFileName: null,
    originalFileNames: [],
    needsCodeReference: false,
  }) as unknown as OutputAsset;
const chunk = (fileName: string, code: string) =>
  ({ type: 'chunk', fileName, code }) as unknown as OutputChunk;

const page = (links: string[]) =>
  [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <title>Afterword</title>',
    '    <script type="module" crossorigin src="/src/popup/index.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/pages.js">',
    ...links.map((href) => `    <link rel="stylesheet" crossorigin href="/${href}">`),
    '  </head>',
    '  <body><div id="root"></div></body>',
    '</html>',
  ].join('\n');

function run(bundle: Record<string, OutputAsset | OutputChunk>) {
  const hook = inlinePageStylesheets().generateBundle as {
    order: string;
    handler: (this: unknown, options: unknown, bundle: OutputBundle) => void;
  };
  // After Vite's own generateBundle, which fills in the files a dynamic import() preloads.
  expect(hook.order).toBe('post');
  hook.handler.call({}, {}, bundle as OutputBundle);
  return bundle;
}

describe('the extension pages as built', () => {
  it('carry every stylesheet they linked inline, in the order linked, and the files are no longer written', () => {
    const bundle = run({
      'src/popup/index.html': asset('src/popup/index.html', page(['pages.css', 'index.css'])),
      'src/options/index.html': asset('src/options/index.html', page(['pages.css'])),
      'pages.css': asset('pages.css', ':root{--bg:#fff}body{margin:0}'),
      'index.css': asset('index.css', '.popup-header{border-bottom:1px solid var(--border)}'),
      'src/popup/index.js': chunk('src/popup/index.js', 'import "../../pages.js";'),
      'pages.js': chunk('pages.js', 'export const x = 1;'),
    });
    const popup = String((bundle['src/popup/index.html'] as OutputAsset).source);
    expect(popup).not.toContain('rel="stylesheet"');
    expect(popup).toContain(
      '<style>:root{--bg:#fff}body{margin:0}</style>\n    <style>.popup-header{border-bottom:1px solid var(--border)}</style>',
    );
    // The scripts stay files: MV3's CSP runs no inline script.
    expect(popup).toContain('<script type="module" crossorigin src="/src/popup/index.js"></script>');
    expect(popup).toContain('<link rel="modulepreload" crossorigin href="/pages.js">');
    expect(String((bundle['src/options/index.html'] as OutputAsset).source)).toContain(
      '<style>:root{--bg:#fff}body{margin:0}</style>',
    );
    expect(Object.keys(bundle).sort()).toEqual([
      'pages.js',
      'src/options/index.html',
      'src/popup/index.html',
      'src/popup/index.js',
    ]);
  });

  it('keeps writing a stylesheet a script still names (one it would load itself)', () => {
    const bundle = run({
      'src/popup/index.html': asset('src/popup/index.html', page(['late.css'])),
      'late.css': asset('late.css', '.late{color:red}'),
      'src/popup/index.js': chunk('src/popup/index.js', 'preload(["late.css"]);'),
    });
    expect(String((bundle['src/popup/index.html'] as OutputAsset).source)).toContain(
      '<style>.late{color:red}</style>',
    );
    expect(bundle['late.css']).toBeDefined();
  });

  it('refuses, in words, a stylesheet that would close its style element, and one the build did not write', () => {
    expect(() =>
      run({
        'src/popup/index.html': asset('src/popup/index.html', page(['odd.css'])),
        'odd.css': asset('odd.css', '.a::after{content:"</style><script>"}'),
      }),
    ).toThrow('odd.css contains "</style", which cannot be inlined');
    expect(() =>
      run({
        'src/popup/index.html': asset(
          'src/popup/index.html',
          page([]).replace('</head>', '<link href="/late.css" rel="stylesheet"></head>'),
        ),
      }),
    ).toThrow('src/popup/index.html still links a stylesheet: <link href="/late.css" rel="stylesheet');
    expect(() => run({ 'src/popup/index.html': asset('src/popup/index.html', page(['gone.css'])) })).toThrow(
      'src/popup/index.html links gone.css, which the build did not write',
    );
  });
});
