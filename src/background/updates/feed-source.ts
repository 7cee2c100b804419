/**
 * A source whose address serves a fact-checker's feed instead of an Afterword dataset: the feed is
 * converted on this device (dataset/feed.ts) into a candidate that then takes the same road as any
 * downloaded file — verifyCandidate, installVerified, the mass-change hold, rollback.
 *
 * A feed has no version, so one is given here: the feed is converted once; at the installed
 * version and date it is byte for byte the installed file when nothing in it changed (a server
 * without validators re-sending it, or a cosmetic change), and the check is "unchanged";
 * otherwise it becomes the next version, dated today. The next version is counted past one the
 * reader rolled back or discarded, and past one waiting for the reader, so neither blocks an
 * update; the same feed bytes as last converted are not converted again, so a rolled-back
 * conversion is not installed again until the feed changes.
 *
 * With a publisher key, the detached signature is checked over the feed's bytes as served (what the
 * publisher signed) before any of them is parsed; the converted candidate carries that key.
 */
import { DatasetError } from '../../dataset/errors';
import { convertFeed, feedBytes, mentionsReviews, readFeed, type FeedShape } from '../../dataset/feed';
import { shorten } from '../../dataset/importers/common';
import { SignatureError, verifyBytes } from '../../dataset/sign';
import type { SourceRecord } from '../store/db';
import { getVersion } from '../store/versions';
import { describeDatasetError, sha256Of, type Candidate, type Installed } from './apply';
import { UpdateError } from './problems';

/** Reasons kept on the source for the options page; the full list is `afterword dataset import`'s. */
export const FEED_REASONS_KEPT = 3;
/**
 * Characters of each reason kept on the source: the reasons are the feed's text (a value it quotes)
 * stored in the reader's database and shown on the options page, so a hostile feed cannot make them huge.
 */
export const FEED_REASON_CHARS = 200;

export type FeedRecord = NonNullable<SourceRecord['feed']>;

export interface Prepared {
  candidate: Candidate;
  /** What to keep on the source: the conversion's record, or null when the address served a dataset. */
  feed: FeedRecord | null;
  /** The feed gives what is installed (or waiting for the reader): nothing to verify or install. */
  unchanged?: true;
}

/** The feed's date of conversion: the reader's "today" in UTC, as dataset dates are written. */
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function checkSignature(candidate: Candidate, source: SourceRecord): Promise<string | undefined> {
  if (!source.publicKey || !candidate.signature) return undefined;
  const key = {
    keyId: source.publicKey.keyId,
    bytes: Uint8Array.from(atob(source.publicKey.base64), (c) => c.charCodeAt(0)),
  };
  try {
    return await verifyBytes(candidate.bytes, candidate.signature, [key]);
  } catch (error) {
    if (error instanceof SignatureError)
      throw new UpdateError('bad-signature', [candidate.where, describeDatasetError(error)]);
    if (error instanceof DatasetError)
      throw new UpdateError('invalid', [candidate.where, describeDatasetError(error)]);
    throw error;
  }
}

/** Whether a conversion at `version` and its date is byte for byte the version recorded with `sha256`. */
async function sameAs(
  conversion: Awaited<ReturnType<typeof convertFeed>>,
  sourceId: string,
  version: { version: number; sha256: string } | undefined,
): Promise<boolean> {
  if (!version) return false;
  const record = await getVersion(sourceId, version.version);
  if (!record) return false;
  return (await sha256Of(feedBytes(conversion, version.version, record.summary.asOf))) === version.sha256;
}

/**
 * The downloaded bytes as a candidate: unchanged for an Afterword dataset (and for a keyed
 * source's unsigned file, which verifyCandidate refuses), converted for a feed.
 */
export async function prepareCandidate(
  downloaded: Candidate,
  source: SourceRecord,
  installed: Installed | undefined,
  now: number,
): Promise<Prepared> {
  const passOn: Prepared = { candidate: downloaded, feed: null };
  if (!mentionsReviews(downloaded.bytes)) return passOn;
  if (source.publicKey && !downloaded.signature) return passOn;
  const signedBy = await checkSignature(downloaded, source);
  const where = downloaded.where;
  let shape: FeedShape;
  try {
    shape = readFeed(downloaded.bytes);
  } catch (error) {
    if (error instanceof DatasetError)
      throw new UpdateError('invalid-feed', [where, describeDatasetError(error)]);
    throw error;
  }
  if (shape.kind === 'dataset') return passOn;

  const sha256 = await sha256Of(downloaded.bytes);
  if (installed && source.feed?.sha256 === sha256) return { ...passOn, feed: source.feed, unchanged: true };
  let conversion: Awaited<ReturnType<typeof convertFeed>>;
  try {
    conversion = await convertFeed(shape, where);
  } catch (error) {
    if (error instanceof DatasetError)
      throw new UpdateError('invalid-feed', [where, describeDatasetError(error)]);
    throw error;
  }
  const feed: FeedRecord = {
    format: conversion.format,
    claims: conversion.dataset.claims.length,
    skipped: conversion.skippedCount,
    reasons: conversion.skipped.slice(0, FEED_REASONS_KEPT).map((s) => shorten(s.reason, FEED_REASON_CHARS)),
    sha256,
  };
  if (
    (await sameAs(conversion, source.id, installed)) ||
    (await sameAs(conversion, source.id, installed?.held))
  )
    return { ...passOn, feed, unchanged: true };
  const version = Math.max(installed?.version ?? 0, installed?.held?.version ?? 0, source.heldBack ?? 0) + 1;
  return {
    candidate: {
      bytes: feedBytes(conversion, version, isoDate(now)),
      where,
      ...(signedBy ? { convertedFromSignedFeed: signedBy } : {}),
    },
    feed,
  };
}
