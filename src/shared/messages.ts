/**
 * The one message protocol between the extension's contexts. Every request names its `type`;
 * `Responses[type]` is what the background answers. Content, popup and options talk only to the
 * background; the background never trusts a message's shape without `isRequest`.
 */
import type { Claim } from '../engine/model';
import type { MatchResult } from '../engine/types';

/** What the content script read off the page. Stays inside the browser. */
export interface PageInfo {
  url: string;
  title?: string;
  published?: string;
  outlet?: string;
  language?: string;
}

export interface DatasetSummary {
  id: string;
  title: string;
  version: number;
  asOf: string;
  publisher: string;
  license: string;
  claims: number;
}

/** A match as the popup shows it: the engine's result plus the claim and where it came from. */
export interface ShownMatch extends MatchResult {
  claim: Claim;
  datasetId: string;
}

/** Main-thread milliseconds the content script spent on a page, by phase (for `npm run bench:content`). */
export interface ContentTimings {
  detect: number;
  extract?: number;
  highlight?: number;
}

export type TabState =
  | { state: 'idle' }
  | { state: 'not-article'; page?: PageInfo; timings?: ContentTimings }
  | { state: 'scanned'; page: PageInfo; matches: ShownMatch[]; scannedAt: string; timings?: ContentTimings };

export type Request =
  | { type: 'article:scan'; page: PageInfo; text: string; timings: ContentTimings }
  | { type: 'article:none'; url: string; timings: ContentTimings }
  | { type: 'article:highlighted'; timings: ContentTimings }
  | { type: 'tab:get'; tabId: number }
  | { type: 'datasets:list' };

export interface Responses {
  'article:scan': { matches: MatchResult[] };
  'article:none': { ok: true };
  'article:highlighted': { ok: true };
  'tab:get': { tab: TabState; datasets: DatasetSummary[] };
  'datasets:list': { datasets: DatasetSummary[] };
}

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** A reply that failed on the background's side carries a message instead of a result. */
export type Reply<T extends RequestType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'article:scan',
  'article:none',
  'article:highlighted',
  'tab:get',
  'datasets:list',
]);

export function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.has((value as { type: string }).type)
  );
}
