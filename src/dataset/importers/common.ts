/**
 * What every importer shares: the report of what was skipped, reading loosely typed JSON-LD
 * values, stable claim ids, and the last step that turns drafted claims into a valid dataset.
 */
import {
  type Claim,
  type Dataset,
  DATASET_FORMAT,
  DATASET_FORMAT_VERSION,
  DATASET_FORMAT_VERSION_OUTLETS,
  type License,
  type Outlet,
  type Publisher,
} from '../../engine/index';
import { DatasetError } from '../errors';
import { canonicalDataset } from '../export';
import { hasRefused, removeRefused } from '../text-rule';
import { LIMITS } from '../limits';
import { type ClaimContext, checkClaim, validateDataset } from '../schema';
import { LANGUAGE_PATTERN } from '../shapes';
import { isAcceptedUrl } from '../urls';

/** One thing an importer left out: where (a JSON path or "line N") and why. */
export interface Skip {
  at: string;
  reason: string;
}

export interface ImportResult {
  dataset: Dataset;
  /** The first items or fields left out, in input order (at most `keptSkips` of them). */
  skipped: Skip[];
  /** How many items or fields were left out in all. */
  skippedCount: number;
}

/** The dataset-level facts an import cannot find in its input. */
export interface ImportOptions {
  id: string;
  title: string;
  version: number;
  asOf: string;
  publisher: Publisher;
  license: License;
  /** Language of claims whose input names none ("und", undetermined, by default). */
  language?: string;
  /** How many skip records to keep (MAX_KEPT_SKIPS by default; the command line's --all keeps all). */
  keptSkips?: number;
}

/**
 * Skip records kept by default. Every other skipped item is only counted: a hostile feed of two
 * million non-reviews ([0, 0, …]) would otherwise keep two million records, hundreds of MB in the
 * browser's service worker, and the reader is shown only the first few reasons anyway.
 */
export const MAX_KEPT_SKIPS = 20;

/** Characters of an input value quoted in a skip reason: enough to recognise it, never the whole of a huge one. */
export const QUOTED_VALUE_CHARS = 80;

/** The text cut to `max` characters, ending with "…" when it was cut. */
export const shorten = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** An input value as JSON for a skip reason, cut to QUOTED_VALUE_CHARS (a 5 MB "@type" is not repeated). */
export function quoted(x: Json): string {
  // A long string is cut before it is quoted, so it is not copied whole.
  const value = typeof x === 'string' && x.length > QUOTED_VALUE_CHARS ? x.slice(0, QUOTED_VALUE_CHARS) : x;
  return shorten(JSON.stringify(value ?? null) ?? 'null', QUOTED_VALUE_CHARS);
}

export class Report {
  readonly skipped: Skip[] = [];
  /** Items left out in all, kept or not. */
  count = 0;
  constructor(private readonly kept: number = MAX_KEPT_SKIPS) {}
  skip(at: string, reason: string): void {
    this.count++;
    if (this.skipped.length < this.kept) this.skipped.push({ at, reason });
  }
}

/**
 * The claim limit, checked while an import converts (not only once everything is converted): a feed
 * of millions of reviews is refused at the first claim past the limit instead of costing the
 * memory of millions of claims. `ids` are the distinct claim ids drafted so far.
 */
export function checkClaimCount(ids: ReadonlySet<string>): void {
  if (ids.size > LIMITS.claims) {
    throw new DatasetError(
      `gives more than ${LIMITS.claims} claims; a dataset may hold at most ${LIMITS.claims} (import it in parts)`,
      '$',
    );
  }
}

export type Json = unknown;
export const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
export const asList = (x: Json): Json[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** A non-empty string with runs of white space made single spaces (feeds often carry line breaks). */
export function str(x: Json): string | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (typeof x !== 'string') return undefined;
  const s = x.replace(/\s+/gu, ' ').trim();
  return s === '' ? undefined : s;
}

