/**
 * The one message protocol between the extension's contexts. Every request names its `type`;
 * `Responses[type]` is what the background answers. Content, popup and options talk only to the
 * background; the background never trusts a message's shape without `isRequest`.
 */
import type {
  Claim,
  ClaimStatus,
  DatasetMeta,
  FollowUp,
  MatchResult,
  OriginStep,
  OutletKind,
  Verdict,
} from '../engine/index';
import type { WrongMatchReport } from './reports';

/** What the content script read off the page. Stays inside the browser. */
export interface PageInfo {
  url: string;
  title?: string;
  published?: string;
  outlet?: string;
  language?: string;
}

/** A dataset as the popup and options page list it: the index's own description of it. */
export type DatasetSummary = DatasetMeta;

/** A match as the popup shows it: the engine's result plus the claim and where it came from. */
export interface ShownMatch extends MatchResult {
  claim: Claim;
  datasetId: string;
  /** The dataset's "data as of" date, for "still unconfirmed as of …". */
  datasetAsOf?: string;
  /** The article the match was found in, when it is not the page's first (an infinite-scroll page appends articles). */
  page?: PageInfo;
  /** The title of the claim's dataset, shown when several datasets are in use. */
  datasetTitle?: string;
  /**
   * The same claim (same id, or the same wording) in other enabled datasets that disagree about it
   * (another status): the popup shows each one's timeline instead of picking one.
   */
  alternatives?: AlternativeClaim[];
}

/** Another dataset's version of a matched claim. */
export interface AlternativeClaim {
  claim: Claim;
  datasetId: string;
  datasetTitle: string;
  datasetAsOf?: string;
  /** Its verdict relative to the same article. */
  verdict: Verdict;
}

/** A claim found by the look-up: the claim, where it came from and its verdict without an article. */
export interface LookupHit {
  claim: Claim;
  datasetId: string;
  datasetAsOf?: string;
  score: number;
  verdict: Verdict;
  /**
   * The same claim (same id, or the same wording) in other datasets in use that give it another
   * status: the result is listed once, headed by the most serious status, with each dataset's say.
   */
  alternatives?: AlternativeClaim[];
}

/**
 * What the popup should show first when it opens for something other than the toolbar button:
 * a claim's detail (the in-page card's "more") or a look-up (the context menu's "Look up in Afterword").
 */
export type PopupIntent =
  { kind: 'claim'; tabId: number; claimId: string } | { kind: 'lookup'; query: string };

/**
 * One claim of an outlet's record, as "About this site" and the Outlets view say it: the claim, when
 * the outlet reported it, how it stands now and what the outlet did next (engine/outlets/record.ts).
 */
export interface OutletClaimView {
  datasetId: string;
  claim: Claim;
  status: ClaimStatus;
  reportedOn: string;
  decidedOn: string | null;
  /** Whole days from the outlet's report to the decision; null when either date has no day. */
  days: number | null;
  followUp: FollowUp | null;
  /** When the outlet followed up (its first such event), for "it reported the denial the same day". */
  followUpOn: string | null;
}

/**
 * An outlet the enabled datasets know, with its record: counts only, never a score. `claims` may be
 * capped (OUTLET_CLAIMS_SHOWN); `reported` and the status counts are always exact.
 */
export interface OutletView {
  key: string;
  name: string;
  kind: OutletKind;
  domains: string[];
  handles: string[];
  reported: number;
  counts: Record<ClaimStatus, number>;
  claims: OutletClaimView[];
}

/** Claims listed per outlet; the counts cover every claim. */
export const OUTLET_CLAIMS_SHOWN = 20;

/** A claim's origin chain (engine/outlets/origin.ts): who first reported it, and who followed. */
export interface ClaimOrigin {
  datasetId: string;
  claimId: string;
  steps: OriginStep[];
}

/** A claim the popup asks the origin of. */
export interface ClaimRef {
  datasetId: string;
  claimId: string;
}

/** Main-thread milliseconds the content script spent on a page, by phase (for `npm run bench:content`). */
export interface ContentTimings {
  detect: number;
  extract?: number;
  highlight?: number;
  /** Waiting for the background's answer to the scan: waking the worker, loading the index, matching. */
  answer?: number;
  /** When the marks were drawn, in ms since the page's navigation started (its performance.now()). */
  shown?: number;
}

