/**
 * `npm run bench:browser`: Afterword under real load, in headless Chromium with the built extension
 * (dist/chrome, or $AFTERWORD_EXTENSION_DIR): a 100,000-claim dataset (the CheckThat! claims,
 * grown as `npm run bench` grows them, each with a reported event) installed as a subscribed source
 * from a local server, beside the bundled default; then, on the 10,000-word article of
 * `npm run bench:content` (it states the bundled Kazakhstan/CSTO claim):
 *
 * - **article → marks shown**, with the service worker cold (stopped through CDP before the load,
 *   so the scan wakes it and it loads the indexes from IndexedDB) and warm (all the warm loads, and
 *   apart those from the worker's fourth scan since its start on): the content script's own
 *   work plus its wait for the background's answer (detect + extract + answer + highlight, the
 *   timings it reports to the background, read back with tab:get), and when the marks were drawn
 *   counted from the page's navigation start (`shown`);
 * - the **worker's memory**: its JS heap and array buffers (the indexes' typed arrays) after the
 *   warm loads (CDP Runtime.getHeapUsage on the worker's target, after HeapProfiler.collectGarbage),
 *   and again once the popup's openings have settled (its reading memory reads every claim, its
 *   outlets every dataset file: the reading is taken when two in a row, a second apart, agree);
 * - **popup open → first paint** (first-contentful-paint in the popup page) and → the claims shown,
 *   beside its peer measured in turn in the same browser: an extension page of one line of text
 *   (FLOOR_PAGE, added to a copy of the build under measurement), which is what Chromium itself
 *   takes to show any page of the extension on this machine at that moment.
 *
 * Targets (issue 14): ≤ 250 ms cold, ≤ 30 ms warm, ≤ 80 MB worker heap, popup ≤ 100 ms. It prints
 * figures and medians against the targets; it never fails on timing (a busy machine is slower).
 *
 * On the shared 2-core machine one run differs from the next by more than the changes measured:
 * BENCH_COMPARE_DIR=<another build> installs the dataset in that build too, in a second browser,
 * and the two take turns on every load and every popup opening (each going first every other
 * time), so both sets of figures come from the same minutes.
 *
 *   npm run build:chrome:test && npm run bench:browser      (BENCH_RUNS=9 by default, BENCH_CLAIMS=100000)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { removeRefused } from '../../src/dataset/text-rule';
import type { Dataset } from '../../src/engine/model';
import type { Reply, SourcesState } from '../../src/shared/messages';
import { launchExtension, POPUP_PATH, POPUP_VIEWPORT, type ExtensionHarness } from '../e2e/support/browser';
import { DatasetServer } from '../e2e/support/dataset-server';
import { stopServiceWorkers } from '../e2e/support/service-worker';
import { inTurn } from './in-turn';
import { articlePage } from './content-script';
import { asDataset } from './eval/claims-dataset';
import { generateClaims, realClaims } from './engine/data';
import { median } from './engine/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const COMPARE_DIR = process.env.BENCH_COMPARE_DIR;
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const TARGETS = { coldMs: 250, warmMs: 30, workerMB: 80, popupMs: 100 };
/**
 * The warm loads follow the cold ones, so the first of them meet a worker that has scanned only
 * once since it started, with the engine's code not yet optimised (a probe of this benchmark: the
 * background's answer took 37–45 ms on a worker's first three scans, 22–24 ms after). The loads
 * from the worker's fourth scan on are reported apart as well.
 */
