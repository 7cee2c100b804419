/**
 * The build step: a dataset file → the files the extension loads. Today that is the validated
 * dataset in compact canonical form plus a manifest naming it with its SHA-256; when the engine
 * has a serialised index form, compileDataset adds the index as another entry of `files`.
 */
import type { Dataset } from '../engine/model';
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
}

export interface Compiled {
  manifest: CompiledManifest;
  /** Every file to write, the manifest last. */
  files: CompiledFile[];
}

async function file(name: string, text: string): Promise<CompiledFile> {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes, sha256: toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))) };
}

/** Compiles an already validated dataset; the same dataset always compiles to the same bytes. */
export async function compileDataset(dataset: Dataset): Promise<Compiled> {
  const data = await file(`${dataset.id}.json`, toCanonicalJson(dataset, 'compact'));
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
  };
  const manifestFile = await file(`${dataset.id}.manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, files: [data, manifestFile] };
}