export type TabState =
  | { state: 'idle' }
  | { state: 'not-article'; page?: PageInfo; timings?: ContentTimings }
  | { state: 'scanned'; page: PageInfo; matches: ShownMatch[]; scannedAt: string; timings?: ContentTimings }
  /** The reader paused Afterword on this site: the content script read nothing but the address. */
  | { state: 'paused'; page: PageInfo; timings?: ContentTimings };

/** Why the last update (or an import) of a dataset source was refused; the options page words it. */
export type ProblemCode =
  | 'not-https'
  | 'redirect-insecure'
  | 'not-found'
  | 'http'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'stalled'
  | 'too-slow'
  | 'deadline'
  | 'too-large'
  | 'empty'
  | 'invalid'
  /** A fact-checker's feed that could not be converted into a dataset (dataset/feed.ts). */
  | 'invalid-feed'
  | 'unsigned'
  | 'bad-signature'
  | 'bad-key'
  | 'wrong-dataset'
  | 'duplicate-dataset'
  | 'duplicate-source'
  /** A file with the bundled default's id that its key did not sign. */
  | 'default-unsigned'
  | 'old-version'
  | 'interrupted'
  | 'storage'
  | 'no-previous'
  /** An answer to a held update that is no longer there (answered already, or replaced). */
  | 'no-held'
  | 'no-source'
  | 'internal';

/** A problem as data: `args` are its particulars (the file's address, a JSON path, a status code). */
export interface SourceProblem {
  code: ProblemCode;
  args: string[];
  /** When it happened (ms since the epoch). */
  at: number;
}

export type UpdatePhase = 'connecting' | 'downloading' | 'verifying' | 'installing';

/** What an update changed, counted ("12 claims added, 3 newly denied, 1 newly rated false"). */
export interface ChangeSummary {
  fromVersion: number;
  toVersion: number;
  at: number;
  added: number;
  removed: number;
  /** Claims whose derived status changed, by the status they have now. */
  newly: Partial<Record<ClaimStatus, number>>;
  eventsChanged: number;
  reworded: number;
}

export interface ChangedClaim {
  id: string;
  text: string;
  status: ClaimStatus;
  /** The status before the update, for claims whose status changed. */
  was?: ClaimStatus;
}

/** The change with its claims (each list capped; the counts in the summary stay exact). */
export interface ChangeDetail extends ChangeSummary {
  addedClaims: ChangedClaim[];
  removedClaims: ChangedClaim[];
  statusChangedClaims: ChangedClaim[];
  eventsChangedClaims: ChangedClaim[];
  rewordedClaims: ChangedClaim[];
}

/** The id the bundled default dataset goes by among the sources. */
export const BUNDLED_SOURCE_ID = 'bundled';

/** What a fact-checker's feed gave when it was converted on this device (dataset/feed.ts). */
export interface ConvertedFeed {
  format: 'claimreview' | 'factcheck-api';
  /** Claims in the converted dataset (one per review, or per API claim). */
  claims: number;
  /** Items the importer left out or shortened, with the first few of its reasons. */
  skipped: number;
  reasons: string[];
}

/** One row of the options page's dataset list: the bundled default or a subscribed source. */
export interface SourceView {
  id: string;
  kind: 'bundled' | 'url' | 'file';
  url?: string;
  fileName?: string;
  enabled: boolean;
  /** The publisher key the reader gave for this source; without one the source is unsigned. */
  keyId?: string;
  /** The version in use, when one is installed. */
  dataset?: DatasetSummary;
  /** The key that signed the version in use. */
  signedBy?: string;
  installedAt?: number;
  /** The version kept for rollback. */
  previous?: { version: number; asOf: string };
  lastCheck?: number;
  lastSuccess?: number;
  nextCheck?: number;
  problem?: SourceProblem;
  running?: { phase: UpdatePhase; received?: number; total?: number };
  change?: ChangeSummary;
  /** A version the reader rolled back: it is not installed again, a newer one is. */
  heldBack?: number;
  /** The bundled default when a source supplies the same dataset at the same or a newer version. */
  supersededBy?: string;
  /** An update held for the reader's answer because it changes too much at once: what it would change. */
  held?: ChangeSummary;
  /** No successful check for STALE_AFTER_MS (updates/policy.ts): the data in use may be out of date. */
  stale?: true;
  /** The address serves a fact-checker's feed, converted on this device. */
  feed?: ConvertedFeed;
}

