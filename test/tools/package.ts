/**
 * `npm run package`: builds both browsers (`npm run build`), then writes to dist/packages/ the Chrome
 * Web Store zip, the Firefox zip and the source zip for addons.mozilla.org's reviewers (the tracked
 * files and a BUILD.md with the exact build steps). The zip files are named by the manifest's version.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writePackages } from './packaging/write-packages';

const ROOT = join(import.meta.dirname, '..', '..');

// The source zip holds the working tree's copies of the tracked files; a file changed or added
// since the last commit would make it differ from what the commit says was released.
const changes = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim();
if (changes)
  console.warn(
    'warning: the working tree has changes that are not committed; for a release, package a clean checkout:\n' +
      changes,
  );

execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const packages = await writePackages({
  root: ROOT,
  dist: join(ROOT, 'dist'),
  out: join(ROOT, 'dist', 'packages'),
});
for (const file of [packages.chrome, packages.firefox, packages.source]) {
  const kb = Math.round(statSync(file).size / 1024).toLocaleString('en-US');
  console.log(`${relative(ROOT, file)}  ${kb} KB`);
}
