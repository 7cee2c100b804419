/**
 * Who may send each request of the protocol (messages.ts), and the shape of its fields. The
 * background answers nothing before a request passes both (src/background/router.ts):
 *
 * - `content`: the content script of a tab's top frame. A web page can make its content script
 *   send anything (the page controls the DOM the script reads), so these requests are about that
 *   tab only, attributed to the sender's tab, never to a tab id they name; and every field is
 *   bounded (src/article/limits.ts), so one tab cannot make the background, or another tab's
 *   results, pay for a hostile page.
 * - `extension`: the extension's own pages (popup, options page), whose address the browser sets
 *   inside the extension's origin. They may be opened in a tab (the options page, the popup's window
 *   or tab fallback), so the sender's tab does not decide it; its address does. Only they may read
 *   another tab's results, the datasets, the look-up and what the popup should open on, or change
 *   what the reader's browser downloads and trusts.
 *
 * The table is typed over every request type, so a new request cannot be added without saying who
 * sends it and what its fields are (a unit test also walks it).
 */
import * as v from 'valibot';
import { PAGE_LIMITS } from '../article/limits';
import { LIMITS } from '../dataset/limits';
import type { RequestOf, RequestType } from './messages';
import { MAX_REPORT_SENTENCE_CHARS } from './reports';

export type SenderKind = 'content' | 'extension';

export interface Declaration<T extends RequestType> {
  from: SenderKind;
  schema: v.GenericSchema<unknown, RequestOf<T>>;
}

/** What the browser says about a message's sender (runtime.MessageSender's parts read here). */
export interface SenderInfo {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Characters of a look-up query. The look-up reads the first 300 (engine/lookup.ts); the popup sends
 * what the reader typed or pasted, so a pasted paragraph is still answered, and anything longer
 * than a few pages of text is refused.
 */
export const MAX_LOOKUP_QUERY_CHARS = 10_000;
/** Results one look-up may ask for: the background gives at most 20 (background/lookup.ts). */
const MAX_LOOKUP_RESULTS = 100;
/** Characters of a source id or a transfer id: both are UUIDs (36) or "bundled". */
const MAX_ID_CHARS = 64;
/**
 * Characters of a dataset address or a publisher key the reader pasted: URLs are held to 2,048 by
 * the format (LIMITS.url) and a key file is a few hundred characters; past 64 KiB it is neither, and
 * the refusal says so before the address or key is parsed.
 */
const MAX_PASTED_CHARS = 64 * 1024;
/** Characters of a file name a dataset file was imported from (file systems stop at 255 bytes). */
const MAX_FILE_NAME_CHARS = 1_024;
/** Characters of an Outlets search: a name, a host or a handle, or an address pasted whole. */
const MAX_OUTLET_QUERY_CHARS = 2_048;
/**
 * Claims one origins request may name: the popup asks for the claims it shows (a page's matches,
 * at most a few dozen, or a look-up's 20 results), so a hundred is plenty and bounds the work.
 */
export const MAX_ORIGIN_CLAIMS = 100;

/**
 * 65536 → "65,536", as toLocaleString('en') writes a whole number: that call, made here while the
 * schemas are built, loaded the number formatter at every worker start (12–25 ms).
 */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const string = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.maxLength(max, `${what} must be at most ${grouped(max)} characters`),
  );
const filled = (max: number, what: string) => v.pipe(string(max, what), v.minLength(1, `${what} is missing`));
const tabId = v.pipe(
  v.number('the tab id must be a number'),
  v.safeInteger('the tab id must be a whole number'),
  v.minValue(0, 'the tab id must not be negative'),
);
const ms = (what: string) =>
  v.pipe(
    v.number(`the ${what} time must be a number`),
    v.finite(`the ${what} time must be finite`),
    v.minValue(0, `the ${what} time must not be negative`),
  );