export interface SourcesState {
  sources: SourceView[];
  intervalMinutes: number;
  intervalChoices: number[];
  /** Set when the installed datasets could not be read: only the bundled default is in use. */
  storageProblem?: string;
}

export interface UpdateOutcome {
  sourceId: string;
  /** `held`: a new version came but changes too much at once; it waits for the reader (SourceView.held). */
  result: 'updated' | 'unchanged' | 'failed' | 'skipped' | 'held';
  problem?: SourceProblem;
  version?: number;
}

/** The article a remembered claim was read in: what the reading memory keeps of it. */
export interface MemoryArticle {
  title?: string;
  /** The outlet's name as the page gives it. */
  outlet?: string;
  /** The site's host name ("euroweeklynews.com"). */
  site?: string;
  published?: string;
  /** Only when the reader turned on "Keep the article's address". */
  url?: string;
}

/** How a remembered claim stands in one dataset in use. */
export interface MemoryDatasetStatus {
  datasetId: string;
  datasetTitle: string;
  status: ClaimStatus;
}

/** A claim the reader read or followed, as the reading memory keeps it: what they were shown, and where. */
export interface RememberedClaim {
  /** readingKey(datasetId, claimId). */
  key: string;
  claimId: string;
  datasetId: string;
  /** The claim's wording when read, to list it even after its dataset is gone. */
  claimText: string;
  /** The status and verdict the reader was shown. */
  shown: { status: ClaimStatus; verdict: Verdict; datasetAsOf?: string };
  /** When it was read (or followed), ms since the epoch. */
  readAt: number;
  /** The article it was read in; absent for a claim followed from the look-up. */
  article?: MemoryArticle;
  /** Followed on purpose ("Follow"), not only read. */
  followed: boolean;
}

/**
 * One claim of the reading memory, as the popup's "Since you read it" and the "Your claims" page
 * show it: what the reader was shown then, and how it stands now in the data in use.
 */
export interface MemoryEntry extends RememberedClaim {
  /** `unavailable`: no dataset in use holds the claim any more (its source removed or switched off). */
  now: ClaimStatus | 'unavailable';
  /** The claim as the dataset that gives `now` has it, with that dataset's verdict and date. */
  current?: { claim: Claim; datasetId: string; datasetTitle: string; datasetAsOf?: string; verdict: Verdict };
  /** Other datasets in use that say something else than `now`. */
  disagreeing: MemoryDatasetStatus[];
  /** Its status now is not the one the reader was shown. */
  changed: boolean;
  /** Changed, and the reader has not been shown this change yet. */
  unseen: boolean;
  changedAt?: number;
}

/** The reading memory's settings, as the options page sets them. */
export interface MemorySettings {
  retentionDays: number;
  keepUrl: boolean;
  notify: boolean;
}

/** The retention periods the options page offers, in days (the default is a year). */
export const MEMORY_RETENTION_CHOICES = [30, 90, 365, 730] as const;
export const DEFAULT_MEMORY_RETENTION_DAYS = 365;

/** A site where the reader paused Afterword, and until when (src/shared/reader-db.ts). */
export interface PausedSite {
  site: string;
  /** When the reader paused it, and when Afterword comes back on it (ms since the epoch). */
  pausedAt: number;
  expiresAt: number;
}

