/**
 * One check of one source, start to finish: download (or 304), verify, install, record what
 * happened and when to check next. Also the file import (the same verification, no download) and
 * the worker's start-up, which finds checks a stopped worker left unfinished.
 */
import { DatasetError } from '../../dataset/errors';
import { parseDataset } from '../../dataset/parse';
import type { UpdateOutcome } from '../../shared/messages';
import { invalidateDatasets } from '../datasets';
import type { SourceRecord } from '../store/db';
import { getSettings, getSource, listSources, putSource, updateSource } from '../store/sources';
import { collectGarbage, PointerMovedError } from '../store/versions';
import { describeDatasetError, installedOf, installVerified, verifyCandidate, type Candidate } from './apply';
import { nextCheckAfterFailure } from './backoff';
import { blockedByPolicy } from './csp-violations';
import { prepareCandidate, type FeedRecord } from './feed-source';
import { fetchDataset, fetchSignature, type FetchDeps } from './fetch-dataset';
import { nextCheckAfterSuccess } from './freshness';
import { INTERRUPTED_RETRY_MS, TIME } from './policy';
import { UpdateError, toProblem } from './problems';
import { announce, finish, setPhase, setProgress } from './progress';
import { dueSources, reschedule } from './scheduler';

export interface RunOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const inFlight = new Map<string, Promise<UpdateOutcome>>();

/** The check running for a source, if any (a rollback or removal waits for it). */
export function checkInFlight(sourceId: string): Promise<UpdateOutcome> | undefined {
  return inFlight.get(sourceId);
}

/** Checks a source now; a check already running for it is joined, not doubled. */
export function checkSource(sourceId: string, options: RunOptions = {}): Promise<UpdateOutcome> {
  const existing = inFlight.get(sourceId);
  if (existing) return existing;
  const run = runCheck(sourceId, options).finally(() => inFlight.delete(sourceId));
  inFlight.set(sourceId, run);
  return run;
}

/** Dataset ids other sources install, with a label of each (its URL or file name). */
async function takenDatasetIds(exceptSourceId?: string): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  for (const s of await listSources()) {
    if (s.id !== exceptSourceId && s.datasetId) taken.set(s.datasetId, s.url ?? s.fileName ?? s.id);
  }
  return taken;
}

async function intervalMs(): Promise<number> {
  return (await getSettings()).intervalMinutes * TIME.MINUTE;
}

async function runCheck(sourceId: string, options: RunOptions): Promise<UpdateOutcome> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const source = await getSource(sourceId);
  if (!source || source.kind !== 'url' || !source.url) return { sourceId, result: 'skipped' };
  const url = source.url;
  const interval = await intervalMs();

  // From here until the end, the schedule points at a retry: if the browser stops the worker
  // mid-check, the alarm brings it back, and the start-up finds `runningSince` set.
  await updateSource(sourceId, (r) => ({
    ...r,
    runningSince: now(),
    nextCheck: now() + INTERRUPTED_RETRY_MS,
  }));
  await reschedule(now()).catch(() => undefined);
  setPhase(sourceId, 'connecting');

  const deps: FetchDeps = {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now,
    random,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    onProgress: (received, total) => setProgress(sourceId, received, total, now()),
    blockedByPolicy,
  };
  /** `feed`: what a converted feed gave, null when the address served a dataset, undefined: not read (304). */
  const succeeded = (
    validators: SourceRecord['validators'],
    freshnessMs: number,
    datasetId?: string,
    feed?: FeedRecord | null,
  ) =>
    updateSource(sourceId, (r) => {
      const at = now();
      const { runningSince: _r, problem: _p, feed: kept, ...rest } = r;
      const nextFeed = feed === undefined ? kept : (feed ?? undefined);
      return {
        ...rest,
        validators,
        lastCheck: at,
        lastSuccess: at,
        failures: 0,
        nextCheck: nextCheckAfterSuccess(at, interval, freshnessMs),
        ...(datasetId ? { datasetId } : {}),
        ...(nextFeed ? { feed: nextFeed } : {}),
      };
    });

  try {
    const fetched = await fetchDataset(url, source.validators, deps);
    if (fetched.status === 'not-modified') {
      await succeeded(fetched.validators, fetched.freshnessMs);
      return { sourceId, result: 'unchanged' };
    }
    setPhase(sourceId, 'verifying');
    const signature = source.publicKey ? await fetchSignature(url, deps) : undefined;
    const downloaded: Candidate = { bytes: fetched.bytes, where: url, ...(signature ? { signature } : {}) };
    const installed = await installedOf(sourceId);
    // A fact-checker's feed is converted here into a dataset; a dataset file passes unchanged.
    const { candidate, feed, unchanged } = await prepareCandidate(downloaded, source, installed, now());
    const verified = unchanged
      ? 'same'
      : await verifyCandidate(candidate, source, installed, await takenDatasetIds(sourceId));
    if (verified === 'same' || verified === 'held-back') {
      await succeeded(fetched.validators, fetched.freshnessMs, undefined, feed);
      return { sourceId, result: 'unchanged' };
    }
    setPhase(sourceId, 'installing');
    // A check installs on its own only what does not change too much at once; the rest waits.
    const record = await installVerified(sourceId, candidate, verified, installed, now(), true);
    await succeeded(fetched.validators, fetched.freshnessMs, record.datasetId, feed);
    if (record.held) return { sourceId, result: 'held', version: record.version };
    invalidateDatasets();
    return { sourceId, result: 'updated', version: record.version };
  } catch (error) {
    const at = now();
    const problem = toProblem(
      error instanceof PointerMovedError ? new UpdateError('interrupted') : error,
      at,
    );
    const retryAfter = error instanceof UpdateError ? error.retryAfterMs : undefined;
    await updateSource(sourceId, (r) => {
      const { runningSince: _r, ...rest } = r;
      const failures = r.failures + 1;
      return {
        ...rest,
        lastCheck: at,
        failures,
        problem,
        nextCheck: nextCheckAfterFailure(at, failures, interval, random, retryAfter),
      };
    });
    if (error instanceof PointerMovedError) await collectGarbage().catch(() => undefined);
    return { sourceId, result: 'failed', problem };
  } finally {
    finish(sourceId);
    await reschedule(now()).catch(() => undefined);
  }
}