const timings = v.strictObject(
  {
    detect: ms('detection'),
    extract: v.optional(ms('reading')),
    highlight: v.optional(ms('highlighting')),
    answer: v.optional(ms('answer')),
    shown: v.optional(ms('drawing')),
  },
  'the timings must be an object of detect, extract, highlight, answer and shown times',
);
const pageUrl = filled(PAGE_LIMITS.urlChars, 'the page’s address');
const page = v.strictObject(
  {
    url: pageUrl,
    title: v.optional(string(PAGE_LIMITS.titleChars, 'the title')),
    published: v.optional(string(PAGE_LIMITS.dateChars, 'the publication date')),
    outlet: v.optional(string(PAGE_LIMITS.outletChars, 'the site’s name')),
    language: v.optional(string(PAGE_LIMITS.languageChars, 'the language')),
  },
  'the page must be an object of url, title, published, outlet and language',
);
const articleText = string(PAGE_LIMITS.articleChars, 'the article’s text');
const sourceId = filled(MAX_ID_CHARS, 'the source');
const claimRef = v.strictObject(
  { datasetId: filled(LIMITS.id, 'the dataset'), claimId: filled(LIMITS.id, 'the claim') },
  'each claim must be an object of datasetId and claimId',
);
/** Characters of a reading-memory key: a dataset id and a claim id with a separator. */
const MAX_MEMORY_KEY_CHARS = 2 * LIMITS.id + 1;
/** Characters of a "Your claims" search: words of a claim, an outlet or a title. */
const MAX_MEMORY_QUERY_CHARS = 2_048;
/** Days a claim read may be kept: from one day to ten years (the options page offers a few of them). */
const MAX_RETENTION_DAYS = 3_650;

/** Words of a claim a match found: a claim's text has at most a few hundred. */
const MAX_REPORT_TERMS = 500;
/** Characters of one matched word (stemmed): longer is no word. */
const MAX_REPORT_TERM_CHARS = 200;
const report = v.strictObject(
  {
    claimId: filled(LIMITS.id, 'the claim'),
    datasetId: filled(LIMITS.id, 'the dataset'),
    claimText: string(LIMITS.text, 'the claim’s text'),
    kind: v.picklist(['match', 'related'], 'the kind of match must be "match" or "related"'),
    sentence: string(MAX_REPORT_SENTENCE_CHARS, 'the sentence'),
    matchedTerms: v.pipe(
      v.array(string(MAX_REPORT_TERM_CHARS, 'a matched word'), 'the matched words must be a list'),
      v.maxLength(MAX_REPORT_TERMS, `at most ${MAX_REPORT_TERMS} matched words may be given`),
    ),
    score: v.pipe(v.number('the score must be a number'), v.finite('the score must be finite')),
    url: v.optional(pageUrl),
  },
  'the report must be an object of claimId, datasetId, claimText, kind, sentence, matchedTerms, score and url',
);

/** A request object: exactly these fields, `type` first among them. */
const request = <T extends RequestType, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.strictObject({ type: v.literal(type), ...entries }, `a ${type} request must be an object`);

