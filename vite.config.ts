import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, runnerImport } from 'vite';
import type { bundledIndexOf } from './src/dataset/bundled-index';

/** The module the background imports the bundled default's compiled index from. */
const DEFAULT_INDEX_MODULE = 'virtual:afterword/default-index';
const DEFAULT_DATASET = resolve(import.meta.dirname, 'public/datasets/default.json');
const BUNDLED_INDEX_OF = resolve(import.meta.dirname, 'src/dataset/bundled-index.ts');

/**
 * The bundled default's index, compiled when the extension is built (and when the unit tests load
 * the background): a worker's first start after an install or an update loads it in about a
 * millisecond instead of building it (0.1 built it there and kept it in IndexedDB; a cold worker
 * took 130–200 ms to build even six claims, stemming each name in every language of its script).
 * The index comes from this build's own engine (src/dataset/bundled-index.ts, loaded through Vite's
 * module runner, which reads TypeScript), so it is always the version that engine reads.
 */
export function defaultIndexPlugin(): Plugin {
  const resolved = `\0${DEFAULT_INDEX_MODULE}`;
  return {
    name: 'afterword:default-index',
    resolveId: (id) => (id === DEFAULT_INDEX_MODULE ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      const { code, dependencies } = await compiledDefaultIndex(readFileSync(DEFAULT_DATASET, 'utf8'));
      for (const file of [DEFAULT_DATASET, ...dependencies]) this.addWatchFile(file);
      return code;
    },
  };
}

interface CompiledDefault {
  code: string;
  /** The files the compile read (the engine's and the dataset code's), with their modification times. */
  dependencies: string[];
  mtimes: number[];
}

const mtimeOf = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * The module's code for this text of the default, compiled once per process while the code it was
 * compiled with is unchanged: the unit tests' three projects each ask for it, and a compile holds
 * Vite's thread for most of a second. A watch that sees the engine change compiles again, and so
 * does the next request after a compile that failed.
 */
let compiledDefault: { datasetJson: string; compiled: Promise<CompiledDefault> } | undefined;

async function compiledDefaultIndex(datasetJson: string): Promise<CompiledDefault> {
  const kept = compiledDefault;
  if (kept?.datasetJson === datasetJson) {
    const done = await kept.compiled.catch(() => undefined);
    if (done && done.dependencies.every((file, i) => mtimeOf(file) === done.mtimes[i])) return done;
  }
  const compiled = (async (): Promise<CompiledDefault> => {
    const { module, dependencies } = await runnerImport<{ bundledIndexOf: typeof bundledIndexOf }>(
      BUNDLED_INDEX_OF,
      { configFile: false, logLevel: 'error' },
    );
    const mtimes = dependencies.map(mtimeOf);
    const base64 = Buffer.from(module.bundledIndexOf(datasetJson)).toString('base64');
    // A plain loop: Uint8Array.from with a mapping function costs a fresh worker ten times more.
    const code = [
      `const text = atob(${JSON.stringify(base64)});`,
      'const bytes = new Uint8Array(text.length);',
      'for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);',
      'export default bytes;',
      '',
    ].join('\n');
    return { code, dependencies, mtimes };
  })();
  compiledDefault = { datasetJson, compiled };
  return compiled;
}

/** The chunk of the code two or more extension pages share (htmlViteConfig below). */
const PAGES_SHARED_CHUNK = 'pages';

/**
 * The extension pages (popup, options, first-run, "Your claims") each in as few requests as the
 * build can make: the code they share in one chunk, and every stylesheet inlined in the page's
 * head. The popup is drawn only once its page has loaded, every module and stylesheet included, so
 * each extra file delays it: a probe of the popup as built by default (four stylesheets and six
 * modules) found the stylesheets alone cost 16–24 ms of its first paint. The CSP allows inline
 * styles (it limits scripts only); the scripts stay in files, as MV3 requires.
 */
