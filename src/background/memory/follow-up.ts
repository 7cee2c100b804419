/**
 * The reading memory at work: each claim a page states is remembered when the background matches
 * it (never from a private window, never on a paused site), and after every change of the data in
 * use each remembered claim is compared with what the reader was shown (compare.ts). News counts
 * on the toolbar badge until the reader opens it, and makes one notification when they asked for it.
 */
import { deriveStatus, verdictFor } from '../../engine/index';
import browser, { type Runtime } from '../../shared/browser';
import type { ClaimRef, MemoryEntry, PageInfo, ShownMatch } from '../../shared/messages';
import { siteOf } from '../../shared/settings';
import { isSitePaused } from '../reader-data/store';
import { refreshBadges } from '../badge';
import { activeDatasets, claimIn, type ActiveDataset } from '../datasets';
import type { ReadingRecord } from '../store/db';
import { advance, compareClaim, isUnseen, type DatasetStatus } from './compare';
import { notifyChanges } from './notify';
import {
  forgetReading,
  getMemorySettings,
  getReading,
  listReadings,
  putReadings,
  readingKey,
  updateReadings,
} from './store';
import { setUnseenCount, unseenCount } from './unseen';

/**
 * Claims remembered from one page at most. The dev articles state one or two tracked claims each and
 * the seed articles up to four; a page stating dozens is a list or a page written to fill the
 * memory, which must not push out (past MEMORY_CAP) what the reader did read.
 */
export const MAX_REMEMBERED_PER_PAGE = 20;

/** Tells the extension's open pages ("Your claims", the popup) to read the memory again. */
function announce(): void {
  void browser.runtime.sendMessage({ type: 'memory:changed' }).catch(() => undefined);
}

/** Counts the unseen changes again and, when the count moved, puts it on every tab's badge. */
async function recount(records?: readonly ReadingRecord[]): Promise<void> {
  const before = await unseenCount();
  const now = (records ?? (await listReadings())).filter(isUnseen).length;
  setUnseenCount(now);
  if (now !== before) await refreshBadges().catch(() => undefined);
}

/**
 * Remembers the claims an article states (kind "match"; a related claim was not read). Nothing is
 * written for a private (incognito) tab or a paused site.
 */
export async function rememberReading(
  sender: Pick<Runtime.MessageSender, 'tab'>,
  page: PageInfo,
  matches: readonly ShownMatch[],
  now = Date.now(),
): Promise<number> {
  if (sender.tab?.incognito !== false) return 0;
  // A page stating more claims than any article does (a page built to fill the memory) adds only the first.
  const stated = matches.filter((m) => m.kind === 'match').slice(0, MAX_REMEMBERED_PER_PAGE);
  if (stated.length === 0 || (await isSitePaused(page.url))) return 0;
  const { keepUrl } = await getMemorySettings();
  const records: ReadingRecord[] = [];
  for (const m of stated) {
    const read = m.page ?? page;
    const key = readingKey(m.datasetId, m.claimId);
    const before = await getReading(key);
    const status = m.verdict.status;
    records.push({
      key,
      claimId: m.claimId,
      datasetId: m.datasetId,
      claimText: m.claim.text,
      shown: { status, verdict: m.verdict, ...(m.datasetAsOf ? { datasetAsOf: m.datasetAsOf } : {}) },
      readAt: now,
      article: {
        ...(read.title ? { title: read.title } : {}),
        ...(read.outlet ? { outlet: read.outlet } : {}),
        ...(siteOf(read.url) ? { site: siteOf(read.url)! } : {}),
        ...(read.published ? { published: read.published } : {}),
        ...(keepUrl ? { url: read.url } : {}),
      },
      followed: before?.followed ?? false,
      // Read again, the reader has just been shown its status: nothing is news until it changes again.
      last: status,
      seen: status,
    });
  }
  await putReadings(records, now);
  await recount();
  announce();
  return records.length;
}