/** A "Wrong match?" report as the popup saves it: the background adds its id and date. */
export type NewReport = Omit<WrongMatchReport, 'id' | 'createdAt'>;

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
  | { type: 'popup:intent'; tabId: number | null }
  /** The options page's dataset list: the bundled default and every source, with their state. */
  | { type: 'sources:list' }
  | { type: 'sources:add'; url: string; publicKey?: string }
  | { type: 'sources:remove'; sourceId: string }
  | { type: 'sources:enable'; sourceId: string; enabled: boolean }
  /** Check one source now, or every enabled one; answered when the checks are done. */
  | { type: 'sources:update'; sourceId?: string }
  | { type: 'sources:rollback'; sourceId: string }
  /** What the version in use changed, or with `held` what the held update would change. */
  | { type: 'sources:changes'; sourceId: string; held?: boolean }
  /** The reader's answer to a held update: install it, or discard it. */
  | { type: 'sources:hold'; sourceId: string; install: boolean }
  /** A publisher key for an existing source: without `confirm` only checked and described, with it saved. */
  | { type: 'sources:key'; sourceId: string; publicKey: string; confirm: boolean }
  | { type: 'sources:interval'; minutes: number }
  /** A dataset file the options page handed over through src/shared/transfer.ts. */
  | { type: 'sources:import'; transferId: string; fileName: string }
  | { type: 'sources:export'; sourceId: string }
  /** "About this site": the outlet of the page at `url`, by its registrable domain or handle, never by its metadata. */
  | { type: 'outlets:site'; url: string }
  /** The Outlets view: every outlet of the enabled datasets, or those a search finds (name, host, handle). */
  | { type: 'outlets:list'; query: string }
  /** Where each of these claims came from (the claim card's "First reported by …"). */
  | { type: 'outlets:origins'; claims: ClaimRef[] }
  /** The reading memory: every remembered claim (or those whose claim or article matches `query`), newest first. */
  | { type: 'memory:list'; query?: string }
  /** The popup or "Your claims" showed the changes: they are no longer counted on the badge. */
  | { type: 'memory:seen' }
  /** Forget one remembered claim (its key). */
  | { type: 'memory:forget'; key: string }
  /** "Forget everything": the whole reading memory. */
  | { type: 'memory:forget-all' }
  /** "Follow" (or "Stop following") a claim, read in an article or not. */
  | { type: 'memory:follow'; claim: ClaimRef; follow: boolean }
  /** Which of these claims the reader follows. */
  | { type: 'memory:following'; claims: ClaimRef[] }
  /** The reading memory's settings: read them, or change the fields given. */
  | { type: 'memory:settings'; retentionDays?: number; keepUrl?: boolean; notify?: boolean }
  /** A content script: is Afterword paused on my page's site? (Never the list.) */
  | { type: 'paused:here' }
  /** The options page's list of paused sites. */
  | { type: 'paused:list' }
  /** The popup's site switch and the options page: pause or resume the site of `url`. */
  | { type: 'paused:set'; url: string; paused: boolean }
  /** A content script: the hints hidden on its page (`url` must be on the sender's own site). */
  | { type: 'hints:page'; url: string }
  /** The popup: the hints hidden on the page at `url`. */
  | { type: 'hints:get'; url: string }
  /** The popup's "Wrong match?" and its undo: hide or show a claim's hint on the page at `url`. */
  | { type: 'hints:set'; url: string; claimId: string; hidden: boolean }
  | { type: 'reports:list' }
  | { type: 'reports:add'; report: NewReport }
  | { type: 'reports:clear' };

