/**
 * Writing a zip from a list of files. Entries are sorted by name and all carry one date, so the
 * same files give the same bytes: a reviewer can rebuild and compare, and a rerun changes nothing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

export interface ZipEntry {
  /** The name inside the zip, with forward slashes. */
  name: string;
  /** The file on disk, or the entry's bytes or text. */
  from: { file: string } | { data: Uint8Array | string };
}

/** S_IFREG: without the file-type bits, unzip lists an entry's type as unknown ("?rwxr-xr-x"). */
const REGULAR_FILE = 0o100000;

/** Every file under a folder as an entry named by its path inside it (so `dir/manifest.json` is `manifest.json`). */
export async function folderEntries(dir: string): Promise<ZipEntry[]> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return files
    .filter((f) => f.isFile())
    .map((f) => {
      const file = join(f.parentPath, f.name);
      return { name: relative(dir, file).split(sep).join('/'), from: { file } };
    });
}

/**
 * The zip's bytes. Files keep their Unix mode (a shell script stays executable in the source zip);
 * no folder entries are written, as the stores need none.
 */
export async function zipEntries(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    if (entry.name.startsWith('/') || entry.name.split('/').includes('..'))
      throw new Error(`${entry.name}: a zip entry must be a relative path inside the zip`);
    if ('file' in entry.from) {
      const [bytes, info] = await Promise.all([readFile(entry.from.file), stat(entry.from.file)]);
      const unixPermissions = REGULAR_FILE | (info.mode & 0o777);
      zip.file(entry.name, bytes, { date, createFolders: false, unixPermissions });
    } else
      zip.file(entry.name, entry.from.data, {
        date,
        createFolders: false,
        unixPermissions: REGULAR_FILE | 0o644,
      });
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

/** The names of a zip's entries, in the zip's order. */
export async function zipNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files);
}