/** Checks every enabled subscription (or the given ones), one after another. */
export async function checkAll(sourceIds?: string[], options: RunOptions = {}): Promise<UpdateOutcome[]> {
  const ids =
    sourceIds ?? (await listSources()).filter((s) => s.kind === 'url' && s.enabled).map((s) => s.id);
  const outcomes: UpdateOutcome[] = [];
  for (const id of ids) outcomes.push(await checkSource(id, options));
  return outcomes;
}

/**
 * A dataset file the reader chose: the same gate as a download (no signature: the reader picked
 * the file, so it is not held for a mass change either: choosing it was the reader's answer). A newer version of a dataset imported before updates that source; a dataset a URL
 * source already supplies is refused (update or remove that source instead).
 */
export async function importFile(
  bytes: Uint8Array,
  fileName: string,
  now = Date.now(),
): Promise<UpdateOutcome> {
  const failed = (error: unknown, sourceId = ''): UpdateOutcome => ({
    sourceId,
    result: 'failed',
    problem: toProblem(error, now),
  });
  let datasetId: string;
  try {
    datasetId = parseDataset(bytes).id;
  } catch (error) {
    return failed(
      error instanceof DatasetError
        ? new UpdateError('invalid', [fileName, describeDatasetError(error)])
        : error,
    );
  }
  const sources = await listSources();
  const same = sources.find((s) => s.datasetId === datasetId);
  if (same && same.kind === 'url')
    return failed(new UpdateError('duplicate-dataset', [fileName, datasetId, same.url ?? same.id]), same.id);
  const source: SourceRecord = same ?? {
    id: crypto.randomUUID(),
    kind: 'file',
    fileName,
    enabled: true,
    addedAt: now,
    validators: {},
    failures: 0,
  };
  try {
    const installed = same ? await installedOf(same.id) : undefined;
    const candidate: Candidate = { bytes, where: fileName };
    const verified = await verifyCandidate(candidate, source, installed, await takenDatasetIds(source.id));
    if (verified === 'same' || verified === 'held-back') return { sourceId: source.id, result: 'unchanged' };
    if (!same) await putSource(source);
    const record = await installVerified(source.id, candidate, verified, installed, now);
    await updateSource(source.id, (r) => {
      const { problem: _p, ...rest } = r;
      return { ...rest, fileName, datasetId: record.datasetId, lastSuccess: now };
    });
    invalidateDatasets();
    announce(source.id);
    return { sourceId: source.id, result: 'updated', version: record.version };
  } catch (error) {
    return failed(error, same?.id ?? '');
  }
}

/** What the alarm does: check every source that is due, then set the alarm for the next. */
export async function runDueChecks(): Promise<UpdateOutcome[]> {
  await whenStarted();
  const outcomes = await checkAll(await dueSources());
  await reschedule().catch(() => undefined);
  return outcomes;
}

let startup: Promise<void> | undefined;

/**
 * The worker's start: a check found still marked running was cut off by the browser stopping the
 * worker. Its pointer was never flipped (or was flipped completely), so the data in use is whole;
 * say so, drop the half-written version, and make sure the alarm will retry it.
 */
export function whenStarted(now = Date.now()): Promise<void> {
  startup ??= (async () => {
    try {
      for (const s of await listSources()) {
        if (s.runningSince === undefined) continue;
        await updateSource(s.id, (r) => {
          const { runningSince: _r, ...rest } = r;
          return {
            ...rest,
            problem: { code: 'interrupted', args: [], at: now },
            nextCheck: Math.min(r.nextCheck ?? now, now + INTERRUPTED_RETRY_MS),
          };
        });
      }
      await collectGarbage();
      await reschedule(now);
    } catch (error) {
      // IndexedDB unusable: the bundled default still works; datasets.ts reports the problem.
      console.warn('Afterword: dataset sources unavailable at start-up', error);
    }
  })();
  return startup;
}
