/** Plain CSS files imported for their side effect by the page entries; Vite bundles them. */
declare module '*.css';

/** A CSS file's text, for a stylesheet the code installs itself (the in-page card's shadow root). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
