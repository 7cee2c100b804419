/**
 * The build step: a dataset file → the files the extension loads: the validated dataset in compact
 * canonical form, the engine's serialised claim index built from it (loaded instead of rebuilt
 * while ENGINE_INDEX_VERSION matches), and a manifest naming both with their SHA-256.
 */
import { buildIndex, type Dataset, ENGINE_INDEX_VERSION, serializeIndex } from '../engine/index';
import { toHex } from './base64';
import { toCanonicalJson } from './export';

export const COMPILED_FORMAT = 'afterword-compiled';
export const COMPILED_FORMAT_VERSION = 1;

export interface CompiledFile {
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface CompiledManifest {
  format: typeof COMPILED_FORMAT;
  formatVersion: typeof COMPILED_FORMAT_VERSION;
  id: string;
  version: number;
  asOf: string;
  claims: number;
  /** The compiled dataset file, next to the manifest. */
  dataset: string;
  sha256: string;
  bytes: number;
  /** The serialised engine index of that dataset, and the engine index version it was written for. */
  index: { file: string; engineIndexVersion: number; sha256: string; bytes: number };
}

export interface Compiled {
  manifest: CompiledManifest;
  /** Every file to write, the manifest last. */
  files: CompiledFile[];
}

async function file(name: string, content: string | Uint8Array): Promise<CompiledFile> {
  const bytes: Uint8Array<ArrayBuffer> =
    typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  return { name, bytes, sha256: toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))) };
}

/** Compiles an already validated dataset; the same dataset always compiles to the same bytes. */
export async function compileDataset(dataset: Dataset): Promise<Compiled> {
  const data = await file(`${dataset.id}.json`, toCanonicalJson(dataset, 'compact'));
  const index = await file(`${dataset.id}.index.bin`, serializeIndex(buildIndex([dataset])));
  const manifest: CompiledManifest = {
    format: COMPILED_FORMAT,
    formatVersion: COMPILED_FORMAT_VERSION,
    id: dataset.id,
    version: dataset.version,
    asOf: dataset.asOf,
    claims: dataset.claims.length,
    dataset: data.name,
    sha256: data.sha256,
    bytes: data.bytes.byteLength,
    index: {
      file: index.name,
      engineIndexVersion: ENGINE_INDEX_VERSION,
      sha256: index.sha256,
      bytes: index.bytes.byteLength,
    },
  };
  const manifestFile = await file(`${dataset.id}.manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, files: [data, index, manifestFile] };
}
