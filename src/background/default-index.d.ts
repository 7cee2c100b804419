/**
 * The bundled default's compiled index (serializeIndex), built from public/datasets/default.json
 * with this build's engine when the extension is built: vite.config.ts, defaultIndexPlugin.
 */
declare module 'virtual:afterword/default-index' {
  const index: Uint8Array;
  export default index;
}
