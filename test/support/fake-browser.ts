/**
 * A stand-in for src/shared/browser (the seam): the parts of the extension API the background uses,
 * with state a test can inspect. Install with vi.mock('../../src/shared/browser', () => fakeBrowserModule()).
 */
type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => listeners.push(l),
    removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
  };
}

export function createFakeBrowser() {
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
  const menus: { id: string; title: string; contexts: string[] }[] = [];
  /** Whether action.openPopup() succeeds (Chrome with a focused window) or throws (no gesture, headless). */
  const popupAllowed = { value: true };
  const badges = new Map<number, { text: string; color?: string; title?: string }>();
  const alarms = new Map<string, { name: string; scheduledTime: number }>();
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, { text: '' }).get(tabId)!;
  return {
    session,
    sessionQuota,
    badges,
    opened,
    tabMessages,
    menus,
    popupAllowed,
    runtime: {
      onMessage: event(),
      onInstalled: event(),
      sendMessage: async () => undefined,
      getURL: (p: string) => `chrome-extension://test/${p}`,
    },
    tabs: {
      onRemoved: event(),
      onUpdated: event(),
      query: async () => [{ id: 9, active: true }],
      sendMessage: async (tabId: number, message: unknown) => {
        tabMessages.push({ tabId, message });
        return { ok: true };
      },
      create: async ({ url }: { url: string }) => void opened.push({ kind: 'tab', url }),
    },
    windows: {
      create: async ({ url }: { url: string }) => void opened.push({ kind: 'window', url }),
    },
    contextMenus: {
      onClicked: event(),
      removeAll: async () => void menus.splice(0),
      create: (item: { id: string; title: string; contexts: string[] }) => void menus.push(item),
    },
    commands: { onCommand: event() },
    action: {
      openPopup: async (options?: { windowId?: number }) => {
        if (!popupAllowed.value) throw new Error('openPopup is not allowed here');
        opened.push({ kind: 'popup', windowId: options?.windowId });
      },
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) =>
        void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) =>
        void (badge(tabId).color = color),
      setBadgeTextColor: async () => undefined,
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) =>
        void (badge(tabId).title = title),
    },
    alarms: {
      all: alarms,
      create: async (name: string, info: { when?: number; delayInMinutes?: number }) =>
        void alarms.set(name, {
          name,
          scheduledTime: info.when ?? Date.now() + (info.delayInMinutes ?? 0) * 60_000,
        }),
      clear: async (name: string) => alarms.delete(name),
      get: async (name: string) => alarms.get(name),
      getAll: async () => [...alarms.values()],
      onAlarm: event(),
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: structuredClone(session.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          const after = new Map(session);
          for (const [k, v] of Object.entries(items)) after.set(k, v);
          if (sessionQuota.bytes !== Infinity && sessionBytes(after) > sessionQuota.bytes)
            throw new Error('Resource::kQuotaBytes quota exceeded');
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        remove: async (key: string) => void session.delete(key),
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
