/**
 * Headless Chromium with the built extension (dist/chrome) loaded, plus what the E2E suite, the
 * content-script benchmark and the demo need to look at it from outside:
 *
 * - the extension id, read off its service worker's URL;
 * - openFixture(): load a page and wait until the content script has finished with it, as the
 *   background's tab state says (tab:get), or its marks settling. The content script writes
 *   nothing on the page's performance timeline (a page must not be able to detect the extension
 *   there): it times its phases with performance.now() and reports them to the background, which
 *   keeps them in the tab's state (TabState.timings) for tabState() to read;
 * - tabIdOf(): the extension's tab id for a Playwright page. Without the "tabs" permission
 *   chrome.tabs.query() returns tabs with no url or title (content-script matches do not grant it),
 *   so the harness asks CDP which window the page is in, brings the page to the front and asks the
 *   service worker for the active tab of that window (DevTools and the extension API share window ids);
 * - tabState(), badgeText(), highlights() (the marks drawn in Afterword's closed shadow root and the
 *   text under them, read as support/marks.ts reads them: the page itself cannot), openPopup();
 * - a NetworkRecorder that fails closed: every request to anything but the fixture server, the
 *   extension's own files, data: and blob: is aborted and recorded, and every request the extension
 *   itself starts (service worker, extension pages, content-script fetches found by their initiator)
 *   is recorded wherever it goes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Request as PwRequest,
  type Worker,
} from 'playwright-core';
import type { Reply, TabState } from '../../../src/shared/messages';
import { markCount, readMarks } from './marks';
import { REPO_ROOT, StaticServer } from './server';

export const CHROME_DIST = resolve(REPO_ROOT, 'dist/chrome');
export const POPUP_PATH = 'src/popup/index.html';
export const OPTIONS_PATH = 'src/options/index.html';
/** The popup's natural size: Chrome caps popups at 800×600; ours is laid out for ~400 wide. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the first Chromium/Chrome on the PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter)].filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return '/usr/bin/chromium';
}

/** Flags for a sandbox-less machine with no network; the extension is added by launchExtension. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface HighlightInfo {
  name: string;
  /** The text under each of its passages' marks, whitespace collapsed. */
  ranges: string[];
}

/** How waitForContentScript() decided the content script was finished. */
export type Settled = 'background' | 'highlight' | 'timeout';

export interface NetworkEntry {
  url: string;
  method: string;
  /** Who made it: "service-worker", "extension-page <url>", "content-script <page url>", "page <url>", … */
  source: string;
}

export interface NetworkViolation extends NetworkEntry {
  reason: 'external-host' | 'extension-request' | 'unmonitored-target';
}

/** Minimal typings for the extension API as the harness calls it inside the browser. */
interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(info: { active?: boolean; windowId?: number }): Promise<{ id?: number; windowId: number }[]>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
type WithChrome = typeof globalThis & { chrome: ChromeApi };

const EXTENSION_SCHEME = 'chrome-extension://';
/** How close in time a CSP refusal and the redirect hop DevTools lists for it are (they are milliseconds apart). */
const CSP_HOP_WINDOW_MS = 2000;

/** The parts of CDP's Target.TargetInfo and Network.Initiator the recorder reads (playwright-core does not export its protocol types). */
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface Initiator {
  url?: string;
  stack?: StackTrace;
}

/**
 * Records what goes over the network. Build it with the fixture server's origin and the extension
 * id; `attach()` wires it to a context (route + request events + a browser-level target watcher)
 * and `watchPage()` adds a CDP Network session to a page to catch content-script requests by their
 * initiator (a content script's fetch runs in the page's network context, so only its initiator
 * stack, which names chrome-extension://<id>/…, tells it from the page's own requests).
 */
export class NetworkRecorder {
  /** Every request seen, for debugging a failure. */
  readonly all: NetworkEntry[] = [];
  private readonly found: NetworkViolation[] = [];
  private readonly extensionOrigin: string;

