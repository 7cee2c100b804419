/** Reading a dataset file for a command: within the limits, every error naming the file. */
import type { Dataset } from '../../engine/index';
import { LIMITS } from '../../dataset/limits';
import { parseDataset } from '../../dataset/parse';
import { inFile, readFileLimited } from '../io';

export async function readDataset(file: string): Promise<{ dataset: Dataset; bytes: Uint8Array }> {
  const bytes = await readFileLimited(file, LIMITS.fileBytes);
  const dataset = await inFile(file, () => parseDataset(bytes));
  return { dataset, bytes };
}
