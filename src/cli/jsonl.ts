/** JSON Lines input for the command line: each bad line is reported with its file and line number and skipped. */
import { DatasetError } from '../dataset/errors';
import { inFile, readFileLimited } from './io';

export interface JsonlLine<T> {
  line: number;
  value: T;
}

export async function readJsonl<T>(
  file: string,
  maxBytes: number,
  check: (value: unknown) => string | undefined,
  onError: (message: string) => void,
): Promise<JsonlLine<T>[]> {
  const bytes = await readFileLimited(file, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError('is not UTF-8 text', '$', undefined, file);
  }
  return inFile(file, () => {
    const out: JsonlLine<T>[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!.trim();
      if (!raw) continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        onError(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
        continue;
      }
      const problem = check(value);
      if (problem) onError(`${file}:${i + 1}: ${problem}`);
      else out.push({ line: i + 1, value: value as T });
    }
    return out;
  });
}

/** "file: problem" — the JSON path only when it points inside the file. */
export function describe(e: DatasetError): string {
  return `${e.file ? `${e.file}: ` : ''}${e.path && e.path !== '$' ? `${e.path}: ` : ''}${e.problem}`;
}
