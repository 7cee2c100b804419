/**
 * Accepting a file for a source and making it the source's data, in this order:
 *
 * 1. verify — the signature first when the source has a publisher key (an unsigned or badly
 *    signed file is refused before a byte of it is parsed), then the whole dataset gate (schema
 *    and limits), then that it is the source's dataset and that its version moves forward (an old
 *    file replayed is refused; a version the reader rolled back is not taken again);
 * 2. compile — the dataset's own index, serialised;
 * 3. write — the new version (bytes, index, what it changed) in one transaction, not yet active;
 * 4. switch — one transaction flips the source's pointer; the version it replaces stays for rollback.
 *    A check's update that changes too much at once is held instead (the pointer names it as held;
 *    the reader installs or discards it), and a file with the bundled default's id is refused in 1
 *    unless the key shipped for the default signed it.
 *
 * A worker stopped anywhere before 4 leaves the old version active and a stray version record
 * that the next start collects; stopped after 4, the new version is active and complete.
 */
import bundled from '../../../public/datasets/default.json';
import { toHex } from '../../dataset/base64';
import { DatasetError, describeDatasetError as inWords } from '../../dataset/errors';
import { parseDataset } from '../../dataset/parse';
import { SignatureError, type PublicKey } from '../../dataset/sign';
import { acceptUpdate } from '../../dataset/update';
import { buildIndex, type Dataset, ENGINE_INDEX_VERSION, serializeIndex } from '../../engine/index';
import type { ChangeDetail } from '../../shared/messages';
import type { SourceRecord, VersionRecord } from '../store/db';
import {
  activateVersion,
  getPayload,
  getPointer,
  getVersion,
  holdVersion,
  writeVersion,
} from '../store/versions';
import { describeChange, describeFirstInstall, isMassChange } from './change';
import { DEFAULT_DATASET_KEYS } from './default-key';
import { MAX_DATASET_BYTES } from './policy';
import { UpdateError } from './problems';

export interface Candidate {
  bytes: Uint8Array;
  /** The detached signature, when one was found next to the file. */
  signature?: Uint8Array;
  /** Where it came from, for the reader: the URL or the file's name. */
  where: string;
  /**
   * The bytes were converted on this device from a feed whose detached signature verified with
   * this key (feed-source.ts): the signature covers the feed as served, not the converted bytes.
   */
  convertedFromSignedFeed?: string;
}

export interface Installed {
  version: number;
  datasetId: string;
  sha256: string;
  /** The version held for the reader's answer (the mass-change hold), if any. */
  held?: { version: number; sha256: string };
}

export interface Verified {
  dataset: Dataset;
  keyId?: string;
  sha256: string;
}

export async function sha256Of(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))));
}

/**
 * A refused file's first problem in words, for the options page: "the 1st claim, “kz-…”, has no
 * events: every claim needs at least one (claims[0].events)" (src/dataset/errors.ts).
 */
export function describeDatasetError(error: DatasetError): string {
  return inWords(error);
}

function trustedKeys(source: SourceRecord): PublicKey[] {
  if (!source.publicKey) return [];
  const bytes = Uint8Array.from(atob(source.publicKey.base64), (c) => c.charCodeAt(0));
  return [{ keyId: source.publicKey.keyId, bytes }];
}

/**
 * Checks a candidate file against its source. `installed` is the active version (if any);
 * `takenIds` maps dataset ids other sources already install to a label of that source.
 * Returns 'same' when the file is byte for byte the active version (a server without validators),
 * 'held-back' when it is a version the reader rolled back.
 */
