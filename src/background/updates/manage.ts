/**
 * What the options page asks of the sources: the list with every fact it shows, adding, removing,
 * enabling, rolling back, the check interval, and exporting what is installed.
 */
import bundled from '../../../public/datasets/default.json';
import { fromBase64, toBase64 } from '../../dataset/base64';
import { DatasetError } from '../../dataset/errors';
import { toCanonicalJson } from '../../dataset/export';
import { keyIdOf, readPublicKey } from '../../dataset/sign';
import { validateDataset } from '../../dataset/schema';
import {
  BUNDLED_SOURCE_ID,
  type ChangeDetail,
  type SourcesState,
  type SourceView,
  type ConvertedFeed,
} from '../../shared/messages';
import { putTransfer } from '../../shared/transfer';
import { bundledMeta, invalidateDatasets, storageProblem } from '../datasets';
import type { SourceRecord } from '../store/db';
import { getSettings, getSource, listSources, putSettings, putSource, updateSource } from '../store/sources';
import {
  deleteSourceData,
  getPayload,
  getVersion,
  listPointers,
  rollbackVersion,
  settleHeld,
} from '../store/versions';
import { summaryOf } from './change';
import { checkSourceUrl } from './fetch-dataset';
import { isStale } from './freshness';
import {
  CHECK_INTERVAL_CHOICES,
  MAX_CHECK_INTERVAL_MINUTES,
  MIN_ALARM_DELAY_MS,
  MIN_CHECK_INTERVAL_MINUTES,
  TIME,
} from './policy';
import { UpdateError } from './problems';
import { announce, runningState } from './progress';
import { checkInFlight } from './run';
import { reschedule } from './scheduler';

/**
 * A publisher key as the reader pastes it: the `.pub` file (src/dataset/README.md, "Signatures")
 * or the bare base64 of the 32-byte key.
 */
export async function parsePublicKey(text: string): Promise<{ keyId: string; base64: string }> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const key = await readPublicKey(new TextEncoder().encode(trimmed));
      return { keyId: key.keyId, base64: toBase64(key.bytes) };
    } catch (error) {
      const detail =
        error instanceof DatasetError
          ? `${error.path.replace(/^\$\.?/, '') || 'the key file'} ${error.problem}`
          : String(error);
      throw new UpdateError('bad-key', [detail]);
    }
  }
  const bytes = fromBase64(trimmed);
  if (!bytes || bytes.length !== 32)
    throw new UpdateError('bad-key', ['must be the .pub file or 32 bytes of base64']);
  return { keyId: await keyIdOf(bytes), base64: trimmed };
}

/** The URL as stored: parsed and printed again, without a fragment (never sent anyway). */
function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  checkSourceUrl(trimmed);
  const u = new URL(trimmed);
  u.hash = '';
  return u.href;
}

export async function addSource(
  url: string,
  publicKey: string | undefined,
  now = Date.now(),
): Promise<string> {
  const href = normaliseUrl(url);
  const key = publicKey?.trim() ? await parsePublicKey(publicKey) : undefined;
  if ((await listSources()).some((s) => s.url === href)) throw new UpdateError('duplicate-source', [href]);
  const record: SourceRecord = {
    id: crypto.randomUUID(),
    kind: 'url',
    url: href,
    enabled: true,
    addedAt: now,
    validators: {},
    failures: 0,
    nextCheck: now,
    ...(key ? { publicKey: key } : {}),
  };
  await putSource(record);
  announce(record.id);
  return record.id;
}

export async function removeSource(sourceId: string): Promise<void> {
  await deleteSourceData(sourceId);
  invalidateDatasets();
  await reschedule().catch(() => undefined);
  announce(sourceId);
}

export async function enableSource(sourceId: string, enabled: boolean): Promise<void> {
  const updated = await updateSource(sourceId, (r) => ({ ...r, enabled }));
  if (!updated) throw new Error(`No source ${sourceId}`);
  invalidateDatasets();
  await reschedule().catch(() => undefined);
  announce(sourceId);
}

