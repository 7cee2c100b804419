import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

/** `vite build --mode chrome|firefox` writes dist/chrome or dist/firefox from the one manifest.json. */
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      webExtension({
        browser,
        manifest: 'manifest.json',
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
