/** The bundled default dataset and its index, read once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, type ClaimIndex } from '../../src/engine/claim-index/build';
import type { Dataset } from '../../src/engine/model';

export const DEFAULT_DATASET_PATH = join(
  import.meta.dirname,
  '..',
  '..',
  'public',
  'datasets',
  'default.json',
);

export const defaultDataset: Dataset = JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8'));

let index: ClaimIndex | undefined;
export function defaultIndex(): ClaimIndex {
  index ??= buildIndex([defaultDataset]);
  return index;
}
