import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

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
export default defineConfig(({ mode }) => {
  const browser = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const testBuild = isTestBuild(mode);
  return {
    // The code's own check of a dataset source's address (src/shared/build.ts) follows the manifest.
    define: { __AFTERWORD_LOOPBACK_SOURCES__: JSON.stringify(testBuild) },
    plugins: [
      preact(),
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
          moduleSideEffects: (id) => (/[\\/]src[\\/]engine[\\/]/.test(id) ? false : undefined),
        },
      },
    },
  };
});