export const PROTOCOL: { readonly [T in RequestType]: Declaration<T> } = {
  'article:scan': {
    from: 'content',
    schema: request('article:scan', { page, text: articleText, timings }),
  },
  'article:none': { from: 'content', schema: request('article:none', { url: pageUrl, timings }) },
  'article:highlighted': { from: 'content', schema: request('article:highlighted', { timings }) },
  'article:more': { from: 'content', schema: request('article:more', { page, text: articleText }) },
  'article:paused': { from: 'content', schema: request('article:paused', { url: pageUrl }) },
  'card:more': { from: 'content', schema: request('card:more', { claimId: filled(LIMITS.id, 'the claim') }) },
  'tab:get': { from: 'extension', schema: request('tab:get', { tabId }) },
  'datasets:list': { from: 'extension', schema: request('datasets:list', {}) },
  'lookup:search': {
    from: 'extension',
    schema: request('lookup:search', {
      query: string(MAX_LOOKUP_QUERY_CHARS, 'the query'),
      limit: v.optional(
        v.pipe(
          v.number('the number of results must be a number'),
          v.safeInteger('the number of results must be a whole number'),
          v.minValue(1, 'the number of results must be at least 1'),
          v.maxValue(MAX_LOOKUP_RESULTS, `the number of results must be at most ${MAX_LOOKUP_RESULTS}`),
        ),
      ),
    }),
  },
  'popup:intent': {
    from: 'extension',
    schema: request('popup:intent', { tabId: v.nullable(tabId) }),
  },
  'sources:list': { from: 'extension', schema: request('sources:list', {}) },
  'sources:add': {
    from: 'extension',
    schema: request('sources:add', {
      url: string(MAX_PASTED_CHARS, 'the address'),
      publicKey: v.optional(string(MAX_PASTED_CHARS, 'the publisher’s key')),
    }),
  },
  'sources:remove': { from: 'extension', schema: request('sources:remove', { sourceId }) },
  'sources:enable': {
    from: 'extension',
    schema: request('sources:enable', {
      sourceId,
      enabled: v.boolean('whether the source is on must be true or false'),
    }),
  },
  'sources:update': {
    from: 'extension',
    schema: request('sources:update', { sourceId: v.optional(sourceId) }),
  },
  'sources:rollback': { from: 'extension', schema: request('sources:rollback', { sourceId }) },
  'sources:changes': {
    from: 'extension',
    schema: request('sources:changes', {
      sourceId,
      held: v.optional(v.boolean('whether the held update is meant must be true or false')),
    }),
  },
  'sources:hold': {
    from: 'extension',
    schema: request('sources:hold', {
      sourceId,
      install: v.boolean('whether to install the held update must be true or false'),
    }),
  },
  'sources:key': {
    from: 'extension',
    schema: request('sources:key', {
      sourceId,
      publicKey: filled(MAX_PASTED_CHARS, 'the publisher’s key'),
      confirm: v.boolean('whether the key is confirmed must be true or false'),
    }),
  },
  'sources:interval': {
    from: 'extension',
    schema: request('sources:interval', {
      minutes: v.pipe(v.number('the interval must be a number'), v.finite('the interval must be finite')),
    }),
  },
  'sources:import': {
    from: 'extension',
    schema: request('sources:import', {
      transferId: filled(MAX_ID_CHARS, 'the file'),
      fileName: string(MAX_FILE_NAME_CHARS, 'the file’s name'),
    }),
  },
  'sources:export': { from: 'extension', schema: request('sources:export', { sourceId }) },
  'outlets:site': { from: 'extension', schema: request('outlets:site', { url: pageUrl }) },
  'outlets:list': {
    from: 'extension',
    schema: request('outlets:list', { query: string(MAX_OUTLET_QUERY_CHARS, 'the search') }),
  },
  'outlets:origins': {
    from: 'extension',
    schema: request('outlets:origins', {
      claims: v.pipe(
        v.array(claimRef, 'the claims must be a list'),
        v.maxLength(MAX_ORIGIN_CLAIMS, `at most ${MAX_ORIGIN_CLAIMS} claims may be asked about at once`),
      ),
    }),
  },
  // The reading memory: only the extension's own pages may read it or change it, never a page.
  'memory:list': {
    from: 'extension',
    schema: request('memory:list', { query: v.optional(string(MAX_MEMORY_QUERY_CHARS, 'the search')) }),
  },
  'memory:seen': { from: 'extension', schema: request('memory:seen', {}) },
  'memory:forget': {
    from: 'extension',
    schema: request('memory:forget', { key: filled(MAX_MEMORY_KEY_CHARS, 'the remembered claim') }),
  },
  'memory:forget-all': { from: 'extension', schema: request('memory:forget-all', {}) },
  'memory:follow': {
    from: 'extension',
    schema: request('memory:follow', {
      claim: claimRef,
      follow: v.boolean('whether to follow the claim must be true or false'),
    }),
  },
  'memory:following': {
    from: 'extension',
    schema: request('memory:following', {
      claims: v.pipe(
        v.array(claimRef, 'the claims must be a list'),
        v.maxLength(MAX_ORIGIN_CLAIMS, `at most ${MAX_ORIGIN_CLAIMS} claims may be asked about at once`),
      ),
    }),
  },
  'memory:settings': {
    from: 'extension',
    schema: request('memory:settings', {
      retentionDays: v.optional(
        v.pipe(
          v.number('the retention must be a number of days'),
          v.safeInteger('the retention must be a whole number of days'),
          v.minValue(1, 'the retention must be at least 1 day'),
          v.maxValue(MAX_RETENTION_DAYS, `the retention must be at most ${MAX_RETENTION_DAYS} days`),
        ),
      ),
      keepUrl: v.optional(v.boolean('whether to keep addresses must be true or false')),
      notify: v.optional(v.boolean('whether to notify must be true or false')),
    }),
  },
  // The reader's paused sites, hidden hints and reports (src/background/reader-data/): a page's
  // content script learns only whether its own site is paused and the hints hidden on a page of its
  // own site (the handler checks the site against the sender's address); the lists and every change
  // are for the extension's own pages.
  'paused:here': { from: 'content', schema: request('paused:here', {}) },
  'paused:list': { from: 'extension', schema: request('paused:list', {}) },
  'paused:set': {
    from: 'extension',
    schema: request('paused:set', {
      url: pageUrl,
      paused: v.boolean('whether the site is paused must be true or false'),
    }),
  },
  'hints:page': { from: 'content', schema: request('hints:page', { url: pageUrl }) },
  'hints:get': { from: 'extension', schema: request('hints:get', { url: pageUrl }) },
  'hints:set': {
    from: 'extension',
    schema: request('hints:set', {
      url: pageUrl,
      claimId: filled(LIMITS.id, 'the claim'),
      hidden: v.boolean('whether the hint is hidden must be true or false'),
    }),
  },
  'reports:list': { from: 'extension', schema: request('reports:list', {}) },
  'reports:add': { from: 'extension', schema: request('reports:add', { report }) },
  'reports:clear': { from: 'extension', schema: request('reports:clear', {}) },
};

