/**
 * The one message protocol between the extension's contexts. Every request names its `type`;
 * `Responses[type]` is what the background answers. Content, popup and options talk only to the
 * background; the background never trusts a message's shape without `isRequest`.
 */
import type { Claim } from '../engine/model';
import type { MatchResult, Verdict } from '../engine/types';

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
  /** The dataset's "data as of" date, for "still unconfirmed as of …". */
  datasetAsOf?: string;
  /** The article the match was found in, when it is not the page's first (an infinite-scroll page appends articles). */
  page?: PageInfo;
}

/** A claim found by the look-up: the claim, where it came from and its verdict without an article. */
export interface LookupHit {
  claim: Claim;
  datasetId: string;
  datasetAsOf?: string;
  score: number;
  verdict: Verdict;
}

/**
 * What the popup should show first when it opens for something other than the toolbar button:
 * a claim's detail (the in-page card's "more") or a look-up (the context menu's "Look up in Afterword").
 */
export type PopupIntent = { kind: 'claim'; tabId: number; claimId: string } | { kind: 'lookup'; query: string };

/** Main-thread milliseconds the content script spent on a page, by phase (for `npm run bench:content`). */
export interface ContentTimings {
  detect: number;
  extract?: number;
  highlight?: number;
}

export type TabState =
  | { state: 'idle' }
  | { state: 'not-article'; page?: PageInfo; timings?: ContentTimings }
  | { state: 'scanned'; page: PageInfo; matches: ShownMatch[]; scannedAt: string; timings?: ContentTimings }
  /** The reader paused Afterword on this site: the content script read nothing but the address. */
  | { state: 'paused'; page: PageInfo };

export type Request =
  | { type: 'article:scan'; page: PageInfo; text: string; timings: ContentTimings }
  | { type: 'article:none'; url: string; timings: ContentTimings }
  | { type: 'article:highlighted'; timings: ContentTimings }
  | { type: 'tab:get'; tabId: number }
  | { type: 'datasets:list' }
  /** Another article on the same page (an infinite-scroll page appended it): matched and added to the tab's results. */
  | { type: 'article:more'; page: PageInfo; text: string }
  | { type: 'article:paused'; url: string }
  | { type: 'lookup:search'; query: string; limit?: number }
  /** The in-page card's "more": open the popup on this claim's detail. */
  | { type: 'card:more'; claimId: string }
  /** The popup, on opening, takes what it was opened for (if anything). */
  | { type: 'popup:intent'; tabId: number | null };

export interface Responses {
  'article:scan': { matches: MatchResult[] };
  'article:none': { ok: true };
  'article:highlighted': { ok: true };
  'tab:get': { tab: TabState; datasets: DatasetSummary[] };
  'datasets:list': { datasets: DatasetSummary[] };
  'article:more': { matches: MatchResult[] };
  'article:paused': { ok: true };
  'lookup:search': { hits: LookupHit[] };
  'card:more': { opened: 'popup' | 'window' | 'tab' };
  'popup:intent': { intent: PopupIntent | null };
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
  'article:more',
  'article:paused',
  'lookup:search',
  'card:more',
  'popup:intent',
]);

export function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.has((value as { type: string }).type)
  );
}

/**
 * Messages to a page's content script (sent with tabs.sendMessage by the popup or the background;
 * no permission needed). The content script answers nothing but whether it did it.
 */
export type PageRequest =
  /** Scroll to the claim's passage, select it and open its card. */
  | { type: 'page:reveal'; claimId: string }
  /** The keyboard shortcuts of the manifest's "commands". */
  | { type: 'page:command'; command: PageCommand };

export type PageCommand = 'toggle-highlights' | 'next-passage' | 'previous-passage';

export const PAGE_COMMANDS: readonly PageCommand[] = ['toggle-highlights', 'next-passage', 'previous-passage'];

export function isPageRequest(value: unknown): value is PageRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; claimId?: unknown; command?: unknown };
  if (v.type === 'page:reveal') return typeof v.claimId === 'string';
  if (v.type === 'page:command') return PAGE_COMMANDS.includes(v.command as PageCommand);
  return false;
}
