/**
 * Downloading a dataset file, done the way a careful HTTP client does it:
 *
 * - conditional requests (If-None-Match / If-Modified-Since), so an unchanged file costs a 304;
 * - no cookies, no credentials, no referrer, no browser cache in the way (the validators are ours);
 * - redirects only to https (or loopback http): the extension's CSP (manifest.json, connect-src)
 *   makes the browser refuse any other hop before it is requested; the final URL is checked too;
 * - timeouts: for the headers, for a stalled body, for a body that trickles (a minimum average
 *   rate after a grace period) and an overall deadline;
 * - the size cap checked while streaming: a body is cut the moment it passes the cap, and refused
 *   at once when its Content-Length already says so;
 * - transient failures (network, timeout before the body, 5xx, 429) retried within the check with
 *   jittered exponential backoff; the rest fail at once.
 *
 * Pure apart from its parameters: fetch, the clock, sleep and randomness are passed in, so all of
 * it runs in Node against a fake fetch.
 */
import { concatBytes } from '../../dataset/bytes';
import { isAcceptedUrl } from '../../dataset/urls';
import { LOOPBACK_SOURCES } from '../../shared/build';
import { retryDelay } from './backoff';
import { freshnessOf, retryAfterOf } from './freshness';
import {
  ATTEMPTS_PER_CHECK,
  DOWNLOAD_DEADLINE_MS,
  HEADERS_TIMEOUT_MS,
  MAX_DATASET_BYTES,
  MAX_SIGNATURE_BYTES,
  MIN_BYTES_PER_SECOND,
  RATE_GRACE_MS,
  RETRY_CAP_MS,
  STALL_TIMEOUT_MS,
} from './policy';
import { UpdateError } from './problems';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchDeps {
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Called as body bytes arrive (the caller throttles what it shows). */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Whether the browser's CSP refused a request for this URL (a redirect to a forbidden address). */
  blockedByPolicy?: (url: string) => Promise<boolean>;
}

export type FetchResult =
  | { status: 'not-modified'; freshnessMs: number; validators: Validators }
  | { status: 'ok'; bytes: Uint8Array; freshnessMs: number; validators: Validators };

/** Why an attempt was aborted; the abort reason carries it to the catch. */
type Cut = 'timeout' | 'stalled' | 'too-slow' | 'deadline';

class Aborted extends Error {
  constructor(readonly cut: Cut) {
    super(cut);
  }
}

/**
 * Whether Afterword downloads a source from `url`: https; http on the loopback address only in the
 * test build (LOOPBACK_SOURCES), whose local servers the E2E suite and the benchmarks use.
 */
function isSourceUrl(url: string, loopback: boolean): boolean {
  return isAcceptedUrl(url) && (loopback || /^https:/i.test(url));
}

/** The URL rule for sources; a refused address is "not https", which is what a release accepts. */
export function checkSourceUrl(url: string, loopback = LOOPBACK_SOURCES): void {
  if (!isSourceUrl(url, loopback)) throw new UpdateError('not-https', [url]);
}

/** Whether a URL the browser ended up at is one Afterword downloads from. */
function isAcceptedFinalUrl(url: string): boolean {
  return url === '' || isSourceUrl(url, LOOPBACK_SOURCES);
}

interface Attempt {
  url: string;
  validators: Validators;
  maxBytes: number;
  deps: FetchDeps;
}

async function attemptOnce({ url, validators, maxBytes, deps }: Attempt): Promise<FetchResult> {
  const controller = new AbortController();
  const started = deps.now();
  let received = 0;
  let lastByte = started;
  let inBody = false;
  const abort = (cut: Cut) => controller.abort(new Aborted(cut));
  // One ticker watches every time limit; a timer per limit would need resetting on every chunk.
  const ticker = setInterval(() => {
    const now = deps.now();
    if (!inBody) {
      if (now - started >= HEADERS_TIMEOUT_MS) abort('timeout');
      return;
    }
    if (now - started >= DOWNLOAD_DEADLINE_MS) abort('deadline');
    else if (now - lastByte >= STALL_TIMEOUT_MS) abort('stalled');
    else if (now - started >= RATE_GRACE_MS && (received * 1000) / (now - started) < MIN_BYTES_PER_SECOND)
      abort('too-slow');
  }, 1000);

  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;

  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: 'GET',
        headers,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        signal: controller.signal,
      });
    } catch (error) {
      throw await networkFailure(error, url, deps);
    }
    if (!isAcceptedFinalUrl(response.url)) {
      await response.body?.cancel().catch(() => undefined);
      throw new UpdateError('redirect-insecure', [url, response.url]);
    }
    const now = deps.now();
    if (response.status === 304) {
      if (!validators.etag && !validators.lastModified) throw new UpdateError('http', [url, '304']);
      return {
        status: 'not-modified',
        freshnessMs: freshnessOf(response.headers, now),
        validators: keep(response, validators),
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw statusFailure(response, url, now);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new UpdateError('too-large', [url, String(maxBytes)]);
    }
    const total = Number.isFinite(declared) ? declared : undefined;
    inBody = true;
    lastByte = deps.now();
    const chunks: Uint8Array[] = [];
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          lastByte = deps.now();
          if (received > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new UpdateError('too-large', [url, String(maxBytes)]);
          }
          chunks.push(value);
          deps.onProgress?.(received, total);
        }
      } catch (error) {
        if (error instanceof UpdateError) throw error;
        throw await networkFailure(error, url, deps, controller.signal.reason);
      }
    }
    return {
      status: 'ok',
      bytes: concatBytes(chunks, received),
      freshnessMs: freshnessOf(response.headers, deps.now()),
      validators: keep(response, {}),
    };
  } catch (error) {
    if (error instanceof UpdateError) throw error;
    throw await networkFailure(error, url, deps, controller.signal.reason);
  } finally {
    clearInterval(ticker);
  }
}