/** Back to the previous version; the version left is held back (not installed again by the next check). */
export async function rollbackSource(sourceId: string): Promise<number> {
  // A check finishing mid-rollback would move the pointer under it: let it finish first.
  await checkInFlight(sourceId)?.catch(() => undefined);
  const result = await rollbackVersion(sourceId);
  if (!result) throw new UpdateError('no-previous');
  invalidateDatasets();
  announce(sourceId);
  return result.active;
}

export async function setCheckInterval(minutes: number, now = Date.now()): Promise<number> {
  const clamped = Math.round(
    Math.min(MAX_CHECK_INTERVAL_MINUTES, Math.max(MIN_CHECK_INTERVAL_MINUTES, minutes)),
  );
  if (!Number.isFinite(clamped)) throw new Error('The interval must be a number of minutes');
  await putSettings({ key: 'updates', intervalMinutes: clamped });
  // Sources waiting for their regular check move to the new interval; those backing off after a
  // failure keep their (sooner) retry.
  for (const s of await listSources()) {
    if (s.failures > 0) continue;
    await updateSource(s.id, (r) => ({
      ...r,
      nextCheck: Math.max(now + MIN_ALARM_DELAY_MS, (r.lastCheck ?? now) + clamped * TIME.MINUTE),
    }));
  }
  await reschedule(now).catch(() => undefined);
  announce();
  return clamped;
}

function bundledView(sources: SourceView[]): SourceView {
  const meta = bundledMeta();
  const superseding = sources.find(
    (s) => s.enabled && s.dataset?.id === meta.id && s.dataset.version >= meta.version,
  );
  return {
    id: BUNDLED_SOURCE_ID,
    kind: 'bundled',
    enabled: true,
    dataset: { ...meta },
    ...(superseding ? { supersededBy: superseding.url ?? superseding.fileName ?? superseding.id } : {}),
  };
}

/**
 * The reader's answer to an update held for changing too much at once: installed (it becomes the
 * version in use, the one before kept for rollback) or discarded (never held again; a newer
 * version is checked afresh). Returns the held version.
 */
export async function answerHeld(sourceId: string, install: boolean): Promise<number> {
  // A check finishing now could replace the held version under the answer: let it finish first.
  await checkInFlight(sourceId)?.catch(() => undefined);
  const version = await settleHeld(sourceId, install);
  if (version === undefined) throw new UpdateError('no-held');
  if (install) invalidateDatasets();
  announce(sourceId);
  return version;
}

/**
 * A publisher key for an existing subscription. Trusting a key decides which files are accepted
 * from now on, so it takes two steps: without `confirm` the key is only read and described (its id,
 * and the key it replaces); with `confirm` it is saved. The data in use stays; the next check
 * downloads the file again (validators dropped) and takes it only if this key signed it.
 */
export async function setSourceKey(
  sourceId: string,
  publicKey: string,
  confirm: boolean,
  now = Date.now(),
): Promise<{ keyId: string; previousKeyId?: string; saved: boolean }> {
  const source = await getSource(sourceId);
  if (!source || source.kind !== 'url') throw new UpdateError('no-source');
  const key = await parsePublicKey(publicKey);
  const previous = source.publicKey?.keyId;
  const described = { keyId: key.keyId, ...(previous ? { previousKeyId: previous } : {}) };
  if (!confirm) return { ...described, saved: false };
  await updateSource(sourceId, (r) => ({ ...r, publicKey: key, validators: {}, nextCheck: now }));
  await reschedule(now).catch(() => undefined);
  announce(sourceId);
  return { ...described, saved: true };
}

/** A converted feed as the options page shows it (the feed's SHA-256 stays in the background). */
function feedView({ sha256: _s, ...feed }: NonNullable<SourceRecord['feed']>): ConvertedFeed {
  return feed;
}

