/** Plain CSS files imported for their side effect by the page entries; Vite bundles them. */
declare module '*.css';