  constructor(
    private readonly fixtureOrigin: string,
    readonly extensionId: string,
  ) {
    this.extensionOrigin = `${EXTENSION_SCHEME}${extensionId}`;
  }

  /** Requests to anything but the fixture server, and requests the extension made itself. */
  violations(): NetworkViolation[] {
    return this.found.filter((v) => !this.blockedBeforeSending(v));
  }

  /** The browser objects behind extension-request violations, to tell which never left the browser. */
  private readonly requestOf = new WeakMap<NetworkViolation, PwRequest>();

  /**
   * A redirect the extension's CSP refused (connect-src) still shows up as a request to the target:
   * DevTools lists the hop, and the request to the source fails with "csp" while the hop fails with
   * net::ERR_ABORTED, never answered. The browser refused it before sending anything, so it is not
   * a contact. Playwright does not link the two for a service worker's requests, so they are matched
   * by who made them and when: an unanswered, aborted request within a moment of a CSP refusal of a
   * configured source, by the same worker. (The E2E suite also points such a redirect at a decoy
   * server and checks that nothing reached it.)
   */
  private blockedBeforeSending(v: NetworkViolation): boolean {
    const request = this.requestOf.get(v);
    if (!request || request.failure()?.errorText !== 'net::ERR_ABORTED' || this.answered.has(request))
      return false;
    const at = this.seenAt.get(request) ?? 0;
    return this.cspRefusals.some(
      (r) => r.source === v.source && this.isSource(r.url) && Math.abs(at - r.at) <= CSP_HOP_WINDOW_MS,
    );
  }

  /** Requests the extension's CSP refused (Playwright reports their failure as "csp"). */
  private readonly cspRefusals: { url: string; source: string; at: number }[] = [];
  private readonly seenAt = new WeakMap<PwRequest, number>();
  private readonly answered = new WeakSet<PwRequest>();

  /** Violations caused by the extension (its own requests and targets), leaving out the pages' own. */
  extensionViolations(): NetworkViolation[] {
    return this.violations().filter((v) => v.reason !== 'external-host' || !v.source.startsWith('page '));
  }

  clear(): void {
    this.found.length = 0;
    this.all.length = 0;
  }

  /** A readable list for an assertion message. */
  describe(list: NetworkViolation[] = this.violations()): string {
    return list.map((v) => `${v.reason}: ${v.method} ${v.url} (from ${v.source})`).join('\n');
  }

  private isOwnFile(url: string): boolean {
    return url.startsWith(`${this.extensionOrigin}/`);
  }

  /** Dataset sources the test configured: the extension may download exactly these URLs. */
  private readonly sources = new Set<string>();

  /**
   * Allows the extension to download `url` (a configured dataset source) and its detached
   * signature `url.sig`, and nothing else on that host: any other request stays a violation.
   */
  allowSource(url: string): void {
    this.sources.add(url);
    this.sources.add(`${url}.sig`);
  }

  private isSource(url: string): boolean {
    return this.sources.has(url);
  }

  /** Host names mapped to the fixture server (LaunchOptions.hostAliases), as origins with its port. */
  private readonly aliasOrigins: string[] = [];

  /** Lets pages load from `origin`, a real site's name the browser resolves to the fixture server. */
  allowAlias(origin: string): void {
    this.aliasOrigins.push(origin);
  }

  /** What may load at all: fixture pages, the extension's own files, inline data, configured dataset sources. */
  isAllowed(url: string): boolean {
    return (
      url.startsWith(`${this.fixtureOrigin}/`) ||
      this.aliasOrigins.some((origin) => url.startsWith(`${origin}/`)) ||
      this.isSource(url) ||
      this.isOwnFile(url) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith('about:')
    );
  }

  private record(violation: NetworkViolation): void {
    const key = `${violation.reason} ${violation.method} ${violation.url} ${violation.source}`;
    if (this.found.some((v) => `${v.reason} ${v.method} ${v.url} ${v.source}` === key)) return;
    this.found.push(violation);
  }

