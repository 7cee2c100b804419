/**
 * `npm run package` (test/tools/package.ts) without the build: the zips it writes from a build
 * folder and from the repository's tracked files, as the stores and AMO's reviewers unpack them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackedFiles } from '../tools/packaging/source-files';
import { writePackages, type Packages } from '../tools/packaging/write-packages';
import { folderEntries, zipEntries, zipNames } from '../tools/packaging/zip';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let packages: Packages;

/** A small stand-in for `npm run build`'s output for one browser. */
function fakeBuild(browser: string, version: string): void {
  const at = join(dir, 'dist', browser);
  mkdirSync(join(at, 'src', 'popup'), { recursive: true });
  mkdirSync(join(at, 'assets'), { recursive: true });
  writeFileSync(join(at, 'manifest.json'), JSON.stringify({ manifest_version: 3, version, browser }));
  writeFileSync(join(at, 'src', 'popup', 'index.html'), '<!doctype html><title>popup</title>');
  writeFileSync(join(at, 'assets', 'background.js'), `console.log(${JSON.stringify(browser)});`);
}

const read = (file: string) => new Uint8Array(readFileSync(file));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-package-'));
  fakeBuild('chrome', '9.8.7');
  fakeBuild('firefox', '9.8.7');
  packages = await writePackages({
    root: ROOT,
    dist: join(dir, 'dist'),
    out: join(dir, 'packages'),
    npmVersion: '11.0.0',
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run package', () => {
  it('names each zip by browser and the built version', () => {
    expect([packages.chrome, packages.firefox, packages.source].map((f) => basename(f))).toEqual([
      'afterword-9.8.7-chrome.zip',
      'afterword-9.8.7-firefox.zip',
      'afterword-9.8.7-source.zip',
    ]);
  });

  it('zips each build folder with manifest.json at the root, as the stores require', async () => {
    const expected = ['assets/background.js', 'manifest.json', 'src/popup/index.html'];
    expect(await zipNames(read(packages.chrome))).toEqual(expected);
    expect(await zipNames(read(packages.firefox))).toEqual(expected);
    const firefox = await JSZip.loadAsync(read(packages.firefox));
    expect(JSON.parse(await firefox.file('manifest.json')!.async('string')).browser).toBe('firefox');
  });

  it('puts every tracked file and BUILD.md in the source zip, and nothing installed or built', async () => {
    const names = await zipNames(read(packages.source));
    expect(names).toEqual([...trackedFiles(ROOT), 'BUILD.md'].sort());
    for (const required of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'LICENSE',
    ])
      expect(names).toContain(required);
    expect(names.filter((n) => /^(node_modules|dist|\.cache|coverage)\//.test(n))).toEqual([]);
  });

  it('explains in BUILD.md how to rebuild the Firefox zip', async () => {
    const zip = await JSZip.loadAsync(read(packages.source));
    const notes = await zip.file('BUILD.md')!.async('string');
    expect(notes).toContain('npm ci');
    expect(notes).toContain('npm run build:firefox');
    expect(notes).toContain('`dist/firefox/`');
    expect(notes).toContain('afterword-9.8.7-firefox.zip');
    expect(notes).toContain(`Node.js ${process.versions.node}`);
  });

  it('writes the same bytes for the same files', async () => {
    const entries = await folderEntries(join(dir, 'dist', 'chrome'));
    const date = new Date('2026-03-01T12:00:00Z');
    expect(await zipEntries(entries, date)).toEqual(await zipEntries([...entries].reverse(), date));
  });

  it('refuses to package without a build, naming the command that makes one', async () => {
    await expect(
      writePackages({ root: ROOT, dist: join(dir, 'nothing'), out: join(dir, 'none'), npmVersion: '11' }),
    ).rejects.toThrow(/manifest\.json is missing: run `npm run build` first/);
  });
});
