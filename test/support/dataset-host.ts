/**
 * A publisher's side for unit tests: dataset files in versions, signed or not, served by a fake
 * fetch with ETags (304 when unchanged), so the update machinery runs in Node end to end.
 */
import {
  generateKeyPair,
  readPublicKey,
  signBytes,
  toJsonFile,
  type PublicKey,
} from '../../src/dataset/sign';
import type { Claim, ClaimEvent, Dataset } from '../../src/engine/model';
import { sampleClaim } from './dataset-samples';

export const encodeJson = (value: unknown): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');

const denial: ClaimEvent = {
  date: '2024-03-05',
  type: 'denied',
  actor: { name: 'A. Spokesperson' },
  source: { outlet: 'Wire' },
  quote: 'It did not happen.',
};

/** Version n of a small dataset: claim-1 reported (denied from version 2 on), claim-2 from version 2, claim-3 from 3. */
export function desk(version: number, id = 'desk'): Dataset {
  const reported = sampleClaim('claim-1');
  const claims: Claim[] = [{ ...reported, events: [reported.events[0]!] }];
  if (version >= 2) {
    claims[0] = { ...claims[0]!, events: [...claims[0]!.events, denial] };
    claims.push(sampleClaim('claim-2'));
  }
  if (version >= 3) claims.push(sampleClaim('claim-3'));
  return {
    format: 'afterword-dataset',
    formatVersion: 1,
    id,
    version,
    title: `Desk ${id}`,
    asOf: `2024-04-0${Math.min(9, version)}`,
    publisher: { name: 'Example Desk', url: 'https://desk.example/' },
    license: { id: 'CC-BY-4.0' },
    claims,
  };
}

export interface Publisher {
  key: PublicKey;
  /** The .pub file's text, as a reader pastes it. */
  pub: string;
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

export async function publisher(): Promise<Publisher> {
  const pair = await generateKeyPair();
  const pubBytes = toJsonFile(pair.public);
  return {
    key: await readPublicKey(pubBytes),
    pub: new TextDecoder().decode(pubBytes),
    sign: async (bytes) => toJsonFile(await signBytes(bytes, toJsonFile(pair.secret))),
  };
}

interface Served {
  bytes: Uint8Array;
  status?: number;
  etag?: string;
  headers?: Record<string, string>;
}

/** A fake https host: `serve(path, …)` puts a file up; `fetch` answers like a server with ETags. */
export function fakeHost(origin = 'https://data.example') {
  const files = new Map<string, Served>();
  const log: { url: string; headers: Record<string, string> }[] = [];
  let counter = 0;
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const headers = (init.headers ?? {}) as Record<string, string>;
    log.push({ url, headers });
    const file = files.get(url);
    if (!file) return new Response('not found', { status: 404 });
    if (file.etag && headers['if-none-match'] === file.etag)
      return new Response(null, { status: 304, headers: { etag: file.etag } });
    return new Response(new Uint8Array(file.bytes), {
      status: file.status ?? 200,
      headers: {
        'content-length': String(file.bytes.length),
        ...(file.etag ? { etag: file.etag } : {}),
        ...file.headers,
      },
    });
  };
  return {
    origin,
    files,
    log,
    fetch: fetch as typeof globalThis.fetch,
    url: (path: string) => `${origin}/${path}`,
    serve(path: string, bytes: Uint8Array, extra: Omit<Served, 'bytes'> = {}) {
      files.set(`${origin}/${path}`, { bytes, etag: `"${++counter}"`, ...extra });
    },
    remove(path: string) {
      files.delete(`${origin}/${path}`);
    },
  };
}