  private sourceOf(request: PwRequest): string {
    const worker = request.serviceWorker();
    if (worker)
      return worker.url().startsWith(this.extensionOrigin)
        ? 'service-worker'
        : `service-worker ${worker.url()}`;
    let frameUrl = '?';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Requests from workers other than service workers have no frame.
    }
    return frameUrl.startsWith(this.extensionOrigin) ? `extension-page ${frameUrl}` : `page ${frameUrl}`;
  }

  async attach(context: BrowserContext): Promise<void> {
    // Fail closed: nothing leaves the machine during a test, whoever asked for it.
    await context.route(
      (url) => !this.isAllowed(url.href),
      async (route) => {
        const request = route.request();
        this.record({
          reason: 'external-host',
          url: request.url(),
          method: request.method(),
          source: this.sourceOf(request),
        });
        await route.abort('blockedbyclient').catch(() => undefined);
      },
    );
    // Requests from the service worker and extension pages count wherever they go (even to 127.0.0.1).
    context.on('request', (request) => {
      this.seenAt.set(request, Date.now());
      const entry = { url: request.url(), method: request.method(), source: this.sourceOf(request) };
      this.all.push(entry);
      const fromExtension = entry.source === 'service-worker' || entry.source.startsWith('extension-page ');
      if (
        fromExtension &&
        !this.isOwnFile(entry.url) &&
        !(entry.source === 'service-worker' && this.isSource(entry.url)) &&
        !entry.url.startsWith('data:') &&
        !entry.url.startsWith('blob:')
      ) {
        const violation: NetworkViolation = { ...entry, reason: 'extension-request' };
        this.requestOf.set(violation, request);
        this.record(violation);
      }
    });
    context.on('requestfailed', (request) => {
      if (request.failure()?.errorText === 'csp') {
        this.cspRefusals.push({
          url: request.url(),
          source: this.sourceOf(request),
          at: this.seenAt.get(request) ?? Date.now(),
        });
      }
    });
    context.on('response', (response) => this.answered.add(response.request()));
    context.on('page', (page) => void this.watchPage(context, page));
    // Extension contexts Playwright does not follow (offscreen documents, shared workers…) would
    // escape the checks above, so any such target is itself a violation.
    const browser = context.browser();
    if (browser) {
      const session = await browser.newBrowserCDPSession();
      const monitored = ['page', 'iframe', 'service_worker', 'worker', 'browser', 'browser_ui', 'tab'];
      // A closing page turns into type "other" on its way out; only a target never seen as a monitored type counts.
      const seenMonitored = new Set<string>();
      const check = ({ targetInfo }: { targetInfo: TargetInfo }) => {
        if (monitored.includes(targetInfo.type)) seenMonitored.add(targetInfo.targetId);
        else if (targetInfo.url.startsWith(this.extensionOrigin) && !seenMonitored.has(targetInfo.targetId)) {
          this.record({
            reason: 'unmonitored-target',
            url: targetInfo.url,
            method: '-',
            source: `target ${targetInfo.type}`,
          });
        }
      };
      session.on('Target.targetCreated', check);
      session.on('Target.targetInfoChanged', check);
      await session.send('Target.setDiscoverTargets', { discover: true });
    }
  }

  private readonly watched = new WeakSet<Page>();

  /** Adds a CDP Network listener to a page to catch requests whose initiator is extension code. */
  async watchPage(context: BrowserContext, page: Page): Promise<void> {
    if (this.watched.has(page)) return;
    this.watched.add(page);
    let session: CDPSession;
    try {
      session = await context.newCDPSession(page);
      session.on('Network.requestWillBeSent', (event) => {
        const initiator = this.extensionInitiator(event.initiator);
        if (!initiator || this.isOwnFile(event.request.url)) return;
        if (event.request.url.startsWith('data:') || event.request.url.startsWith('blob:')) return;
        this.record({
          reason: 'extension-request',
          url: event.request.url,
          method: event.request.method,
          source: event.documentURL?.startsWith(this.extensionOrigin)
            ? `extension-page ${event.documentURL}`
            : `content-script ${initiator} on ${event.documentURL}`,
        });
      });
      await session.send('Network.enable', {});
    } catch {
      // The page closed before it could be watched.
    }
  }

  /** The chrome-extension:// script that started a request, if any frame of its initiator stack is one. */
  private extensionInitiator(initiator: Initiator): string | undefined {
    if (initiator.url?.startsWith(EXTENSION_SCHEME)) return initiator.url;
    for (let stack = initiator.stack; stack; stack = stack.parent) {
      const frame = stack.callFrames.find((f) => f.url.startsWith(EXTENSION_SCHEME));
      if (frame) return frame.url;
    }
    return undefined;
  }
}

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to $AFTERWORD_EXTENSION_DIR, else dist/chrome. */
  extensionDir?: string;
  /** Extra directories the fixture server serves after test/fixtures/pages. */
  serveDirs?: string[];
  headless?: boolean;
  /** Pages the browser opens with (headed demo). */
  viewport?: { width: number; height: number } | null;
  /**
   * The browser's UI language (e.g. "ru"), which chrome.i18n.getUILanguage() reports and the
   * extension's _locales follow; the browser's default when absent.
   */
  uiLanguage?: string;
  /**
   * Host names (e.g. "euroweeklynews.com") the browser resolves to the fixture server, so a page is
   * served under an outlet's real name (Chromium's --host-resolver-rules); `aliasUrl()` addresses
   * them. Nothing leaves the machine: the names never reach a DNS server.
   */
  hostAliases?: string[];
  /**
   * The first-run page the extension opens on install (src/welcome/index.html): closed as soon as
   * it opens unless kept, so it never takes the front from a test's pages; `firstRun` holds it when kept.
   */
  keepFirstRun?: boolean;
}