/** The validators to send next time: the response's, else (on a 304 that omits them) the ones sent. */
function keep(response: Response, sent: Validators): Validators {
  const etag = response.headers.get('etag') ?? sent.etag;
  const lastModified = response.headers.get('last-modified') ?? sent.lastModified;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function statusFailure(response: Response, url: string, now: number): UpdateError {
  const status = response.status;
  if (status === 404 || status === 410) return new UpdateError('not-found', [url, String(status)]);
  if (status === 429 || status >= 500) {
    return new UpdateError('server-error', [url, String(status)], true, retryAfterOf(response.headers, now));
  }
  return new UpdateError('http', [url, String(status)]);
}

/** A rejected fetch or read: one of our time limits, a CSP refusal, or the network itself. */
async function networkFailure(
  error: unknown,
  url: string,
  deps: FetchDeps,
  reason?: unknown,
): Promise<UpdateError> {
  const cut = reason instanceof Aborted ? reason.cut : error instanceof Aborted ? error.cut : undefined;
  if (cut === 'timeout') return new UpdateError('timeout', [url, String(HEADERS_TIMEOUT_MS / 1000)], true);
  if (cut === 'stalled') return new UpdateError('stalled', [url, String(STALL_TIMEOUT_MS / 1000)]);
  if (cut === 'too-slow') return new UpdateError('too-slow', [url, String(MIN_BYTES_PER_SECOND / 1024)]);
  if (cut === 'deadline') return new UpdateError('deadline', [url, String(DOWNLOAD_DEADLINE_MS / 60_000)]);
  if (await deps.blockedByPolicy?.(url)) return new UpdateError('redirect-insecure', [url, '']);
  return new UpdateError('network', [url], true);
}

/**
 * The dataset at `url`: 'not-modified' when the validators still hold, else its bytes (at most
 * `maxBytes`). Throws UpdateError after the last attempt.
 */
export async function fetchDataset(
  url: string,
  validators: Validators,
  deps: FetchDeps,
  maxBytes: number = MAX_DATASET_BYTES,
): Promise<FetchResult> {
  checkSourceUrl(url);
  let sendValidators = validators;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce({ url, validators: sendValidators, maxBytes, deps });
    } catch (error) {
      if (!(error instanceof UpdateError) || !error.retryable || attempt + 1 >= ATTEMPTS_PER_CHECK)
        throw error;
      // A server that answers simple CORS requests but refuses a preflight (which the conditional
      // headers may need without a host permission) fails at the network level: retry without them.
      if (error.code === 'network') sendValidators = {};
      // A server asking for a longer pause than a short retry gets it from the schedule instead.
      if ((error.retryAfterMs ?? 0) > RETRY_CAP_MS) throw error;
      await deps.sleep(Math.max(retryDelay(attempt, deps.random), error.retryAfterMs ?? 0));
    }
  }
}

/**
 * The detached signature published next to a dataset (`URL.sig`, src/dataset/README.md), or
 * undefined when there is none (404). Small and fetched only after the dataset itself changed.
 */
export async function fetchSignature(datasetUrl: string, deps: FetchDeps): Promise<Uint8Array | undefined> {
  const url = signatureUrlOf(datasetUrl);
  try {
    const result = await fetchDataset(url, {}, { ...deps, onProgress: undefined }, MAX_SIGNATURE_BYTES);
    return result.status === 'ok' ? result.bytes : undefined;
  } catch (error) {
    if (error instanceof UpdateError && error.code === 'not-found') return undefined;
    throw error;
  }
}

/** "https://x/data.json?v=1" → "https://x/data.json.sig?v=1": the signature sits next to the file. */
export function signatureUrlOf(datasetUrl: string): string {
  const u = new URL(datasetUrl);
  u.pathname = `${u.pathname}.sig`;
  u.hash = '';
  return u.href;
}
