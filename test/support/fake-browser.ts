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
  const badges = new Map<number, { text: string; color?: string; title?: string }>();
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, { text: '' }).get(tabId)!;
  return {
    session,
    badges,
    runtime: { onMessage: event(), sendMessage: async () => undefined, getURL: (p: string) => `chrome-extension://test/${p}` },
    tabs: { onRemoved: event(), onUpdated: event(), query: async () => [] },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
      setBadgeTextColor: async () => undefined,
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: structuredClone(session.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        remove: async (key: string) => void session.delete(key),
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