const YOUNG_WARM_LOADS = 2;
/**
 * The popup's peer: a page of the extension with one line of inline-styled text and nothing else
 * (no script, no stylesheet), written into a copy of each build measured. What it takes to paint is
 * Chromium's part of any extension page's first paint; the popup's own part is what it takes beyond.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>Afterword</title></head>' +
  '<body><p style="font: 14px system-ui; margin: 12px">Checking this page…</p></body></html>';
/** The worker's memory is read once two readings this far apart agree within SETTLED_MB (or after SETTLE_LIMIT_MS). */
const SETTLE_STEP_MS = 1_000;
const SETTLED_MB = 1;
const SETTLE_LIMIT_MS = 60_000;
/** How long an install of the big dataset may take before the benchmark gives up. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** The claims as a dataset a source could publish: one reported event each (the format asks for one), no bidi controls. */
function bigDataset(): Dataset {
  const dataset = asDataset(`bench-browser-${CLAIMS}`, generateClaims(realClaims(), CLAIMS));
  dataset.title = `Benchmark: ${CLAIMS.toLocaleString('en')} claims`;
  dataset.claims.forEach((claim, i) => {
    // Copied from social media, some carry embeddings around a hashtag: removed, as importers do.
    claim.text = removeRefused(claim.text).text;
    for (const p of claim.paraphrases) p.text = removeRefused(p.text).text;
    claim.events = [
      {
        date: `2021-${String((i % 12) + 1).padStart(2, '0')}-15`,
        type: 'reported',
        source: { outlet: 'Benchmark Wire', url: `https://wire.example/claims/${i}` },
      },
    ];
  });
  return dataset;
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
/** The lowest and highest of a few runs: on a shared machine one run can be twice another. */
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
const verdict = (value: number, target: number) => (value <= target ? 'within target' : 'OVER TARGET');

async function sources(harness: ExtensionHarness): Promise<SourcesState> {
  const reply = await harness.sendMessage<Reply<'sources:list'>>({ type: 'sources:list' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Subscribes to the dataset and waits until its first version is installed; returns how long that took. */
async function install(harness: ExtensionHarness, url: string): Promise<number> {
  const started = performance.now();
  const added = await harness.sendMessage<Reply<'sources:add'>>({ type: 'sources:add', url });
  if (!added.ok) throw new Error(added.error);
  if ('problem' in added.value)
    throw new Error(`the source was refused: ${JSON.stringify(added.value.problem)}`);
  const { sourceId } = added.value;
  for (;;) {
    const source = (await sources(harness)).sources.find((s) => s.id === sourceId);
    if (source?.dataset) return performance.now() - started;
    if (source?.problem && !source.running)
      throw new Error(`install failed: ${JSON.stringify(source.problem)}`);
    if (performance.now() - started > INSTALL_TIMEOUT_MS) throw new Error('install timed out');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Load {
  /** detect + extract + answer + highlight: the article's marks, from the content script's start. */
  total: number;
  /** The content script's own phases (the rest of total is answer, its wait for the background). */
  detect: number;
  extract: number;
  highlight: number;
  answer: number;
  /** When the marks were drawn, since the page's navigation start. */
  shown: number;
  claims: number;
}

async function loadOnce(harness: ExtensionHarness, url: string, cold: boolean, blank: Page): Promise<Load> {
  if (cold) await stopServiceWorkers(harness.context, blank);
  const page = await harness.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await harness.waitForContentScript(page, { timeoutMs: 60_000 });
  const tab = await harness.tabState(await harness.tabIdOf(page));
  await page.close();
  const t = tab.state === 'scanned' ? tab.timings : undefined;
  if (!t || t.answer === undefined || t.shown === undefined)
    throw new Error(`the content script reported no answer/shown timings (state ${tab.state})`);
  return {
    total: t.detect + (t.extract ?? 0) + t.answer + (t.highlight ?? 0),
    detect: t.detect,
    extract: t.extract ?? 0,
    highlight: t.highlight ?? 0,
    answer: t.answer,
    shown: t.shown,
    claims: tab.state === 'scanned' ? tab.matches.length : 0,
  };
}

function report(label: string, loads: Load[], target: number): void {
  const total = median(loads.map((l) => l.total));
  console.log(
    `  ${label} marks after ${ms(total)} of the extension's work (median of ${loads.length}, ${range(loads.map((l) => l.total))}; ` +
      `waiting for the background ${ms(median(loads.map((l) => l.answer))).trim()}; ` +
      `detect ${median(loads.map((l) => l.detect)).toFixed(1)}, extract ${median(loads.map((l) => l.extract)).toFixed(1)}, ` +
      `highlight ${median(loads.map((l) => l.highlight)).toFixed(1)} ms), ` +
      `drawn ${ms(median(loads.map((l) => l.shown))).trim()} after navigation start; target ≤ ${target} ms: ${verdict(total, target)}`,
  );
}

/** The extension service worker's JS heap, through the DevTools protocol on its own target. */
async function workerHeapMB(harness: ExtensionHarness): Promise<number | undefined> {
  const browser = harness.context.browser();
  if (!browser) return undefined;
  const session: CDPSession = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes(harness.extensionId),
    );
    if (!worker) return undefined;
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    const reply = new Promise<number | undefined>((resolve) => {
      session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { usedSize?: number; backingStorageSize?: number };
        };
        // The JS heap and the ArrayBuffers' backing stores (the indexes' typed arrays live there).
        if (message.id === 1)
          resolve(
            message.result?.usedSize === undefined
              ? undefined
              : message.result.usedSize + (message.result.backingStorageSize ?? 0),
          );
      });
    });
    // What it holds: garbage collected first (a dataset file parsed and dropped is not held).
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 0, method: 'HeapProfiler.collectGarbage' }),
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const used = await Promise.race([
      reply,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000)),
    ]);
    return used === undefined ? undefined : used / (1024 * 1024);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * The worker's memory once it holds still: after the popup opens, the worker reads every claim and
 * parses every dataset file for a few seconds, and a reading taken during that work measures the
 * work, not what the worker keeps (an earlier round's readings gave 273 MB for whichever build was
 * read first and 75 MB for the second).
 */
