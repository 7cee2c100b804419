/**
 * Bytes to a dataset, refusing hostile files as early and as cheaply as possible: the size before
 * anything is read or parsed, the nesting depth in one pass over the bytes before JSON.parse, and
 * prototype-polluting keys before any code copies the parsed objects.
 */
import type { Dataset } from '../engine/index';
import { concatBytes } from './bytes';
import { DatasetError, jsonPath } from './errors';
import { LIMITS } from './limits';
import { validateDataset } from './schema';

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DATASET_PARSE_LIMITS: ParseLimits = { maxBytes: LIMITS.fileBytes, maxDepth: LIMITS.depth };
export const IMPORT_PARSE_LIMITS: ParseLimits = {
  maxBytes: LIMITS.importBytes,
  maxDepth: LIMITS.importDepth,
};

/** Keys that name an object's prototype machinery; no format field is called so, so they are refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function tooLarge(size: number, maxBytes: number, exact = true): DatasetError {
  const what = exact ? `is ${formatBytes(size)}` : `is larger than ${formatBytes(size)}`;
  return new DatasetError(`${what}; the limit is ${formatBytes(maxBytes)}`, '$');
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/** Byte offset of the first container nested deeper than maxDepth, or -1. One pass, no allocation. */
function tooDeepAt(bytes: Uint8Array, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return -1;
}

/** The path of the first forbidden key, walking iteratively so no input can exhaust the stack. */
function forbiddenKeyPath(root: unknown): string | undefined {
  type Frame = { value: unknown; parent?: Frame; key?: string | number };
  const stack: Frame[] = [{ value: root }];
  const pathOf = (f: Frame, last: string) => {
    const keys: (string | number)[] = [last];
    for (let p: Frame | undefined = f; p?.parent; p = p.parent) keys.unshift(p.key!);
    return jsonPath(keys);
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, parent: frame, key: i });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return pathOf(frame, key);
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, parent: frame, key });
    }
  }
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses JSON bytes within the limits; every refusal is a DatasetError at "$" or at the offending key. */
export function parseJson(bytes: Uint8Array, limits: ParseLimits = DATASET_PARSE_LIMITS): unknown {
  if (bytes.byteLength > limits.maxBytes) throw tooLarge(bytes.byteLength, limits.maxBytes);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DatasetError('is not UTF-8 text', '$');
  }
  if (text.trim() === '') throw new DatasetError('is empty', '$');
  const deep = tooDeepAt(bytes, limits.maxDepth);
  if (deep >= 0) {
    const at = lineAndColumn(text, decoder.decode(bytes.subarray(0, deep)).length);
    throw new DatasetError(
      `nests deeper than ${limits.maxDepth} levels (at ${at}); no dataset needs that`,
      '$',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`is not valid JSON: ${describeSyntaxError(e as Error, text)}`, '$');
  }
  const forbidden = forbiddenKeyPath(value);
  if (forbidden)
    throw new DatasetError(
      'is a key reserved by JavaScript ("__proto__", "constructor", "prototype") and not a field of the format',
      forbidden,
    );
  return value;
}

function describeSyntaxError(e: Error, text: string): string {
  const position = /at position (\d+)/.exec(e.message);
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  if (atEnd || /end of JSON input|Unterminated string/i.test(e.message))
    return 'the file ends in the middle of a value (is it truncated?)';
  const what = e.message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  return position ? `${what} (${lineAndColumn(text, Number(position[1]))})` : what;
}

/** Bytes → validated dataset: the whole gate for a dataset file. */
export function parseDataset(bytes: Uint8Array): Dataset {
  return validateDataset(parseJson(bytes, DATASET_PARSE_LIMITS));
}

type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Reads a stream into memory, refusing it as soon as it passes maxBytes (the rest is never read). */
export async function readLimited(
  source: ByteSource,
  maxBytes: number = LIMITS.fileBytes,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.byteLength;
    if (total > maxBytes) return false;
    chunks.push(chunk);
    return true;
  };
  if ('getReader' in source) {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!take(value)) {
        await reader.cancel();
        throw tooLarge(maxBytes, maxBytes, false);
      }
    }
  } else {
    for await (const chunk of source) if (!take(chunk)) throw tooLarge(maxBytes, maxBytes, false);
  }
  return concatBytes(chunks, total);
}

/** A downloaded dataset's bytes: refused from its declared length when it has one, else while streaming. */
export async function readResponseLimited(
  response: Response,
  maxBytes: number = LIMITS.fileBytes,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(declared, maxBytes);
  }
  return response.body ? readLimited(response.body, maxBytes) : new Uint8Array(0);
}