export interface Responses {
  /** Each match with its claim (ShownMatch is a MatchResult): the in-page card says what the popup says. */
  /**
   * `said`: the page's count in words for its live region ("Afterword: 3 tracked claims in this
   * article"), the tab's distinct stated claims so far (toolbar.ts countSaid).
   */
  'article:scan': { matches: ShownMatch[]; said: string };
  'article:none': { ok: true };
  'article:highlighted': { ok: true };
  'tab:get': { tab: TabState; datasets: DatasetSummary[] };
  'datasets:list': { datasets: DatasetSummary[] };
  'article:more': { matches: ShownMatch[]; said: string };
  'article:paused': { ok: true };
  /** `suggestion`: the query respelt ("did you mean"), when the corrected spelling finds more claims. */
  'lookup:search': { hits: LookupHit[]; suggestion?: string };
  'card:more': { opened: 'popup' | 'window' | 'tab' };
  'popup:intent': { intent: PopupIntent | null };
  'sources:list': SourcesState;
  /** A refused address or key comes back as a problem, for the page to put in words. */
  'sources:add': { sourceId: string } | { problem: SourceProblem };
  'sources:remove': { ok: true };
  'sources:enable': { ok: true };
  'sources:update': { outcomes: UpdateOutcome[] };
  'sources:rollback': { version: number } | { problem: SourceProblem };
  'sources:changes': { change: ChangeDetail | null };
  'sources:hold': { version: number; installed: boolean } | { problem: SourceProblem };
  'sources:key': { keyId: string; previousKeyId?: string; saved: boolean } | { problem: SourceProblem };
  'sources:interval': { minutes: number };
  'sources:import': { sourceId: string; outcome: UpdateOutcome };
  'sources:export': { transferId: string; fileName: string };
  'outlets:site': { outlet: OutletView | null };
  'outlets:list': { outlets: OutletView[]; total: number };
  'outlets:origins': { origins: ClaimOrigin[] };
  'memory:list': { entries: MemoryEntry[]; total: number };
  'memory:seen': { ok: true };
  'memory:forget': { ok: true };
  'memory:forget-all': { ok: true };
  'memory:follow': { following: boolean };
  /** The keys (readingKey) of the claims followed. */
  'memory:following': { following: ClaimRef[] };
  'memory:settings': MemorySettings;
  'paused:here': { paused: boolean };
  'paused:list': { sites: PausedSite[] };
  'paused:set': { sites: PausedSite[] };
  'hints:page': { claimIds: string[] };
  'hints:get': { claimIds: string[] };
  'hints:set': { claimIds: string[] };
  /** Oldest first, with how many days a report is kept (REPORT_KEEP_DAYS) for the popup to say. */
  'reports:list': { reports: WrongMatchReport[]; keepDays: number };
  'reports:add': { report: WrongMatchReport };
  'reports:clear': { ok: true };
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
  'sources:list',
  'sources:add',
  'sources:remove',
  'sources:enable',
  'sources:update',
  'sources:rollback',
  'sources:changes',
  'sources:hold',
  'sources:key',
  'sources:interval',
  'sources:import',
  'sources:export',
  'outlets:site',
  'outlets:list',
  'outlets:origins',
  'memory:list',
  'memory:seen',
  'memory:forget',
  'memory:forget-all',
  'memory:follow',
  'memory:following',
  'memory:settings',
  'paused:here',
  'paused:list',
  'paused:set',
  'hints:page',
  'hints:get',
  'hints:set',
  'reports:list',
  'reports:add',
  'reports:clear',
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
  | { type: 'page:command'; command: PageCommand }
  /** The popup's "Hide/Show highlights": set them shown or hidden, or (no `show`) just ask; answered by PageHighlightsReply. */
  | { type: 'page:highlights'; show?: boolean }
  /** The popup's "Check this page anyway": read the page as an article although it does not look like one. */
  | { type: 'page:scan' };

/** The answer to page:highlights: whether the page has highlights at all, and whether they show. */
export interface PageHighlightsReply {
  ok: boolean;
  shown: boolean;
}

export type PageCommand = 'toggle-highlights' | 'next-passage' | 'previous-passage';

export const PAGE_COMMANDS: readonly PageCommand[] = [
  'toggle-highlights',
  'next-passage',
  'previous-passage',
];

export function isPageRequest(value: unknown): value is PageRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; claimId?: unknown; command?: unknown; show?: unknown };
  if (v.type === 'page:reveal') return typeof v.claimId === 'string';
  if (v.type === 'page:command') return PAGE_COMMANDS.includes(v.command as PageCommand);
  if (v.type === 'page:highlights') return v.show === undefined || typeof v.show === 'boolean';
  return v.type === 'page:scan';
}

/**
 * What the background tells its pages unasked (runtime.sendMessage to every extension page): a
 * source's state changed, or a download made progress. Pages refetch `sources:list` or move the bar.
 */
export type BackgroundEvent = {
  type: 'sources:changed';
  sourceId?: string;
  running?: { phase: UpdatePhase; received?: number; total?: number };
};

export function isBackgroundEvent(value: unknown): value is BackgroundEvent {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'sources:changed'
  );
}

/**
 * The reader's paused sites, hidden hints or reports changed: sent to the extension's pages and to
 * every tab's content script, which ask again about their own page (it says nothing of what changed).
 */
export interface ReaderDataEvent {
  type: 'reader:changed';
  what: 'paused' | 'hidden' | 'reports';
}

export function isReaderDataEvent(value: unknown): value is ReaderDataEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; what?: unknown };
  return v.type === 'reader:changed' && (v.what === 'paused' || v.what === 'hidden' || v.what === 'reports');
}

/** The reading memory changed (a claim read, forgotten, or its status changed): "Your claims" reloads. */
export interface MemoryEvent {
  type: 'memory:changed';
}

export function isMemoryEvent(value: unknown): value is MemoryEvent {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'memory:changed'
  );
}