export function inlinePageStylesheets(): Plugin {
  return {
    name: 'afterword:inline-page-stylesheets',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own hooks: its HTML pages are written and its preload lists (the files a
      // dynamic import() loads first, stylesheets among them) are filled in, so a stylesheet a
      // script still needs is seen in the script's code and kept.
      order: 'post',
      handler(_, bundle) {
        const inlined = new Set<string>();
        for (const page of Object.values(bundle)) {
          if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
          const html = String(page.source).replace(
            /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g,
            (_link, fileName: string) => {
              const sheet = bundle[fileName];
              if (sheet?.type !== 'asset')
                throw new Error(`${page.fileName} links ${fileName}, which the build did not write`);
              const css = String(sheet.source);
              // Our own stylesheets never close a style element; if one did, inlining would break the page.
              if (/<\/style/i.test(css))
                throw new Error(`${fileName} contains "</style", which cannot be inlined`);
              inlined.add(fileName);
              return `<style>${css}</style>`;
            },
          );
          // A link written in another form than the one above would be loaded as a file again.
          const left = /<link\b[^>]*rel="?stylesheet/i.exec(html);
          if (left) throw new Error(`${page.fileName} still links a stylesheet: ${left[0]}…`);
          page.source = html;
        }
        // A stylesheet every page now carries inline is written no more, unless a script still names it.
        const scripts = Object.values(bundle).filter((file) => file.type === 'chunk');
        for (const fileName of inlined) {
          if (!scripts.some((chunk) => chunk.code.includes(fileName))) delete bundle[fileName];
        }
      },
    },
  };
}

/**
 * Where the test build may download datasets from besides https: this computer over http. The E2E
 * suite and the benchmarks serve their datasets from a local http server; a release has no reason
 * to, so its CSP and host permissions leave loopback out (manifest.json is the release's).
 */
export const LOOPBACK_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const LOOPBACK_CONNECT_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'];

/** `--mode chrome-test` and `--mode firefox-test` (npm run build:test) make the test build. */
export const isTestBuild = (mode: string) => mode.endsWith('-test');

/** The test build's manifest: the release's, with loopback http allowed for dataset sources. */
export function withLoopback<M extends object>(manifest: M): M {
  const out = structuredClone(manifest) as { [key: string]: unknown };
  const hosts = (out.optional_host_permissions as string[] | undefined) ?? [];
  out.optional_host_permissions = [...hosts, ...LOOPBACK_HOST_PERMISSIONS];
  const csp = out.content_security_policy as { extension_pages?: string } | undefined;
  if (csp?.extension_pages) {
    csp.extension_pages = csp.extension_pages.replace(
      /connect-src ([^;]*)/,
      (_, sources: string) => `connect-src ${sources} ${LOOPBACK_CONNECT_SOURCES.join(' ')}`,
    );
  }
  return out as M;
}

/**
 * `vite build --mode chrome|firefox` writes the release build to dist/chrome or dist/firefox from
 * the one manifest.json; `--mode chrome-test|firefox-test` writes the test build there instead.
 */
export default defineConfig(async ({ mode }) => {
  // Imported here, not at the top: the unit tests import this file for its plugins and manifest
  // helpers, and these two took 0.9 s of each such import (the test runner's start among them).
  const [{ default: preact }, { default: webExtension }] = await Promise.all([
    import('@preact/preset-vite'),
    import('vite-plugin-web-extension'),
  ]);
  const browser = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const testBuild = isTestBuild(mode);
  return {
    // The code's own check of a dataset source's address (src/shared/build.ts) follows the manifest.
    define: { __AFTERWORD_LOOPBACK_SOURCES__: JSON.stringify(testBuild) },
    plugins: [
      preact(),
      defaultIndexPlugin(),
      webExtension({
        browser,
        manifest: 'manifest.json',
        transformManifest: (manifest) => (testBuild ? withLoopback(manifest) : manifest),
        // The plugin fetches the manifest schema from the network to validate; there is none offline.
        // web-ext lint validates the Firefox build instead, and the E2E suite loads the Chrome build.
        skipManifestValidation: true,
        disableAutoLaunch: true,
        printSummary: false,
        // Extension pages the manifest does not name: the first-run page (background/first-run.ts).
        // "Your claims" (background/memory/notify.ts, the popup's "Since you read it").
        additionalInputs: ['src/welcome/index.html', 'src/claims/index.html'],
        htmlViteConfig: {
          plugins: [inlinePageStylesheets()],
          build: {
            rolldownOptions: {
              output: {
                // Every module two or more pages use in one chunk: the popup loads two scripts.
                codeSplitting: { groups: [{ name: PAGES_SHARED_CHUNK, minShareCount: 2 }] },
              },
            },
          },
        },
      }),
    ],
    resolve: {
      alias: { '@': resolve(import.meta.dirname, 'src') },
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      sourcemap: false,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      rolldownOptions: {
        treeshake: {
          // The engine's modules have no side effects (ESLint and its TypeScript project keep it
          // pure; its top level only builds tables). Saying so lets the bundler drop what a bundle
          // does not use although every part imports the engine through src/engine/index.ts,
          // whose re-exports would otherwise bring every engine module into the content script.
          moduleSideEffects: (id: string) => (/[\\/]src[\\/]engine[\\/]/.test(id) ? false : undefined),
        },
      },
    },
  };
});
