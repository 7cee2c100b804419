/**
 * The one stand-in for src/shared/browser (the seam) in the unit tests: the parts of the extension
 * API that the background, the popup and the options page use, each typed by webextension-polyfill's
 * own declaration (so a fake that drifts from the real API fails typecheck), with state a test can
 * read and set. Creating one also gives the test a fresh, empty IndexedDB (fake-indexeddb), so
 * background code reads and writes its real database instead of falling back as if storage were
 * broken.
 *
 * Creating one installs it: from then on src/shared/browser is this fake (the unit project puts
 * test/support/browser-seam.ts in that module's place, vitest.config.ts), so no test file mocks the
 * seam itself. Create one fresh for every test, so no test sees what another left behind:
 *
 *   let fake: FakeBrowser;
 *   beforeEach(() => { fake = createFakeBrowser(); });
 *
 * Messages: a page's runtime.sendMessage(request) goes to the background, as in the browser. The
 * background is either the real router (connectBackground(handle), for tests of a page against the
 * real handlers) or answers a test writes (state.handlers, for a page in a state the real background
 * would need a long set-up to reach). What the background sends (its events) reaches the pages'
 * runtime.onMessage listeners.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
// Types only, and the point of this file: the fake is checked against the real API's declaration.
// eslint-disable-next-line no-restricted-imports
import type {
  Action,
  Alarms,
  Commands,
  Events,
  I18n,
  Menus,
  Permissions,
  Runtime,
  Storage,
  Tabs,
  Windows,
} from 'webextension-polyfill';
import { isRequest, type Reply, type Request } from '../../src/shared/messages';

/** Where the fake extension lives: what runtime.getURL('') answers. */
export const EXTENSION_ORIGIN = 'chrome-extension://test/';
/** The tab tabs.query finds (the active one) unless a test says otherwise. */
export const ACTIVE_TAB_ID = 42;
/** How the popup appears to the background as a sender. */
export const POPUP_SENDER: Runtime.MessageSender = { url: `${EXTENSION_ORIGIN}src/popup/index.html` };

type AnyListener = (...args: never[]) => unknown;

/** A browser event: listeners a test can list and fire. */
export interface FakeEvent<L extends AnyListener> extends Events.Event<L> {
  readonly listeners: L[];
  fire(...args: Parameters<L>): unknown[];
}

function event<L extends AnyListener>(): FakeEvent<L> {
  const listeners: L[] = [];
  return {
    listeners,
    addListener: (l: L) => void listeners.push(l),
    removeListener: (l: L) => {
      const at = listeners.indexOf(l);
      if (at >= 0) listeners.splice(at, 1);
    },
    hasListener: (l: L) => listeners.includes(l),
    fire: (...args: Parameters<L>) => [...listeners].map((l) => l(...(args as never[]))),
  };
}

/** A tab as the API describes one: only the id and whether it is active matter here. */
function tabOf(id: number, active = true): Tabs.Tab {
  return { id, index: 0, windowId: 1, active, highlighted: active, pinned: false, incognito: false };
}

/** What each request answers in the current test; a function may throw to simulate a background error. */
export type Handlers = { [T in Request['type']]?: (req: Extract<Request, { type: T }>) => unknown };

/** The real background's entry point (src/background/router.ts `handle`). */
export type BackgroundHandle = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>;

type StorageListener = (changes: Record<string, Storage.StorageChange>, areaName: string) => void;

/** The commands the manifest declares, as browser.commands.getAll() lists them. */
const COMMANDS: Commands.Command[] = [
  {
    name: 'toggle-highlights',
    description: 'Show or hide Afterword’s highlights on the page',
    shortcut: 'Alt+Shift+H',
  },
  { name: 'next-passage', description: 'Go to the next highlighted passage', shortcut: 'Alt+Shift+J' },
  { name: 'previous-passage', description: 'Go to the previous highlighted passage', shortcut: '' },
];