export async function listSourceViews(now = Date.now()): Promise<SourcesState> {
  const settings = { intervalChoices: [...CHECK_INTERVAL_CHOICES] };
  let records: SourceRecord[];
  let intervalMinutes: number;
  let pointers: Awaited<ReturnType<typeof listPointers>>;
  try {
    [records, pointers, { intervalMinutes }] = await Promise.all([
      listSources(),
      listPointers(),
      getSettings(),
    ]);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return {
      sources: [bundledView([])],
      intervalMinutes: TIME.DAY / TIME.MINUTE,
      ...settings,
      storageProblem: problem,
    };
  }
  const pointerOf = new Map(pointers.map((p) => [p.sourceId, p]));
  const views: SourceView[] = [];
  for (const r of records) {
    const pointer = pointerOf.get(r.id);
    const active = pointer && (await getVersion(r.id, pointer.active));
    const previous = pointer?.previous !== undefined ? await getVersion(r.id, pointer.previous) : undefined;
    const held = pointer?.held !== undefined ? await getVersion(r.id, pointer.held) : undefined;
    const running = runningState(r.id);
    views.push({
      id: r.id,
      kind: r.kind,
      enabled: r.enabled,
      ...(r.url ? { url: r.url } : {}),
      ...(r.fileName ? { fileName: r.fileName } : {}),
      ...(r.publicKey ? { keyId: r.publicKey.keyId } : {}),
      ...(active
        ? {
            dataset: active.summary,
            installedAt: active.installedAt,
            ...(active.signedBy ? { signedBy: active.signedBy } : {}),
            ...(active.change ? { change: summaryOf(active.change) } : {}),
          }
        : {}),
      ...(previous ? { previous: { version: previous.version, asOf: previous.summary.asOf } } : {}),
      ...(r.lastCheck !== undefined ? { lastCheck: r.lastCheck } : {}),
      ...(r.lastSuccess !== undefined ? { lastSuccess: r.lastSuccess } : {}),
      ...(r.kind === 'url' && r.enabled && r.nextCheck !== undefined ? { nextCheck: r.nextCheck } : {}),
      ...(r.problem ? { problem: r.problem } : {}),
      ...(running ? { running } : {}),
      ...(r.heldBack !== undefined ? { heldBack: r.heldBack } : {}),
      ...(held?.change ? { held: summaryOf(held.change) } : {}),
      ...(isStale(r, now) ? { stale: true as const } : {}),
      ...(r.feed ? { feed: feedView(r.feed) } : {}),
    });
  }
  const problem = storageProblem();
  return {
    sources: [bundledView(views), ...views],
    intervalMinutes,
    ...settings,
    ...(problem ? { storageProblem: problem } : {}),
  };
}

/** What the active version of a source changed when it was installed, or with `held` what the held update would change. */
export async function changeOf(sourceId: string, held = false): Promise<ChangeDetail | null> {
  const pointer = (await listPointers()).find((p) => p.sourceId === sourceId);
  const version = held ? pointer?.held : pointer?.active;
  if (version === undefined) return null;
  return (await getVersion(sourceId, version))?.change ?? null;
}

/** Puts the installed file (as received, so its signature still verifies) where the page can take it. */
export async function exportSource(sourceId: string): Promise<{ transferId: string; fileName: string }> {
  if (sourceId === BUNDLED_SOURCE_ID) {
    const dataset = validateDataset(bundled);
    const bytes = new TextEncoder().encode(toCanonicalJson(dataset));
    return {
      transferId: await putTransfer(bytes, `${dataset.id}-v${dataset.version}.json`),
      fileName: `${dataset.id}-v${dataset.version}.json`,
    };
  }
  const source = await getSource(sourceId);
  const pointer = (await listPointers()).find((p) => p.sourceId === sourceId);
  const payload = pointer && (await getPayload(sourceId, pointer.active));
  const version = pointer && (await getVersion(sourceId, pointer.active));
  if (!source || !payload || !version) throw new Error('Nothing is installed from this source yet');
  const fileName = `${version.datasetId}-v${version.version}.json`;
  return { transferId: await putTransfer(payload.data, fileName), fileName };
}
