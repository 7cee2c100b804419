/** The files of the source zip: what git tracks, so nothing built, installed or left aside gets in. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Paths (relative, forward slashes) of the tracked files present in the working tree. A tracked
 * file deleted in the working tree is left out rather than failing the whole package.
 */
export function trackedFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, maxBuffer: 64 << 20 });
  return out
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(root, path)));
}

/** The date of the checked-out commit: every zip entry carries it, so a tree packs the same twice. */
export function commitDate(root: string): Date {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root }).toString().trim();
    const date = new Date(iso);
    if (!Number.isNaN(date.getTime())) return date;
  } catch {
    // Not a git checkout: the fixed date below still makes repeated runs agree.
  }
  return new Date('2026-01-01T00:00:00Z');
}