export async function verifyCandidate(
  candidate: Candidate,
  source: SourceRecord,
  installed: Installed | undefined,
  takenIds: ReadonlyMap<string, string>,
): Promise<Verified | 'same' | 'held-back'> {
  const { bytes, where } = candidate;
  if (bytes.byteLength === 0) throw new UpdateError('empty', [where]);
  if (bytes.byteLength > MAX_DATASET_BYTES)
    throw new UpdateError('too-large', [where, String(MAX_DATASET_BYTES)]);
  const keys = trustedKeys(source);
  // A converted feed counts as signed only by a key this source trusts.
  const signedFeed = keys.some((k) => k.keyId === candidate.convertedFromSignedFeed);
  if (keys.length > 0 && !candidate.signature && !signedFeed) throw new UpdateError('unsigned', [where]);
  const sha256 = await sha256Of(bytes);
  if (installed && sha256 === installed.sha256) return 'same';
  // The file already waiting for the reader's answer: nothing new to ask about.
  if (installed?.held && sha256 === installed.held.sha256) return 'same';
  let accepted: { dataset: Dataset; keyId?: string };
  try {
    // Signature first (when there are keys), then the whole dataset gate; id and version below.
    accepted = signedFeed
      ? { ...(await acceptUpdate({ bytes, trustedKeys: [] })), keyId: candidate.convertedFromSignedFeed! }
      : await acceptUpdate({ bytes, signature: candidate.signature, trustedKeys: keys });
  } catch (error) {
    if (error instanceof SignatureError)
      throw new UpdateError('bad-signature', [where, describeDatasetError(error)]);
    if (error instanceof DatasetError) throw new UpdateError('invalid', [where, describeDatasetError(error)]);
    throw error;
  }
  const { dataset } = accepted;
  // The bundled default's id is the extension's own: only its key may sign a replacement. Refused
  // rather than installed under another id, which would show a second "default" beside the real one.
  if (dataset.id === bundled.id && !DEFAULT_DATASET_KEYS.some((k) => k.keyId === accepted.keyId)) {
    throw new UpdateError('default-unsigned', [where, dataset.id]);
  }
  const expectedId = installed?.datasetId ?? source.datasetId;
  if (expectedId !== undefined && dataset.id !== expectedId) {
    throw new UpdateError('wrong-dataset', [where, dataset.id, expectedId]);
  }
  const other = takenIds.get(dataset.id);
  if (expectedId === undefined && other !== undefined)
    throw new UpdateError('duplicate-dataset', [where, dataset.id, other]);
  if (installed && dataset.version <= installed.version) {
    throw new UpdateError('old-version', [where, String(dataset.version), String(installed.version)]);
  }
  // The version the reader rolled back (or an older one in between): not an error, not taken.
  if (source.heldBack !== undefined && dataset.version <= source.heldBack) return 'held-back';
  return { dataset, sha256, ...(accepted.keyId ? { keyId: accepted.keyId } : {}) };
}

/** The active version of a source, as verifyCandidate needs it. */
export async function installedOf(sourceId: string): Promise<Installed | undefined> {
  const pointer = await getPointer(sourceId);
  if (!pointer) return undefined;
  const record = await getVersion(sourceId, pointer.active);
  const held = pointer.held !== undefined ? await getVersion(sourceId, pointer.held) : undefined;
  return (
    record && {
      version: record.version,
      datasetId: record.datasetId,
      sha256: record.sha256,
      ...(held ? { held: { version: held.version, sha256: held.sha256 } } : {}),
    }
  );
}

/**
 * Compiles, writes and switches to a verified dataset. `installed` must be what verifyCandidate
 * was given: if the active version moved since (another update, a rollback), nothing switches.
 * With `holdMassChange`, an update that changes too much at once (change.ts, isMassChange) is
 * written but held for the reader instead of switched to; `held` says which happened.
 */
export async function installVerified(
  sourceId: string,
  candidate: Candidate,
  verified: Verified,
  installed: Installed | undefined,
  now: number,
  holdMassChange = false,
): Promise<VersionRecord & { held?: true }> {
  const { dataset } = verified;
  const index = buildIndex([dataset]);
  const meta = index.datasets[0]!;
  let change: ChangeDetail;
  const before = installed && (await getPayload(sourceId, installed.version));
  let claimsBefore = 0;
  try {
    // The installed bytes passed the same gate when they were installed.
    const previous = before ? parseDataset(before.data) : undefined;
    claimsBefore = previous?.claims.length ?? 0;
    change = previous ? describeChange(previous, dataset, now) : describeFirstInstall(dataset, now);
  } catch {
    change = describeFirstInstall(dataset, now);
  }
  const record: VersionRecord = {
    sourceId,
    version: dataset.version,
    datasetId: dataset.id,
    summary: { ...meta },
    installedAt: now,
    sha256: verified.sha256,
    size: candidate.bytes.byteLength,
    change,
    ...(verified.keyId ? { signedBy: verified.keyId } : {}),
  };
  await writeVersion(record, {
    sourceId,
    version: dataset.version,
    data: candidate.bytes,
    ...(candidate.signature ? { signature: candidate.signature } : {}),
    index: serializeIndex(index),
    indexVersion: ENGINE_INDEX_VERSION,
  });
  if (holdMassChange && installed && isMassChange(change, claimsBefore)) {
    await holdVersion(sourceId, dataset.version, installed.version);
    return { ...record, held: true };
  }
  await activateVersion(sourceId, dataset.version, installed?.version);
  return record;
}