const isRequestType = (type: unknown): type is RequestType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(PROTOCOL, type);

/** Whether the sender is what `from` asks for; `ownOrigin` is the extension's base URL (runtime.getURL('')). */
export function senderIs(from: SenderKind, sender: SenderInfo, ownOrigin: string): boolean {
  const ownPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (from === 'extension') return ownPage;
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 && sender.frameId === 0 && !ownPage;
}

const SENDER_WORDS: Record<SenderKind, string> = {
  content: 'a page’s content script (top frame)',
  extension: 'the extension’s own pages',
};

export type Checked<T extends RequestType = RequestType> =
  { ok: true; request: RequestOf<T> } | { ok: false; error: string };

/**
 * The request, when its type is known, its sender is the one the type declares and its fields are
 * its schema's; else why not, in words (the first problem found).
 */
export function checkRequest(message: unknown, sender: SenderInfo, ownOrigin: string): Checked {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof message !== 'object' || message === null || !isRequestType(type))
    return {
      ok: false,
      error: `Unknown request${typeof type === 'string' ? ` "${type.slice(0, 64)}"` : ''}`,
    };
  const declaration = PROTOCOL[type] as Declaration<RequestType>;
  if (!senderIs(declaration.from, sender, ownOrigin))
    return { ok: false, error: `Only ${SENDER_WORDS[declaration.from]} may send ${type}` };
  const parsed = v.safeParse(declaration.schema, message, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const key = issue.path?.at(-1)?.key;
    // A strict object's issue for a field it lacks or does not know names the object, not the field.
    const field = issue.type === 'strict_object' && typeof key === 'string' ? key.slice(0, 64) : undefined;
    const problem =
      field === undefined
        ? issue.message
        : issue.expected === 'never'
          ? `"${field}" is not a field of ${type}`
          : `"${field}" is missing`;
    return { ok: false, error: `Refused ${type}: ${problem}` };
  }
  return { ok: true, request: parsed.output };
}