/** The first-run page's path in the build, and how long the extension may take to open it after install. */
export const WELCOME_PATH = 'src/welcome/index.html';
const FIRST_RUN_TIMEOUT_MS = 10_000;

export interface WaitOptions {
  /** Give up after this long; the page is returned anyway (settled = "timeout"). */
  timeoutMs?: number;
}

export class ExtensionHarness {
  private readonly tabIds = new WeakMap<Page, number>();
  /** The first-run page, when LaunchOptions.keepFirstRun kept it open. */
  firstRun: Page | undefined;

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly server: StaticServer,
    readonly network: NetworkRecorder,
    private readonly userDataDir: string,
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<ExtensionHarness> {
    const extensionDir = resolve(options.extensionDir ?? process.env.AFTERWORD_EXTENSION_DIR ?? CHROME_DIST);
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No extension at ${extensionDir}: run \`npm run build:test\` first.`);
    }
    // The suite serves its pages and datasets on 127.0.0.1, where only the test build downloads from.
    if (!readFileSync(join(extensionDir, 'manifest.json'), 'utf8').includes('http://127.0.0.1'))
      throw new Error(
        `${extensionDir} is a release build, which refuses datasets from this computer: run \`npm run build:test\` first.`,
      );
    const server = new StaticServer(...(options.serveDirs ?? []));
    const origin = await server.start();
    const userDataDir = mkdtempSync(join(tmpdir(), 'afterword-chromium-'));
    const headless = options.headless ?? true;
    let context: BrowserContext;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath(),
        headless,
        viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
        ...(options.uiLanguage
          ? {
              locale: options.uiLanguage,
              env: { ...process.env, LANGUAGE: options.uiLanguage, LC_ALL: options.uiLanguage },
            }
          : {}),
        args: [
          ...(headless ? ['--headless=new'] : []),
          ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
          ...(options.hostAliases?.length
            ? [`--host-resolver-rules=${options.hostAliases.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`]
            : []),
          // A headed browser for a person keeps its sandbox unless it runs as root (where it cannot).
          ...CHROMIUM_FLAGS.filter((flag) => headless || flag !== '--no-sandbox' || process.getuid?.() === 0),
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ],
      });
    } catch (error) {
      await server.stop();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
    try {
      const worker = await findServiceWorker(context);
      const extensionId = new URL(worker.url()).host;
      const network = new NetworkRecorder(origin, extensionId);
      for (const host of options.hostAliases ?? []) network.allowAlias(aliasOrigin(origin, host));
      await network.attach(context);
      for (const page of context.pages()) await network.watchPage(context, page);
      const harness = new ExtensionHarness(context, extensionId, server, network, userDataDir);
      const firstRun = await harness.waitForPage(harness.extensionUrl(WELCOME_PATH), FIRST_RUN_TIMEOUT_MS);
      if (options.keepFirstRun) harness.firstRun = firstRun;
      else await firstRun?.close();
      return harness;
    } catch (error) {
      await context.close().catch(() => undefined);
      await server.stop();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.server.stop();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }

  /** The address of a served file under a host name of LaunchOptions.hostAliases ("http://euroweeklynews.com:41234/x.html"). */
  aliasUrl(host: string, path: string): string {
    return `${aliasOrigin(this.server.origin, host)}/${path.replace(/^\/+/, '')}`;
  }

  extensionUrl(path: string): string {
    return `${EXTENSION_SCHEME}${this.extensionId}/${path.replace(/^\/+/, '')}`;
  }

  /** The extension's service worker, woken (by loading an extension page) if Chrome stopped it. */
  async serviceWorker(): Promise<Worker> {
    const running = this.context.serviceWorkers().find((w) => w.url().startsWith(this.extensionUrl('')));
    if (running) return running;
    const waiting = this.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(this.extensionUrl('')),
      timeout: 15_000,
    });
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl('manifest.json')).catch(() => undefined);
    try {
      return await waiting;
    } finally {
      await page.close();
    }
  }

  /** The open page at `url` (query and hash aside), waited for up to `timeoutMs`; undefined if none opens. */
  async waitForPage(url: string, timeoutMs: number): Promise<Page | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const page = this.context.pages().find((p) => p.url().split(/[?#]/)[0] === url);
      if (page || Date.now() >= deadline) return page;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A new tab, watched by the network recorder from its first request. */
  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    await this.network.watchPage(this.context, page);
    return page;
  }

  /** Opens a fixture (a path under the served directories) and waits for the content script. */
  async openFixture(name: string, wait: WaitOptions = {}): Promise<Page> {
    return this.openUrl(this.server.url(name), wait);
  }

  async openUrl(url: string, wait: WaitOptions = {}): Promise<Page> {
    const page = await this.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response && !response.ok()) throw new Error(`${url}: HTTP ${response.status()}`);
    await this.waitForContentScript(page, wait);
    return page;
  }

  /**
   * Waits until the content script is finished with the page. Finished is the first of:
   * - the background's state for the tab (tab:get) saying so: "not-article", or "scanned" with
   *   the content script's highlight timing reported (it reports after painting);
   * - marks drawn on the page and their number unchanged for 300 ms;
   * - `timeoutMs` (the page is returned anyway).
   */
  async waitForContentScript(page: Page, { timeoutMs = 10_000 }: WaitOptions = {}): Promise<Settled> {
    await page.waitForLoadState('load');
    const tabId = await this.tabIdOf(page);
    const started = Date.now();
    let lastHighlights = '';
    let lastChange = Date.now();
    for (;;) {
      // How many mark boxes are drawn; "" when none.
      const count = await markCount(page).catch(() => 0);
      const highlights = count > 0 ? String(count) : '';
      const now = Date.now();
      if (highlights !== lastHighlights) {
        lastHighlights = highlights;
        lastChange = now;
      }
      const tab = await this.tabState(tabId).catch(() => undefined);
      if (tab?.state === 'not-article') return 'background';
      if (tab?.state === 'scanned' && tab.timings?.highlight !== undefined) return 'background';
      if (highlights !== '' && now - lastChange >= 300) return 'highlight';
      if (now - started >= timeoutMs) return 'timeout';
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The background's state for a tab, asked for as the popup asks (tab:get). */
  async tabState(tabId: number): Promise<TabState> {
    const reply = await this.sendMessage<Reply<'tab:get'> | undefined>({ type: 'tab:get', tabId });
    if (!reply?.ok) throw new Error(`tab:get failed: ${reply ? reply.error : 'no reply'}`);
    return reply.value.tab;
  }

  /** The extension's id for the tab showing `page` (see the file comment for how). */
  async tabIdOf(page: Page): Promise<number> {
    const known = this.tabIds.get(page);
    if (known !== undefined) return known;
    const session = await this.context.newCDPSession(page);
    let windowId: number;
    try {
      ({ windowId } = await session.send('Browser.getWindowForTarget'));
    } finally {
      await session.detach().catch(() => undefined);
    }
    // Wake the worker first: waking it opens a tab, which would take the front.
    const worker = await this.serviceWorker();
    await page.bringToFront();
    const tabs = await worker.evaluate(
      (windowId) => (globalThis as WithChrome).chrome.tabs.query({ active: true, windowId }),
      windowId,
    );
    const id = tabs.length === 1 ? tabs[0]?.id : undefined;
    if (id === undefined) throw new Error(`No single active tab in window ${windowId} for ${page.url()}`);
    this.tabIds.set(page, id);
    return id;
  }

  /** The badge text the background set for a tab ("" when none). */
  async badgeText(tabId: number): Promise<string> {
    const worker = await this.serviceWorker();
    return worker.evaluate(
      (tabId) => (globalThis as WithChrome).chrome.action.getBadgeText({ tabId }),
      tabId,
    );
  }

  /** The marks drawn on the page, by look (in the order each look first appears), with the text under each passage. */
  async highlights(page: Page): Promise<HighlightInfo[]> {
    const out: HighlightInfo[] = [];
    for (const mark of await readMarks(page)) {
      const same = out.find((h) => h.name === mark.name);
      if (same) same.ranges.push(mark.text);
      else out.push({ name: mark.name, ranges: [mark.text] });
    }
    return out;
  }

  /** Opens the popup as a normal tab for `tabId` (popup/index.html?tab=<id>) at the popup's size. */
  async openPopup(tabId: number, viewport = POPUP_VIEWPORT): Promise<Page> {
    const page = await this.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${this.extensionUrl(POPUP_PATH)}?tab=${tabId}`, { waitUntil: 'load' });
    // The popup renders after asking the background: wait for some text, then for it to hold still for 300 ms.
    await page
      .waitForFunction(() => document.body.innerText.trim().length > 0, null, { timeout: 10_000 })
      .catch(() => undefined);
    let last = '';
    for (let same = 0, i = 0; same < 3 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const text = await page.evaluate(() => document.body.innerText);
      same = text === last ? same + 1 : 0;
      last = text;
    }
    return page;
  }

  /** Sends a message to the background as an extension page would (the popup's channel). */
  async sendMessage<T = unknown>(message: unknown): Promise<T> {
    const page = await this.extensionPage();
    return (await page.evaluate(
      (m) => (globalThis as WithChrome).chrome.runtime.sendMessage(m),
      message,
    )) as T;
  }

  private messenger: Page | undefined;

  /** A quiet extension page (the extension's own manifest.json) to run extension-API calls from. */
  private async extensionPage(): Promise<Page> {
    if (this.messenger && !this.messenger.isClosed()) return this.messenger;
    const page = await this.newPage();
    await page.goto(this.extensionUrl('manifest.json'));
    this.messenger = page;
    return page;
  }
}

/** The fixture server's origin under another host name: same scheme and port. */
function aliasOrigin(serverOrigin: string, host: string): string {
  const url = new URL(serverOrigin);
  url.hostname = host;
  return url.origin;
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith(EXTENSION_SCHEME);
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 20_000 });
  } catch {
    throw new Error(
      'The extension has no service worker: did it fail to load? (check dist/chrome/manifest.json)',
    );
  }
}

/** Launches the harness; the shorthand the tests, the benchmark and the demo use. */
export function launchExtension(options?: LaunchOptions): Promise<ExtensionHarness> {
  return ExtensionHarness.launch(options);
}