/** How the claim stands in each dataset in use that holds it, in the order they are in use. */
function statusesOf(datasets: readonly ActiveDataset[], claimId: string): DatasetStatus[] {
  const out: DatasetStatus[] = [];
  for (const d of datasets) {
    const claim = claimIn(d, claimId);
    if (claim) out.push({ datasetId: d.meta.id, status: deriveStatus(claim.events).status });
  }
  return out;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Compares every remembered claim with the data in use, after a change of that data. Runs one at
 * a time (a second change waits for the first comparison). Returns how many claims it found news for.
 */
export function compareWithDataInUse(now = Date.now()): Promise<number> {
  const run = queue.then(async () => {
    const datasets = await activeDatasets();
    let news = 0;
    const records = await updateReadings((r) => {
      const step = advance(
        r,
        compareClaim(r.shown.status, r.datasetId, statusesOf(datasets, r.claimId)),
        now,
      );
      if (step.news) news++;
      if (step.last === r.last && step.changedAt === r.changedAt && step.lastAvailable === r.lastAvailable)
        return r;
      const { changedAt: _c, lastAvailable: _l, ...rest } = r;
      return {
        ...rest,
        last: step.last,
        ...(step.lastAvailable !== undefined ? { lastAvailable: step.lastAvailable } : {}),
        ...(step.changedAt !== undefined ? { changedAt: step.changedAt } : {}),
      };
    });
    await recount(records);
    if (news > 0) {
      const { notify } = await getMemorySettings();
      await notifyChanges(news, notify, now);
    }
    announce();
    return news;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The record as the popup and "Your claims" show it: then, and now in the data in use. */
export function entryOf(record: ReadingRecord, datasets: readonly ActiveDataset[]): MemoryEntry {
  const views = statusesOf(datasets, record.claimId);
  const comparison = compareClaim(record.shown.status, record.datasetId, views);
  const dataset = datasets.find((d) => d.meta.id === comparison.datasetId);
  const claim = dataset ? claimIn(dataset, record.claimId) : undefined;
  const title = (id: string) => datasets.find((d) => d.meta.id === id)?.meta.title ?? id;
  return {
    key: record.key,
    claimId: record.claimId,
    datasetId: record.datasetId,
    claimText: record.claimText,
    shown: record.shown,
    readAt: record.readAt,
    ...(record.article ? { article: record.article } : {}),
    followed: record.followed,
    now: comparison.now,
    ...(dataset && claim
      ? {
          current: {
            claim,
            datasetId: dataset.meta.id,
            datasetTitle: dataset.meta.title,
            datasetAsOf: dataset.meta.asOf,
            verdict: verdictFor(claim, record.article?.published),
          },
        }
      : {}),
    disagreeing: comparison.disagreeing.map((d) => ({ ...d, datasetTitle: title(d.datasetId) })),
    changed: comparison.changed,
    unseen: isUnseen({ ...record, last: comparison.now }),
    ...(record.changedAt !== undefined ? { changedAt: record.changedAt } : {}),
  };
}

/** Words a search may find an entry by: the claim, the article's title, outlet and site. */
function matchesQuery(entry: MemoryEntry, query: string): boolean {
  const haystack = [entry.claimText, entry.article?.title, entry.article?.outlet, entry.article?.site]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Every remembered claim (or those a search finds): changes the reader has not seen first, then newest read. */
export async function listMemory(query = ''): Promise<{ entries: MemoryEntry[]; total: number }> {
  const [records, datasets] = await Promise.all([listReadings(), activeDatasets()]);
  const entries = records
    .map((r) => entryOf(r, datasets))
    .filter((e) => query.trim() === '' || matchesQuery(e, query))
    .sort((a, b) => Number(b.unseen) - Number(a.unseen) || b.readAt - a.readAt);
  return { entries, total: records.length };
}

/**
 * The reader saw the changes: they leave the badge (and stay listed as changes). Seen as the popup
 * and "Your claims" showed them — the status now in the data in use (entryOf), even where no
 * comparison has stored it yet — so a page that lists, marks seen and lists again finds nothing
 * unseen; the pages are told only when something was written.
 */
export async function markSeen(now = Date.now()): Promise<void> {
  const datasets = await activeDatasets();
  let wrote = false;
  const records = await updateReadings((r) => {
    const live = compareClaim(r.shown.status, r.datasetId, statusesOf(datasets, r.claimId)).now;
    if (!isUnseen({ ...r, last: live })) return r;
    wrote = true;
    return {
      ...r,
      last: live,
      seen: live,
      ...(r.changedAt === undefined && live !== r.shown.status ? { changedAt: now } : {}),
    };
  });
  await recount(records);
  if (wrote) announce();
}

/**
 * "Follow": remembered like a claim read, with no article. "Stop following": a claim followed only
 * is forgotten; one the reader also read in an article stays remembered as read.
 */
export async function follow(ref: ClaimRef, on: boolean, now = Date.now()): Promise<boolean> {
  const key = readingKey(ref.datasetId, ref.claimId);
  if (!on) {
    const before = await getReading(key);
    if (before?.article) await putReadings([{ ...before, followed: false }], now);
    else await forgetReading(key);
    await recount();
    announce();
    return false;
  }
  const before = await getReading(key);
  if (before) {
    if (!before.followed) await putReadings([{ ...before, followed: true }], now);
  } else {
    const dataset = (await activeDatasets()).find((d) => d.meta.id === ref.datasetId);
    const claim = dataset ? claimIn(dataset, ref.claimId) : undefined;
    if (!dataset || !claim) throw new Error(`No claim ${ref.claimId} in the datasets in use`);
    const verdict = verdictFor(claim, undefined);
    await putReadings(
      [
        {
          key,
          claimId: claim.id,
          datasetId: dataset.meta.id,
          claimText: claim.text,
          shown: { status: verdict.status, verdict, datasetAsOf: dataset.meta.asOf },
          readAt: now,
          followed: true,
          last: verdict.status,
          seen: verdict.status,
        },
      ],
      now,
    );
  }
  announce();
  return true;
}

/** Which of these claims are followed. */
export async function followed(refs: readonly ClaimRef[]): Promise<ClaimRef[]> {
  const out: ClaimRef[] = [];
  for (const ref of refs) {
    if ((await getReading(readingKey(ref.datasetId, ref.claimId)))?.followed) out.push(ref);
  }
  return out;
}

export { recount };
