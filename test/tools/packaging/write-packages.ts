/**
 * The three files a release uploads: the Chrome Web Store zip, the Firefox (addons.mozilla.org) zip
 * and the source zip AMO reviewers rebuild the Firefox zip from. The stores want manifest.json at
 * the zip's root, so each build folder's contents are zipped, not the folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildNotes } from './build-notes';
import { commitDate, trackedFiles } from './source-files';
import { folderEntries, zipEntries } from './zip';

export interface PackageOptions {
  /** The repository: its tracked files make the source zip. */
  root: string;
  /** Where the builds are: `dist/chrome` and `dist/firefox` below it. */
  dist: string;
  /** Where the zips go. */
  out: string;
  /** npm's version for BUILD.md; asked of npm when not given. */
  npmVersion?: string;
}

export interface Packages {
  version: string;
  chrome: string;
  firefox: string;
  source: string;
}

/** The built manifest's version; a missing build is named, with the command that makes it. */
function builtVersion(dir: string): string {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${manifest} has no version`);
  return version;
}

export async function writePackages(o: PackageOptions): Promise<Packages> {
  const chromeDir = join(o.dist, 'chrome');
  const firefoxDir = join(o.dist, 'firefox');
  const version = builtVersion(chromeDir);
  const firefoxVersion = builtVersion(firefoxDir);
  if (firefoxVersion !== version)
    throw new Error(
      `the builds disagree: chrome ${version}, firefox ${firefoxVersion}; run \`npm run build\``,
    );

  const names = {
    chrome: `afterword-${version}-chrome.zip`,
    firefox: `afterword-${version}-firefox.zip`,
    source: `afterword-${version}-source.zip`,
  };
  const pkg = JSON.parse(readFileSync(join(o.root, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  const notes = buildNotes({
    version,
    nodeRange: pkg.engines?.node ?? '(any)',
    node: process.versions.node,
    npm: o.npmVersion ?? execFileSync('npm', ['--version']).toString().trim(),
    system: `${process.platform} ${process.arch}`,
    firefoxZip: names.firefox,
    chromeZip: names.chrome,
  });
  const tracked = trackedFiles(o.root).filter((path) => path !== 'BUILD.md');
  const date = commitDate(o.root);

  await mkdir(o.out, { recursive: true });
  const zips: [keyof typeof names, Promise<Uint8Array>][] = [
    ['chrome', folderEntries(chromeDir).then((e) => zipEntries(e, date))],
    ['firefox', folderEntries(firefoxDir).then((e) => zipEntries(e, date))],
    [
      'source',
      zipEntries(
        [
          ...tracked.map((path) => ({ name: path, from: { file: join(o.root, path) } })),
          { name: 'BUILD.md', from: { data: notes } },
        ],
        date,
      ),
    ],
  ];
  for (const [kind, bytes] of zips) await writeFile(join(o.out, names[kind]), await bytes);
  return {
    version,
    chrome: join(o.out, names.chrome),
    firefox: join(o.out, names.firefox),
    source: join(o.out, names.source),
  };
}
