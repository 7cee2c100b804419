/**
 * The bundled default's compiled index, made when the extension is built (vite.config.ts,
 * defaultIndexPlugin): the dataset file validated as any dataset is (a default the extension would
 * refuse fails the build), then indexed and serialised by this build's engine.
 */
import { buildIndex, serializeIndex } from '../engine/index';
import { validateDataset } from './schema';

export function bundledIndexOf(datasetJson: string): Uint8Array {
  return serializeIndex(buildIndex([validateDataset(JSON.parse(datasetJson))]));
}
