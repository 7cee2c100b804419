// @vitest-environment happy-dom
/**
 * The options page says on which day a paused site comes back on: the day in the reader's own time
 * zone, not the UTC date of the moment, which west of UTC is the next day for the evening hours.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { setSitePaused } from '../../src/background/reader-data/store';
import { Options } from '../../src/options/Options';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { freshReaderDb, readerDataAnswers } from '../support/reader-data';
import { READER_TIME_ZONE } from '../support/reader-time-zone';
import { DATASET } from './popup-data';

let fake: FakeBrowser;
beforeAll(() => {
  // A reader in California (the unit tests' zone, test/support/reader-time-zone.ts): 8 hours
  // behind UTC in December.
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(READER_TIME_ZONE);
  expect(READER_TIME_ZONE).toBe('America/Los_Angeles');
});

beforeEach(async () => {
  fake = createFakeBrowser();
  await freshReaderDb();
  fake.state.handlers = {
    ...readerDataAnswers(),
    'datasets:list': () => ({ datasets: [DATASET] }),
    'sources:list': () => ({
      sources: [{ id: 'bundled', kind: 'bundled', enabled: true, dataset: DATASET }],
      intervalMinutes: 1440,
      intervalChoices: [1440],
    }),
  };
});

afterEach(() => {
  cleanup();
});

it('a site paused on a Californian evening comes back on that evening’s date a year on', async () => {
  // 5 pm on 3 December in California is already 4 December in UTC.
  await setSitePaused('https://example.org/', true, Date.parse('2026-12-04T01:00:00Z'));
  render(<Options />);
  const section = screen.getByRole('region', { name: 'Paused sites' });
  await within(section).findByText('example.org');
  expect(within(section).getByText('until 3 December 2027')).toBeTruthy();
});