/** The text, cut to `max` characters on a word boundary with "…", reporting the cut. */
export function clip(text: string | undefined, max: number, at: string, report: Report): string | undefined {
  if (text === undefined || text.length <= max) return text;
  report.skip(at, `shortened to ${max} characters (was ${text.length})`);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** The URL when the format accepts it; otherwise undefined, reported. */
export function acceptedUrl(x: Json, at: string, report: Report): string | undefined {
  const u = str(x);
  if (u === undefined) return undefined;
  if (isAcceptedUrl(u)) return u;
  report.skip(at, 'URL left out: only https:// URLs are accepted');
  return undefined;
}

export function languageTag(x: Json): string | undefined {
  const s = str(x)?.replace(/_/g, '-');
  if (!s || s.length > LIMITS.languageTag) return undefined;
  const [primary, ...rest] = s.split('-');
  const tag = [primary!.toLowerCase(), ...rest].join('-');
  return LANGUAGE_PATTERN.test(tag) ? tag : undefined;
}

export function hostname(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function slug(text: string, max: number): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A claim id that stays the same on every import of the same review: a readable slug of `hint`
 * (the review URL's last path segment, or the claim) and the first 12 hex digits of SHA-256 of
 * `key` (the review URL and the claim text), e.g. "flood-jihad-newsx-other-media-9c1f0e2ab4d7".
 */
export async function claimId(key: string, hint: string): Promise<string> {
  const hash = (await sha256Hex(key)).slice(0, 12);
  const s = slug(hint, 48);
  return s ? `${s}-${hash}` : `claim-${hash}`;
}

/** The last non-empty path segment of a URL, the readable part of most fact-check addresses. */
export function urlSlugHint(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = segments.at(-1)?.replace(/\.[a-z]{2,5}$/i, '');
    return last && /[a-z]{3}/i.test(last) ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A draft as JSON would carry it (what JSON.parse(JSON.stringify()) gave: toJSON() followed,
 * undefined, functions and symbols dropped from objects and null in lists, non-finite numbers as
 * null, every key an own data property), its strings without the characters the format refuses,
 * whose codes go to `removed`. A walk, not that round trip with a reviver, which took a quarter of a
 * 19,000-claim import.
 */
export function plainCopy(value: unknown, removed: string[]): unknown {
  if (typeof value === 'string') {
    if (!hasRefused(value)) return value;
    const clean = removeRefused(value);
    removed.push(...clean.removed);
    return clean.text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null; // −0 as 0, as JSON writes it
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return undefined;
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return plainCopy((json as () => unknown).call(value), removed);
  if (Array.isArray(value)) return Array.from(value, (item: unknown) => plainCopy(item, removed) ?? null);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const copy = plainCopy(field, removed);
    if (copy === undefined) continue;
    // Assigning "__proto__" would set the prototype; defining every key instead (as this did) made
    // each copy a dictionary-mode object and the copy of a 19,000-claim import twice as slow.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

/** A claim's field as an import's report names it: "events.0.source.url" for $.claims[3].events[0].source.url. */
const claimField = (path: string) => path.replace(/^\$\.claims\[\d+\]\.?/, '').replace(/\[(\d+)\]/g, '.$1');

/**
 * Drafted claims → a valid dataset in canonical form. A claim the format refuses is skipped with the
 * validator's reason (its shape, or a check spanning its fields such as a "rated" event without a
 * rating); a second claim with the same id is skipped as a duplicate. Each claim is checked once,
 * by the check a dataset file's claims pass (checkClaim), and the dataset around them by
 * validateDataset: checking every claim a second time took a sixth of a 33,000-claim import.
 */
export function finish(
  drafts: { claim: Claim; at: string }[],
  options: ImportOptions,
  report: Report,
  outlets: Outlet[] = [],
): ImportResult {
  // Version 1.1 only when there are outlets: an import without them stays readable by version 1 readers.
  const formatVersion = outlets.length > 0 ? DATASET_FORMAT_VERSION_OUTLETS : DATASET_FORMAT_VERSION;
  const context: ClaimContext = { outletIds: new Set(outlets.map((o) => o.id)), formatVersion };
  const byId = new Map<string, { claim: Claim; at: string }>();
  for (const draft of drafts) {
    const { at } = draft;
    // Characters the format refuses in text (text-rule.ts: bidi embeddings, overrides, control
    // characters) are removed, and the removal reported: they carry no words.
    const removed: string[] = [];
    const copy = plainCopy(draft.claim, removed);
    if (removed.length > 0)
      report.skip(
        at,
        `removed ${removed.length} invisible formatting or control character(s): ${[...new Set(removed)].join(', ')}`,
      );
    const { claim, issues } = checkClaim(copy, 0, context, 1);
    const issue = issues[0];
    if (!claim || issue) {
      const field = issue ? claimField(issue.path) : '';
      report.skip(at, `not a valid claim: ${field ? `${field} ` : ''}${issue?.problem ?? 'is not valid'}`);
      continue;
    }
    const seen = byId.get(claim.id);
    if (seen) {
      report.skip(at, `the same claim as ${seen.at} (id ${claim.id})`);
      continue;
    }
    byId.set(claim.id, { claim, at });
  }
  if (byId.size > LIMITS.claims) {
    throw new DatasetError(
      `gives ${byId.size} claims; a dataset may hold at most ${LIMITS.claims} (import it in parts)`,
      '$',
    );
  }
  const header = validateDataset({
    format: DATASET_FORMAT,
    formatVersion,
    id: options.id,
    version: options.version,
    title: options.title,
    asOf: options.asOf,
    publisher: options.publisher,
    license: options.license,
    ...(outlets.length > 0 && { outlets }),
    claims: [],
  });
  return {
    dataset: canonicalDataset({ ...header, claims: [...byId.values()].map((x) => x.claim) }),
    skipped: report.skipped,
    skippedCount: report.count,
  };
}

/**
 * The fact-checker every rating of an import comes from, when there is exactly one: a feed of one
 * publisher's reviews is that publisher's, and the dataset can be named after it instead of
 * "Unknown". Undefined for a mix of fact-checkers, or none.
 */
export function soleFactChecker(claims: readonly Claim[]): string | undefined {
  const names = new Set<string>();
  for (const claim of claims)
    for (const e of claim.events) if (e.type === 'rated' && e.actor?.name) names.add(e.actor.name);
  return names.size === 1 ? [...names][0] : undefined;
}
