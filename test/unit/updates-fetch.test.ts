/**
 * Downloading a dataset against a fake fetch and fake timers: conditional requests and 304s, the
 * request's privacy settings, the size cap (declared and streamed), retries with backoff for
 * transient failures only, refused redirects, and every time limit (headers, stall, trickle).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fetchDataset,
  fetchSignature,
  signatureUrlOf,
  type FetchDeps,
} from '../../src/background/updates/fetch-dataset';
import {
  ATTEMPTS_PER_CHECK,
  HEADERS_TIMEOUT_MS,
  MAX_SERVER_FRESHNESS_MS,
  RATE_GRACE_MS,
  RETRY_CAP_MS,
  STALL_TIMEOUT_MS,
} from '../../src/background/updates/policy';
import { UpdateError } from '../../src/background/updates/problems';

const URL_ = 'https://data.example/afterword.json';
const body = new TextEncoder().encode('{"hello":"world"}');

type Reply = (init: RequestInit) => Response | Promise<Response>;

/** A fetch that answers each call with the next reply (the last one repeats) and records the calls. */
function fakeFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    return reply(init);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

function deps(f: typeof fetch, extra: Partial<FetchDeps> = {}): FetchDeps & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    fetch: f,
    now: () => Date.now(),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    sleeps,
    ...extra,
  };
}

const ok =
  (headers: Record<string, string> = {}, bytes: Uint8Array = body) =>
  () =>
    new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { 'content-length': String(bytes.length), ...headers },
    });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new Response(null, { status: code, headers });

async function refusal(p: Promise<unknown>): Promise<UpdateError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpdateError);
  return error as UpdateError;
}

/** A response whose body is fed by `feed` (called with the stream controller) and errors when the request is aborted. */
function streamed(
  feed: (c: ReadableStreamDefaultController<Uint8Array>) => void,
  headers: Record<string, string> = {},
): Reply {
  return (init) => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        init.signal?.addEventListener('abort', () => c.error(init.signal!.reason));
        feed(c);
      },
    });
    return new Response(stream, { status: 200, headers });
  };
}

describe('fetchDataset: the request', () => {
  it('sends no cookies, no referrer, bypasses the browser cache and asks for JSON', async () => {
    const { fetch, calls } = fakeFetch(ok());
    await fetchDataset(URL_, {}, deps(fetch));
    const init = calls[0]!.init;
    expect(init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    });
    expect(init.headers).toEqual({ accept: 'application/json' });
  });

  it('returns the bytes with the validators to send next time and the clamped freshness', async () => {
    const { fetch } = fakeFetch(
      ok({
        etag: '"v2"',
        'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT',
        'cache-control': 'max-age=31536000',
      }),
    );
    const result = await fetchDataset(URL_, {}, deps(fetch));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(new TextDecoder().decode(result.bytes)).toBe('{"hello":"world"}');
    expect(result.validators).toEqual({ etag: '"v2"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    // A year of max-age is held to the clamp: a mistake on the server cannot stop updates for a year.
    expect(result.freshnessMs).toBe(MAX_SERVER_FRESHNESS_MS);
  });

  it('asks conditionally and takes a 304 as "not modified", keeping the validators', async () => {
    const { fetch, calls } = fakeFetch(status(304, { 'cache-control': 'max-age=600' }));
    const result = await fetchDataset(
      URL_,
      { etag: '"v2"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' },
      deps(fetch),
    );
    expect(calls[0]!.init.headers).toMatchObject({
      'if-none-match': '"v2"',
      'if-modified-since': 'Tue, 24 Nov 2026 10:00:00 GMT',
    });
    expect(result).toEqual({
      status: 'not-modified',
      freshnessMs: 600_000,
      validators: { etag: '"v2"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' },
    });
  });

  it('refuses a 304 it did not ask for', async () => {
    const { fetch } = fakeFetch(status(304));
    expect((await refusal(fetchDataset(URL_, {}, deps(fetch)))).code).toBe('http');
  });

  it('refuses addresses that are not https (http only on the loopback address)', async () => {
    const { fetch, calls } = fakeFetch(ok());
    expect((await refusal(fetchDataset('http://data.example/x.json', {}, deps(fetch)))).code).toBe(
      'not-https',
    );
    expect((await refusal(fetchDataset('ftp://data.example/x.json', {}, deps(fetch)))).code).toBe(
      'not-https',
    );
    expect(calls).toHaveLength(0);
    await fetchDataset('http://127.0.0.1:8080/x.json', {}, deps(fetch));
    expect(calls).toHaveLength(1);
  });
});

describe('fetchDataset: failures', () => {
  it('does not retry a 404', async () => {
    const { fetch, calls } = fakeFetch(status(404));
    const e = await refusal(fetchDataset(URL_, {}, deps(fetch)));
    expect([e.code, e.args]).toEqual(['not-found', [URL_, '404']]);
    expect(calls).toHaveLength(1);
  });

  it('retries a 500 with jittered, capped backoff, then gives up', async () => {
    const { fetch, calls } = fakeFetch(status(500));
    const d = deps(fetch);
    const e = await refusal(fetchDataset(URL_, {}, d));
    expect([e.code, e.args]).toEqual(['server-error', [URL_, '500']]);
    expect(calls).toHaveLength(ATTEMPTS_PER_CHECK);
    expect(d.sleeps).toHaveLength(ATTEMPTS_PER_CHECK - 1);
    expect(d.sleeps.every((ms) => ms >= 0 && ms <= RETRY_CAP_MS)).toBe(true);
    // Full jitter at random() = 0.5: half of 1 s, then half of 2 s.
    expect(d.sleeps).toEqual([500, 1000]);
  });

  it('succeeds when a retry does', async () => {
    const { fetch, calls } = fakeFetch(status(503), ok());
    expect((await fetchDataset(URL_, {}, deps(fetch))).status).toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it('leaves a long Retry-After to the schedule instead of waiting in the worker', async () => {
    const { fetch, calls } = fakeFetch(status(429, { 'retry-after': '3600' }));
    const e = await refusal(fetchDataset(URL_, {}, deps(fetch)));
    expect(e.code).toBe('server-error');
    expect(e.retryAfterMs).toBe(3_600_000);
    expect(calls).toHaveLength(1);
  });

  it('retries a network failure without the conditional headers (a server that refuses preflights)', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    }, ok());
    const result = await fetchDataset(URL_, { etag: '"v1"' }, deps(fetch));
    expect(result.status).toBe('ok');
    expect(calls[0]!.init.headers).toMatchObject({ 'if-none-match': '"v1"' });
    expect(calls[1]!.init.headers).toEqual({ accept: 'application/json' });
  });

  it('reports a redirect the CSP refused as such, without retrying it', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const e = await refusal(
      fetchDataset(URL_, {}, deps(fetch, { blockedByPolicy: async (u) => u === URL_ })),
    );
    expect(e.code).toBe('redirect-insecure');
    expect(calls).toHaveLength(1);
  });

  it('refuses a response that ended up on plain http (should the CSP not have stopped it)', async () => {
    const redirected = () => {
      const r = new Response(body, { status: 200 });
      Object.defineProperty(r, 'url', { value: 'http://data.example/afterword.json' });
      return r;
    };
    const { fetch } = fakeFetch(redirected);
    const e = await refusal(fetchDataset(URL_, {}, deps(fetch)));
    expect([e.code, e.args]).toEqual(['redirect-insecure', [URL_, 'http://data.example/afterword.json']]);
  });
});