export function createFakeBrowser() {
  // Every fake browser has its own empty database: no test sees another's.
  globalThis.indexedDB = new IDBFactory();

  const state: {
    /** Answers of a test-written background; unused once connectBackground() is called. */
    handlers: Handlers;
    /** _locales messages by key, for i18n.getMessage ('' when absent: the UI falls back to English). */
    messages: Record<string, string>;
    /** storage.local's contents. */
    local: Record<string, unknown>;
    /** What tabs.sendMessage answers (the content script's side). */
    pageReply: (tabId: number, message: unknown) => unknown;
    /** The real router, when connected. */
    background?: BackgroundHandle;
  } = { handlers: {}, messages: {}, local: {}, pageReply: () => ({ ok: true }) };

  const session = new Map<string, unknown>();
  /**
   * storage.session's quota, counted as Chrome does (each key's length plus its value's JSON
   * length); a set() past it fails and stores nothing, as in Chrome. Unlimited unless a test sets it.
   */
  const sessionQuota = { bytes: Infinity };
  const sessionBytes = (entries: Iterable<[string, unknown]>) => {
    let n = 0;
    for (const [k, v] of entries) n += k.length + JSON.stringify(v).length;
    return n;
  };
  /** What the background opened: popups, windows and tabs (by URL), in order. */
  const opened: { kind: 'popup' | 'window' | 'tab'; url?: string; windowId?: number }[] = [];
  /** Messages sent to tabs' content scripts. */
  const tabMessages: { tabId: number; message: unknown }[] = [];
  const menus: Menus.CreateCreatePropertiesType[] = [];
  /** Whether action.openPopup() succeeds (Chrome with a focused window) or throws (no gesture, headless). */
  const popupAllowed = { value: true };
  const badges = new Map<number, { text: string; color?: string; title?: string }>();
  const alarms = new Map<string, Alarms.Alarm>();
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, { text: '' }).get(tabId)!;

  const onStorageChanged = event<StorageListener>();
  const onMessage = event<(message: unknown, sender: Runtime.MessageSender) => unknown>();

  /** The keys a get() asks for, with their defaults (StorageArea.get's four forms). */
  function wanted(
    keys: null | undefined | string | string[] | Record<string, unknown>,
    all: () => string[],
  ): [string, unknown][] {
    if (keys === null || keys === undefined) return all().map((k) => [k, undefined]);
    if (typeof keys === 'string') return [[keys, undefined]];
    if (Array.isArray(keys)) return keys.map((k) => [k, undefined]);
    return Object.entries(keys);
  }

  /** storage.local: a record a test can set directly; changes reach storage.onChanged. */
  const local = {
    get: vi.fn<Storage.StorageArea['get']>(async (keys) => {
      const out: Record<string, unknown> = {};
      for (const [k, fallback] of wanted(keys, () => Object.keys(state.local))) {
        if (k in state.local) out[k] = structuredClone(state.local[k]);
        else if (fallback !== undefined) out[k] = fallback;
      }
      return out;
    }),
    set: vi.fn<Storage.StorageArea['set']>(async (items) => {
      const changes: Record<string, Storage.StorageChange> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: state.local[k], newValue: structuredClone(v) };
        state.local[k] = structuredClone(v);
      }
      onStorageChanged.fire(changes, 'local');
    }),
    remove: vi.fn<Storage.StorageArea['remove']>(async (keys) => {
      const changes: Record<string, Storage.StorageChange> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!(k in state.local)) continue;
        changes[k] = { oldValue: state.local[k] };
        delete state.local[k];
      }
      onStorageChanged.fire(changes, 'local');
    }),
  };

  /** storage.session: a Map, with Chrome's quota. */
  const sessionArea = {
    get: vi.fn<Storage.StorageArea['get']>(async (keys) => {
      const out: Record<string, unknown> = {};
      for (const [k, fallback] of wanted(keys, () => [...session.keys()])) {
        if (session.has(k)) out[k] = structuredClone(session.get(k));
        else if (fallback !== undefined) out[k] = fallback;
      }
      return out;
    }),
    set: vi.fn<Storage.StorageArea['set']>(async (items) => {
      const after = new Map(session);
      for (const [k, v] of Object.entries(items)) after.set(k, v);
      if (sessionQuota.bytes !== Infinity && sessionBytes(after) > sessionQuota.bytes)
        throw new Error('Resource::kQuotaBytes quota exceeded');
      for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
    }),
    remove: vi.fn<Storage.StorageArea['remove']>(async (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) session.delete(k);
    }),
  };

  /** A request from a page, answered by the connected router or by the test's handlers. */
  async function toBackground(request: Request): Promise<unknown> {
    if (state.background) return state.background(request, POPUP_SENDER);
    const handler = state.handlers[request.type] as ((r: Request) => unknown) | undefined;
    if (!handler)
      return { ok: false, error: `No handler for ${request.type}` } satisfies Reply<Request['type']>;
    try {
      return { ok: true, value: await handler(request) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Delivers a background event to the pages' runtime.onMessage listeners. */
  const broadcast = (message: unknown) => {
    onMessage.fire(message, { id: 'afterword' });
  };

  const runtime = {
    onMessage,
    onInstalled: event<(details: Runtime.OnInstalledDetailsType) => void>(),
    sendMessage: vi.fn<Runtime.Static['sendMessage']>(async (message: unknown) => {
      // Pages send requests; the background sends events, which only pages listen to.
      if (isRequest(message)) return toBackground(message);
      broadcast(message);
      return undefined;
    }),
    getURL: vi.fn<Runtime.Static['getURL']>((path) => `${EXTENSION_ORIGIN}${path}`),
    openOptionsPage: vi.fn<Runtime.Static['openOptionsPage']>(async () => undefined),
    getManifest: vi.fn<Runtime.Static['getManifest']>(() => ({
      manifest_version: 3,
      name: 'Afterword',
      version: '0.1.0',
      permissions: ['storage', 'contextMenus'],
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['src/content/index.ts'] }],
    })),
  };

  const tabs = {
    onRemoved: event<(tabId: number, removeInfo: Tabs.OnRemovedRemoveInfoType) => void>(),
    onUpdated: event<(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => void>(),
    query: vi.fn<Tabs.Static['query']>(async () => [tabOf(ACTIVE_TAB_ID)]),
    get: vi.fn<Tabs.Static['get']>(async (tabId) => tabOf(tabId)),
    sendMessage: vi.fn(async (tabId: number, message: unknown) => {
      tabMessages.push({ tabId, message });
      return state.pageReply(tabId, message);
    }),
    create: vi.fn<Tabs.Static['create']>(async ({ url }) => {
      opened.push({ kind: 'tab', url });
      return tabOf(1000 + opened.length);
    }),
  };

  const windows = {
    create: vi.fn<Windows.Static['create']>(async (info) => {
      const url = info?.url;
      opened.push({ kind: 'window', url: Array.isArray(url) ? url[0] : url });
      return { id: 2000 + opened.length, focused: true, incognito: false, alwaysOnTop: false };
    }),
  };

  const contextMenus = {
    onClicked: event<(info: Menus.OnClickData, tab: Tabs.Tab | undefined) => void>(),
    removeAll: vi.fn<Menus.Static['removeAll']>(async () => void menus.splice(0)),
    create: vi.fn<Menus.Static['create']>((item) => {
      menus.push(item);
      return item.id ?? menus.length;
    }),
  };

  const commands = {
    onCommand: event<(command: string, tab: Tabs.Tab | undefined) => void>(),
    getAll: vi.fn<Commands.Static['getAll']>(async () => structuredClone(COMMANDS)),
  };

  const action = {
    openPopup: vi.fn<Action.Static['openPopup']>(async (options) => {
      if (!popupAllowed.value) throw new Error('openPopup is not allowed here');
      opened.push({ kind: 'popup', windowId: options?.windowId });
    }),
    setBadgeText: vi.fn<Action.Static['setBadgeText']>(async ({ tabId, text }) => {
      if (tabId !== undefined) badge(tabId).text = text ?? '';
    }),
    setBadgeBackgroundColor: vi.fn<Action.Static['setBadgeBackgroundColor']>(async ({ tabId, color }) => {
      if (tabId !== undefined && typeof color === 'string') badge(tabId).color = color;
    }),
    setBadgeTextColor: vi.fn<Action.Static['setBadgeTextColor']>(async () => undefined),
    setTitle: vi.fn<Action.Static['setTitle']>(async ({ tabId, title }) => {
      if (tabId !== undefined) badge(tabId).title = title ?? '';
    }),
  };

  const alarmsApi = {
    /** The alarms set, by name. */
    all: alarms,
    create: vi.fn(async (name: string, info: Alarms.CreateAlarmInfoType) => {
      alarms.set(name, {
        name,
        scheduledTime: info.when ?? Date.now() + (info.delayInMinutes ?? 0) * 60_000,
        periodInMinutes: info.periodInMinutes,
      });
    }),
    clear: vi.fn<Alarms.Static['clear']>(async (name) => alarms.delete(name ?? '')),
    get: vi.fn(async (name?: string) => alarms.get(name ?? '')),
    getAll: vi.fn<Alarms.Static['getAll']>(async () => [...alarms.values()]),
    onAlarm: event<(alarm: Alarms.Alarm) => void>(),
  };

  const permissions = {
    request: vi.fn<Permissions.Static['request']>(async () => true),
    contains: vi.fn<Permissions.Static['contains']>(async () => false),
    remove: vi.fn<Permissions.Static['remove']>(async () => true),
  };

  /** Whether this page runs in a private window (the popup in an incognito window). */
  const extension = { inIncognitoContext: false };

  const i18n = {
    getMessage: vi.fn<I18n.Static['getMessage']>((key) => state.messages[key] ?? ''),
    getUILanguage: vi.fn<I18n.Static['getUILanguage']>(() => 'en-GB'),
  };

  const fake = {
    // The API, as src/shared/browser's default export.
    runtime,
    tabs,
    windows,
    contextMenus,
    commands,
    action,
    alarms: alarmsApi,
    permissions,
    extension,
    i18n,
    storage: { local, session: sessionArea, onChanged: onStorageChanged },

    // What a test reads and sets.
    state,
    session,
    sessionQuota,
    badges,
    opened,
    tabMessages,
    menus,
    popupAllowed,
    /** Delivers a message to the pages' runtime.onMessage listeners, as the background's broadcast would. */
    broadcast,
    /** Pages' requests go to the real router from now on (see the header). */
    connectBackground(handle: BackgroundHandle) {
      state.background = handle;
    },
  };
  (globalThis as WithInstalled)[INSTALLED] = fake;
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/**
 * Where the installed fake is kept: on the global object, not in this module, because a test that
 * calls vi.resetModules() loads this module afresh and must still reach the fake it created.
 */
const INSTALLED = Symbol.for('afterword.fakeBrowser');
type WithInstalled = typeof globalThis & { [INSTALLED]?: FakeBrowser };

/** The fake the running test created last: what src/shared/browser is in the unit tests. */
export function installedFakeBrowser(): FakeBrowser {
  const fake = (globalThis as WithInstalled)[INSTALLED];
  if (!fake)
    throw new Error('The extension API was used before the test created its fake: call createFakeBrowser()');
  return fake;
}
