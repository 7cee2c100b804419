/** Bundles a test-side module for a browser page with Vite (the project's own bundler), in memory. */
import { build, type Rollup } from 'vite';

export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`Vite produced no script for ${entry}`);
  return chunk.code;
}
