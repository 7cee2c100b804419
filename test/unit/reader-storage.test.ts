/**
 * What the reader's choices leave on the device, and only there, in the extension's own database
 * (never in storage a page can read): the sites where Afterword is paused, until the reader
 * resumes them or for a year; wrong-match reports (the page's address only when the reader agreed),
 * kept for 90 days and exported as a file for the dataset's publisher.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/router';
import {
  addReport as addReportAt,
  listReports as listReportsAt,
} from '../../src/background/reader-data/store';
import {
  closeReaderDb,
  MAX_REPORTS,
  openReaderDb,
  pruneReaderDb,
  REPORT_KEEP_DAYS,
} from '../../src/shared/reader-db';
import {
  addReport,
  clearReports,
  exportFileName,
  exportReports,
  listReports,
} from '../../src/shared/reports';
import { onReaderDataChanged, pausedSites, setPaused, siteOf } from '../../src/shared/settings';
import { DATASET } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(async () => {
  await closeReaderDb();
  fake = createFakeBrowser();
  fake.connectBackground(handle);
});

const DAY = 24 * 60 * 60 * 1000;
/** A tab's content script on `url`, as the background sees it. */
const tabOn = (url: string) => ({ tab: { id: 4 }, frameId: 0, url }) as never;
const pausedHere = async (url: string) => {
  const reply = await handle({ type: 'paused:here' }, tabOn(url));
  return reply.ok ? (reply.value as { paused: boolean }).paused : reply.error;
};

describe('paused sites', () => {
  it('keys a site by its host name, lower case, without www.', () => {
    expect(siteOf('https://WWW.Example.org/news/1?x=2')).toBe('example.org');
    expect(siteOf('http://news.example.com:8080/')).toBe('news.example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('pauses and resumes a site, for every page of it, and tells pages and tabs it changed', async () => {
    let heard = 0;
    const stop = onReaderDataChanged('paused', () => heard++);
    expect(await pausedHere('https://example.org/a')).toBe(false);
    await setPaused('https://www.example.org/a', true);
    await setPaused('https://other.example/', true);
    expect((await pausedSites()).map((s) => s.site)).toEqual(['example.org', 'other.example']);
    expect(await pausedHere('https://example.org/b')).toBe(true);
    expect(await pausedHere('https://sub.example.org/b')).toBe(false);
    await setPaused('https://example.org/c', false);
    expect((await pausedSites()).map((s) => s.site)).toEqual(['other.example']);
    expect(heard).toBe(3);
    // Each tab hears that something changed, not which site.
    expect(fake.tabMessages.map((m) => m.message)).toEqual(
      Array(3).fill({ type: 'reader:changed', what: 'paused' }),
    );
    stop();
    expect(Object.keys(fake.state.local).filter((k) => k !== 'storageVersion')).toEqual([]);
  });

  it('stay paused for a year from the day paused (again), then Afterword comes back on', async () => {
    const before = Date.now();
    const [site] = await setPaused('https://example.org/a', true);
    expect(site!.expiresAt - site!.pausedAt).toBe(365 * DAY);
    expect(site!.pausedAt).toBeGreaterThanOrEqual(before);
    vi.useFakeTimers({ now: site!.expiresAt + 1, toFake: ['Date'] });
    try {
      expect(await pausedHere('https://example.org/a')).toBe(false);
      expect(await pausedSites()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('wrong-match reports', () => {
  const report = {
    claimId: 'kz-csto-suspension-2023',
    datasetId: DATASET.id,
    claimText: 'Kazakhstan will suspend its membership in the CSTO from early 2023.',
    kind: 'match' as const,
    sentence: 'Kazakhstan will host the CSTO summit.',
    matchedTerms: ['csto'],
    score: 0.5,
  };

  it('keeps reports on the device, with the address only when given', async () => {
    const saved = await addReport(report);
    expect(Date.parse(saved.createdAt)).toBeLessThanOrEqual(Date.now());
    expect('url' in saved).toBe(false);
    await addReport({ ...report, url: 'https://news.example/a' });
    const { reports: list, keepDays } = await listReports();
    expect(keepDays).toBe(REPORT_KEEP_DAYS);
    expect(list.map((r) => r.url)).toEqual([undefined, 'https://news.example/a']);
    expect(new Set(list.map((r) => r.id)).size).toBe(2);
    expect(Object.keys(fake.state.local).filter((k) => k !== 'storageVersion')).toEqual([]);
    await clearReports();
    expect((await listReports()).reports).toEqual([]);
  });

  it('lists reports made within one millisecond in the order they were made', async () => {
    const t0 = Date.parse('2026-11-24T10:00:00Z');
    for (const claimId of ['first', 'second', 'third']) await addReportAt({ ...report, claimId }, t0);
    expect((await listReportsAt(t0)).map((r) => r.claimId)).toEqual(['first', 'second', 'third']);
  });

  it('saves a report after one whose date does not read (carried over from an older install)', async () => {
    const t0 = Date.parse('2026-11-24T10:00:00Z');
    const odd = { ...report, id: 'carried', createdAt: 'yesterday', expiresAt: t0 + DAY };
    await (await openReaderDb()).put('reports', odd as never);
    const saved = await addReportAt({ ...report, claimId: 'new' }, t0);
    expect(saved.createdAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps a report for REPORT_KEEP_DAYS, then deletes it', async () => {
    const t0 = Date.parse('2026-11-24T10:00:00Z');
    await addReportAt(report, t0);
    await addReportAt({ ...report, claimId: 'newer' }, t0 + DAY);
    const end = t0 + REPORT_KEEP_DAYS * DAY;
    expect((await listReportsAt(end - 1)).map((r) => r.claimId)).toEqual([report.claimId, 'newer']);
    expect((await listReportsAt(end)).map((r) => r.claimId)).toEqual(['newer']);
    expect(await pruneReaderDb(end)).toBe(1);
    expect((await listReportsAt(t0)).map((r) => r.claimId)).toEqual(['newer']);
  });

  it('keeps at most MAX_REPORTS, dropping the oldest', async () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < MAX_REPORTS; i++) await addReportAt({ ...report, claimId: `c${i}` }, t0 + i);
    await addReportAt({ ...report, claimId: 'last' }, t0 + MAX_REPORTS);
    const list = await listReportsAt(t0);
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list[0]!.claimId).toBe('c1');
    expect(list.at(-1)!.claimId).toBe('last');
  });

  it('exports a self-describing JSON file naming the datasets concerned', async () => {
    const saved = await addReportAt(report, Date.parse('2026-11-24T10:00:00Z'));
    const other = { ...DATASET, id: 'unused' };
    const file = JSON.parse(
      exportReports([saved], [DATASET, other], '0.1.0', new Date('2026-11-25T08:00:00Z')),
    );
    expect(file).toEqual({
      format: 'afterword-wrong-match-reports',
      formatVersion: 1,
      exportedAt: '2026-11-25T08:00:00.000Z',
      extensionVersion: '0.1.0',
      datasets: [
        {
          id: DATASET.id,
          title: DATASET.title,
          version: DATASET.version,
          asOf: DATASET.asOf,
          publisher: DATASET.publisher,
        },
      ],
      reports: [saved],
    });
    expect(exportFileName(new Date('2026-11-25T08:00:00Z'))).toBe('afterword-wrong-matches-2026-11-25.json');
  });
});