async function settledHeapMB(harness: ExtensionHarness): Promise<number | undefined> {
  const started = performance.now();
  let last = await workerHeapMB(harness);
  while (last !== undefined && performance.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
    const now = await workerHeapMB(harness);
    if (now === undefined || Math.abs(now - last) <= SETTLED_MB) return now;
    last = now;
  }
  return last;
}

interface PopupOpen {
  paint: number;
  claims: number;
}

/** The popup for the article's tab: first contentful paint and the claims' cards shown, from navigation start. */
async function popupOnce(harness: ExtensionHarness, tabId: number): Promise<PopupOpen> {
  const popup = await harness.newPage();
  try {
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(`${harness.extensionUrl(POPUP_PATH)}?tab=${tabId}`, { waitUntil: 'commit' });
    // Looked for on every frame from the start: when the cards were first drawn. (openPopup waits
    // for the text to hold still for 300 ms first, which is not the reader's wait.)
    const shown = await popup.waitForFunction(
      () => document.querySelector('article[data-claim]') && performance.now(),
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    const claims = (await shown.jsonValue()) as number;
    const paint = await popup.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    return { paint, claims };
  } finally {
    await popup.close();
  }
}

/** FLOOR_PAGE's first contentful paint, from its navigation start: Chromium's part of any extension page. */
async function floorOnce(harness: ExtensionHarness): Promise<number> {
  const page = await harness.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(harness.extensionUrl(FLOOR_PAGE), { waitUntil: 'commit' });
    const painted = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    return (await painted.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/** A copy of the build at `extensionDir` with FLOOR_PAGE added, in `into`. */
function withFloorPage(extensionDir: string, into: string): string {
  const copy = join(into, 'extension');
  cpSync(extensionDir, copy, { recursive: true });
  writeFileSync(join(copy, FLOOR_PAGE), FLOOR_HTML);
  return copy;
}

/** A build under measurement: its browser, and the article's address on that browser's own server. */
interface Subject {
  name: string;
  harness: ExtensionHarness;
  article: string;
  blank?: Page;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-browser-bench-'));
  writeFileSync(join(dir, 'bench-article-10k.html'), articlePage());
  const server = new DatasetServer();
  await server.start();
  const subjects: Subject[] = [];
  try {
    const builds = [process.env.AFTERWORD_EXTENSION_DIR, ...(COMPARE_DIR ? [COMPARE_DIR] : [])];
    for (const [k, extensionDir] of builds.entries()) {
      const copy = withFloorPage(
        resolve(extensionDir ?? 'dist/chrome'),
        mkdtempSync(join(dir, `build-${k}-`)),
      );
      const harness = await launchExtension({ serveDirs: [dir], extensionDir: copy });
      subjects.push({
        name: COMPARE_DIR ? `${extensionDir ?? 'dist/chrome'}: ` : '',
        harness,
        article: harness.server.url('bench-article-10k.html'),
      });
    }
    const started = performance.now();
    const dataset = bigDataset();
    const bytes = new TextEncoder().encode(JSON.stringify(dataset));
    console.log(
      `Afterword in headless Chromium with a ${CLAIMS.toLocaleString('en')}-claim subscribed dataset ` +
        `(${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, generated in ${ms(performance.now() - started).trim()}) beside the bundled default`,
    );
    server.set('big.json', { kind: 'file', bytes });
    const url = server.url('big.json');
    for (const subject of subjects) {
      subject.harness.network.allowSource(url);
      const installMs = await install(subject.harness, url);
      console.log(
        `  ${subject.name}installed (download, gate, index build, write) in ${(installMs / 1000).toFixed(1)} s`,
      );
      subject.blank = await subject.harness.newPage();
      await loadOnce(subject.harness, subject.article, false, subject.blank); // warm-up: the content script's first compile
    }

    const cold = await inTurn(subjects, RUNS, (s) => loadOnce(s.harness, s.article, true, s.blank!));
    const warm = await inTurn(subjects, RUNS, (s) => loadOnce(s.harness, s.article, false, s.blank!));
    console.log(
      `\nArticle → marks shown (10,000-word article, ${warm[0]![0]?.claims ?? 0} claim(s) stated), ${RUNS} loads each:`,
    );
    subjects.forEach((s, k) => {
      report(`${s.name}cold`, cold[k]!, TARGETS.coldMs);
      report(`${s.name}warm`, warm[k]!, TARGETS.warmMs);
      if (warm[k]!.length > YOUNG_WARM_LOADS)
        report(`${s.name}warm, 4th scan on`, warm[k]!.slice(YOUNG_WARM_LOADS), TARGETS.warmMs);
    });

    console.log('');
    for (const { name, harness } of subjects) {
      const heap = await workerHeapMB(harness);
      console.log(
        heap === undefined
          ? `Worker memory ${name}not readable here (no service-worker target through CDP)`
          : `Worker memory ${name}${heap.toFixed(1)} MB (JS heap and array buffers) after the warm loads; target ≤ ${TARGETS.workerMB} MB: ${verdict(heap, TARGETS.workerMB)}`,
      );
    }

    const tabs = new Map<Subject, number>();
    for (const subject of subjects) {
      const page = await subject.harness.openUrl(subject.article, { timeoutMs: 60_000 });
      tabs.set(subject, await subject.harness.tabIdOf(page));
      await popupOnce(subject.harness, tabs.get(subject)!); // warm-up
      await floorOnce(subject.harness);
    }
    // Each opening of the popup beside an opening of the one-line page: the popup first on one
    // turn, the page on the next.
    const turns = new Map<Subject, number>();
    const opens = await inTurn(subjects, RUNS, async (s) => {
      const tab = tabs.get(s)!;
      const turn = turns.get(s) ?? 0;
      turns.set(s, turn + 1);
      if (turn % 2 === 0) {
        const popup = await popupOnce(s.harness, tab);
        return { ...popup, floor: await floorOnce(s.harness) };
      }
      const floor = await floorOnce(s.harness);
      return { ...(await popupOnce(s.harness, tab)), floor };
    });
    console.log('');
    for (const [k, { name, harness }] of subjects.entries()) {
      const paint = median(opens[k]!.map((o) => o.paint));
      const floor = median(opens[k]!.map((o) => o.floor));
      console.log(
        `Popup ${name}open → first paint ${ms(paint)}, → claims shown ${ms(median(opens[k]!.map((o) => o.claims)))} ` +
          `(median of ${RUNS}, from the popup page's navigation start); target ≤ ${TARGETS.popupMs} ms: ${verdict(paint, TARGETS.popupMs)}`,
      );
      console.log(
        `  its peer, an extension page of one line (${FLOOR_PAGE}), in turn: first paint ${ms(floor).trim()} ` +
          `(${range(opens[k]!.map((o) => o.floor))}); the popup ${(paint / floor).toFixed(2)}× it, ${(paint - floor).toFixed(1)} ms more`,
      );
      const after = await settledHeapMB(harness);
      if (after !== undefined)
        console.log(`Worker memory ${name}after the popup opened, once settled: ${after.toFixed(1)} MB`);
      const violations = harness.network.extensionViolations();
      if (violations.length > 0)
        console.log(`\nNetwork requests by the extension ${name}:\n${harness.network.describe(violations)}`);
    }
  } finally {
    for (const { harness } of subjects) await harness.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