describe('fetchDataset: the size cap', () => {
  it('refuses a declared length over the cap without reading the body', async () => {
    let pulled = 0;
    const { fetch } = fakeFetch(
      () =>
        new Response(
          new ReadableStream({
            pull(c) {
              pulled++;
              c.enqueue(new Uint8Array(1024));
            },
          }),
          { headers: { 'content-length': String(200 * 1024 * 1024) } },
        ),
    );
    const e = await refusal(fetchDataset(URL_, {}, deps(fetch), 1024 * 1024));
    expect(e.code).toBe('too-large');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('cuts an undeclared body the moment it passes the cap, reporting progress on the way', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const { fetch } = fakeFetch(
      () =>
        new Response(
          new ReadableStream({
            pull(c) {
              pulled++;
              c.enqueue(chunk);
            },
          }),
        ),
    );
    const progress: number[] = [];
    const e = await refusal(
      fetchDataset(URL_, {}, deps(fetch, { onProgress: (n) => progress.push(n) }), 1024 * 1024),
    );
    expect(e.code).toBe('too-large');
    expect(progress.at(-1)).toBe(1024 * 1024);
    // Not a byte more than the cap and the chunk that crossed it (plus what the stream buffered).
    expect(pulled).toBeLessThanOrEqual(1024 / 64 + 3);
  });
});

describe('fetchDataset: time limits', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up on a server that never answers, after each attempt times out', async () => {
    const { fetch, calls } = fakeFetch(
      (init) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
        ),
    );
    const p = refusal(fetchDataset(URL_, {}, deps(fetch)));
    await vi.advanceTimersByTimeAsync(ATTEMPTS_PER_CHECK * (HEADERS_TIMEOUT_MS + 1000));
    const e = await p;
    expect([e.code, e.args]).toEqual(['timeout', [URL_, String(HEADERS_TIMEOUT_MS / 1000)]]);
    expect(calls).toHaveLength(ATTEMPTS_PER_CHECK);
  });

  it('cuts a stalled body', async () => {
    const { fetch, calls } = fakeFetch(streamed((c) => c.enqueue(new Uint8Array(100))));
    const p = refusal(fetchDataset(URL_, {}, deps(fetch)));
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS + 2000);
    expect((await p).code).toBe('stalled');
    expect(calls).toHaveLength(1);
  });

  it('cuts a body that trickles a byte every two seconds once the grace period is over', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const { fetch, calls } = fakeFetch(
      streamed((c) => {
        timer = setInterval(() => {
          try {
            c.enqueue(new Uint8Array([0x20]));
          } catch {
            clearInterval(timer);
          }
        }, 2000);
      }),
    );
    const started = Date.now();
    const p = refusal(fetchDataset(URL_, {}, deps(fetch)));
    await vi.advanceTimersByTimeAsync(RATE_GRACE_MS + 2000);
    const e = await p;
    clearInterval(timer);
    expect(e.code).toBe('too-slow');
    expect(Date.now() - started).toBeLessThanOrEqual(RATE_GRACE_MS + 2000);
    // A slow server stays slow: not retried within the check.
    expect(calls).toHaveLength(1);
  });
});

describe('signatures', () => {
  it('sits next to the file', () => {
    expect(signatureUrlOf('https://x.example/data/set.json?v=2#top')).toBe(
      'https://x.example/data/set.json.sig?v=2',
    );
  });

  it('is undefined when there is none, and small', async () => {
    const { fetch } = fakeFetch(status(404));
    expect(await fetchSignature(URL_, deps(fetch))).toBeUndefined();
    const big = fakeFetch(ok({}, new Uint8Array(10_000)));
    expect((await refusal(fetchSignature(URL_, deps(big.fetch)))).code).toBe('too-large');
  });
});
