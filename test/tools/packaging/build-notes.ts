/**
 * BUILD.md of the source zip: how a reviewer rebuilds the Firefox package from these sources,
 * exactly. addons.mozilla.org asks for the sources of an add-on whose code is bundled or minified,
 * with the steps that turn them into the package.
 */
export interface BuildFacts {
  /** The extension's version, from the built manifest. */
  version: string;
  /** package.json's "engines.node", the lowest Node.js the build supports. */
  nodeRange: string;
  /** The Node.js and npm versions the submitted packages were built with. */
  node: string;
  npm: string;
  /** The operating system and processor of the build, as Node names them ("linux x64"). */
  system: string;
  /** The file names of the packages written beside this source zip. */
  firefoxZip: string;
  chromeZip: string;
}

export function buildNotes(f: BuildFacts): string {
  return `# Building Afterword ${f.version} from source

These are the sources of the packages \`${f.firefoxZip}\` and \`${f.chromeZip}\`: every file the
project tracks in git, nothing generated. The JavaScript in the packages is bundled and minified by
Vite from the TypeScript in \`src/\`; no code is fetched at build time other than the npm packages
pinned in \`package-lock.json\`.

## Requirements

- A Unix-like system (the packages were built on ${f.system}).
- Node.js ${f.nodeRange} (the packages were built with Node.js ${f.node}) and npm ${f.npm}.
- Network access to the npm registry for \`npm ci\`.

## Steps

From the folder this zip unpacks into:

\`\`\`sh
npm ci                   # installs exactly the versions in package-lock.json
npm run build:firefox    # vite build --mode firefox
\`\`\`

The Firefox extension is then in \`dist/firefox/\`: its files are the contents of \`${f.firefoxZip}\`
(\`manifest.json\` at the top). \`npm run build:chrome\` writes the Chrome build to \`dist/chrome/\`
the same way, and \`npm run package\` builds both and writes the three zips to \`dist/packages/\`.

## Checking

\`npm run test:unit\` runs the unit tests (no browser needed). \`README.md\` describes the extension,
its permissions and what each part of \`src/\` does.
`;
}
