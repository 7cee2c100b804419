/**
 * A fact-checker's own feed as a dataset source: the bytes a source's address serves are either an
 * Afterword dataset (left alone) or a feed — ClaimReview JSON-LD (one review, a list, an @graph,
 * the DataCommons feed) or a Fact Check Tools API response — converted here, on the reader's
 * device, with the same importers as `afterword dataset import`. What a feed is is told by its
 * shape, never by its address.
 *
 * A feed has no dataset id, version or date of its own, so the conversion supplies them: the id
 * from the feed's address (stable across checks), the version and date from the caller (the
 * update machinery decides whether the content changed; see background/updates/feed-source.ts).
 * The same feed with the same version and date always converts to the same bytes.
 */
import type { Dataset } from '../engine/index';
import { DatasetError } from './errors';
import { toCanonicalJson } from './export';
import { importClaimReview } from './importers/claimreview';
import {
  asList,
  hostname,
  isObject,
  shorten,
  soleFactChecker,
  type Json,
  type Skip,
} from './importers/common';
import { importFactCheckApi } from './importers/factcheck-api';
import { LIMITS } from './limits';
import { IMPORT_PARSE_LIMITS, parseJson } from './parse';

export type FeedFormat = 'claimreview' | 'factcheck-api';

export type FeedShape = { kind: 'dataset' } | { kind: FeedFormat; json: Json };

/**
 * Both feed formats name their reviews ("ClaimReview" in JSON-LD, "claimReview" in the API); a
 * file without these bytes is no feed, and is handed to the dataset gate unparsed (a dataset of
 * 100 MB is not parsed twice).
 */
const FEED_MARKER = new TextEncoder().encode('laimReview');

/** Whether the bytes could be a feed (a cheap scan, nothing parsed): a file without the marker is not one. */
export const mentionsReviews = (bytes: Uint8Array): boolean => contains(bytes, FEED_MARKER);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview" (as the importer reads @type). */
const isReviewType = (t: Json) => typeof t === 'string' && /(^|[:/])ClaimReview$/.test(t);

function looksLikeClaimReview(x: Json): boolean {
  if (Array.isArray(x)) return x.some(looksLikeClaimReview);
  if (!isObject(x)) return false;
  return (
    asList(x['@type']).some(isReviewType) || Array.isArray(x['@graph']) || x.dataFeedElement !== undefined
  );
}

function looksLikeFactCheckApi(x: Json): boolean {
  if (Array.isArray(x)) return x.some(looksLikeFactCheckApi);
  if (!isObject(x)) return false;
  return Array.isArray(x.claims) || (isObject(x.response) && looksLikeFactCheckApi(x.response));
}

/**
 * What the bytes are. An object with a `format` (or `formatVersion`) is meant as an Afterword
 * dataset, and the dataset gate says what is wrong with it if anything; JSON that mentions reviews
 * but is neither feed is refused here, in words.
 */
export function readFeed(bytes: Uint8Array): FeedShape {
  if (!mentionsReviews(bytes)) return { kind: 'dataset' };
  const json = parseJson(bytes, IMPORT_PARSE_LIMITS);
  if (isObject(json) && ('format' in json || 'formatVersion' in json)) return { kind: 'dataset' };
  if (looksLikeClaimReview(json)) return { kind: 'claimreview', json };
  if (looksLikeFactCheckApi(json)) return { kind: 'factcheck-api', json };
  throw new DatasetError(
    'is neither an Afterword dataset, nor ClaimReview JSON-LD (a ClaimReview, a list of them, an "@graph" or a DataFeed), nor a Fact Check Tools API response (a "claims" list)',
    '$',
  );
}

async function shortHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Characters of the host kept in the id: enough to recognise it, well within the id limit. */
const ID_HOST_CHARS = 60;

/**
 * The converted dataset's id: "feed-" (which no publisher's or the bundled default's id is
 * expected to start with), the feed's host, and 8 hex digits of SHA-256 of its whole address, so
 * two feeds on one site are two datasets and the same address is always the same one.
 */
export async function feedDatasetId(url: string): Promise<string> {
  const host = (hostname(url) ?? 'feed')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .slice(0, ID_HOST_CHARS)
    .replace(/^[.-]+|[.-]+$/g, '');
  return `feed-${host || 'feed'}-${await shortHash(url)}`;
}

export interface FeedConversion {
  format: FeedFormat;
  /** The converted dataset; its version and asOf are placeholders until `feedBytes` sets them. */
  dataset: Dataset;
  /** The first things the importer left out, in input order (at most MAX_KEPT_SKIPS). */
  skipped: Skip[];
  /** How many things the importer left out in all. */
  skippedCount: number;
}

/** Characters of the first skip reason quoted in the refusal of a feed that gives no claims (one line of UI). */
const FIRST_REASON_CHARS = 200;

/** Placeholders replaced by `feedBytes`: the content of a conversion does not depend on them. */
const UNVERSIONED = { version: 1, asOf: '1970-01-01' };

/**
 * Converts a feed's JSON into a dataset named after what the feed says: the fact-checker when one
 * made every rating (as `dataset import` does), else the feed's host; the licence is not stated
 * ("NOASSERTION"), since a feed does not say it. Refused, in words, when no review converts.
 */
export async function convertFeed(
  shape: { kind: FeedFormat; json: Json },
  url: string,
): Promise<FeedConversion> {
  const host = hostname(url) ?? url;
  const options = {
    id: await feedDatasetId(url),
    title: host.slice(0, LIMITS.shortText),
    ...UNVERSIONED,
    publisher: { name: 'Unknown' },
    license: { id: 'NOASSERTION' },
  };
  const { dataset, skipped, skippedCount } =
    shape.kind === 'claimreview'
      ? await importClaimReview(shape.json, options)
      : await importFactCheckApi(shape.json, options);
  if (dataset.claims.length === 0) {
    const first = skipped[0];
    throw new DatasetError(
      first
        ? `gives no claims: nothing in it could be converted (the first item left out, ${first.at}: ${shorten(first.reason, FIRST_REASON_CHARS)})`
        : 'gives no claims: it holds no reviews',
      '$',
    );
  }
  const checker = soleFactChecker(dataset.claims);
  const named: Dataset = checker
    ? { ...dataset, title: checker, publisher: { ...dataset.publisher, name: checker } }
    : dataset;
  return { format: shape.kind, dataset: named, skipped, skippedCount };
}

/** The canonical bytes of a conversion at a version and date: the file installed and compared. */
export function feedBytes(conversion: FeedConversion, version: number, asOf: string): Uint8Array {
  return new TextEncoder().encode(toCanonicalJson({ ...conversion.dataset, version, asOf }, 'compact'));
}
