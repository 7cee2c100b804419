/**
 * What the reader's choices leave on the device, and only there: the sites where Afterword is
 * paused, and wrong-match reports (the page's address only when the reader agreed), exported as a
 * file for the dataset's publisher.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addReport,
  clearReports,
  exportFileName,
  exportReports,
  listReports,
  MAX_REPORTS,
} from '../../src/shared/reports';
import { isPaused, onPausedSitesChanged, pausedSites, setPaused, siteOf } from '../../src/shared/settings';
import { DATASET } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));
beforeEach(() => {
  fake = createFakeBrowser();
});

beforeEach(() => {
  fake.state.local = {};
});

describe('paused sites', () => {
  it('keys a site by its host name, lower case, without www.', () => {
    expect(siteOf('https://WWW.Example.org/news/1?x=2')).toBe('example.org');
    expect(siteOf('http://news.example.com:8080/')).toBe('news.example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('pauses and resumes a site, for every page of it, and tells listeners', async () => {
    const heard: string[][] = [];
    const stop = onPausedSitesChanged((sites) => heard.push(sites));
    expect(await isPaused('https://example.org/a')).toBe(false);
    await setPaused('https://www.example.org/a', true);
    await setPaused('https://other.example/', true);
    expect(await pausedSites()).toEqual(['example.org', 'other.example']);
    expect(await isPaused('https://example.org/b')).toBe(true);
    expect(await isPaused('https://sub.example.org/b')).toBe(false);
    await setPaused('https://example.org/c', false);
    expect(await pausedSites()).toEqual(['other.example']);
    expect(heard).toEqual([['example.org'], ['example.org', 'other.example'], ['other.example']]);
    stop();
  });

  it('reads a damaged setting as nothing paused', async () => {
    fake.state.local = { pausedSites: 'example.org' };
    expect(await pausedSites()).toEqual([]);
    fake.state.local = { pausedSites: ['a.example', 3, null, 'a.example'] };
    expect(await pausedSites()).toEqual(['a.example']);
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
    const saved = await addReport(report, new Date('2026-11-24T10:00:00Z'));
    expect(saved.createdAt).toBe('2026-11-24T10:00:00.000Z');
    expect('url' in saved).toBe(false);
    await addReport({ ...report, url: 'https://news.example/a' });
    const list = await listReports();
    expect(list.map((r) => r.url)).toEqual([undefined, 'https://news.example/a']);
    expect(new Set(list.map((r) => r.id)).size).toBe(2);
    await clearReports();
    expect(await listReports()).toEqual([]);
  });

  it('keeps at most MAX_REPORTS, dropping the oldest', async () => {
    fake.state.local = {
      wrongMatchReports: Array.from({ length: MAX_REPORTS }, (_, i) => ({
        ...report,
        id: `r${i}`,
        createdAt: '2026-01-01T00:00:00Z',
      })),
    };
    await addReport(report);
    const list = await listReports();
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list[0]!.id).toBe('r1');
  });

  it('exports a self-describing JSON file naming the datasets concerned', async () => {
    const saved = await addReport(report, new Date('2026-11-24T10:00:00Z'));
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
