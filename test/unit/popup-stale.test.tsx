// @vitest-environment happy-dom
/**
 * The popup's dataset line says when a dataset's source is stale (no successful check for the
 * background's STALE_AFTER_MS), with the date of its last success; a fresh source says nothing more.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import type { SourcesState, SourceView } from '../../src/shared/messages';
import { DATASET, SCANNED } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { READER_TIME_ZONE } from '../support/reader-time-zone';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

const source = (overrides: Partial<SourceView>): SourceView => ({
  id: 'src-1',
  kind: 'url',
  url: 'https://data.example/demo.json',
  enabled: true,
  dataset: DATASET,
  ...overrides,
});

function answer(sources: SourceView[]) {
  const state: SourcesState = { sources, intervalMinutes: 1440, intervalChoices: [1440] };
  fake.state.handlers = {
    'tab:get': () => ({ tab: SCANNED, datasets: [DATASET] }),
    'sources:list': () => state,
  };
}

beforeEach(() => {
  fake.state.messages = {};
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
});

describe('popup: a stale dataset', () => {
  it('is marked in the dataset line with the date of its last success', async () => {
    answer([source({ stale: true, lastSuccess: Date.UTC(2026, 10, 1, 12) })]);
    render(<Popup search="?tab=1" />);
    const footer = await screen.findByRole('contentinfo');
    await waitFor(() =>
      expect(footer.querySelector('[data-stale]')?.textContent?.trim()).toBe(
        '(stale: no successful update since 1 November 2026)',
      ),
    );
  });

  it('gives the day of the last success in the reader’s own time zone, not UTC', async () => {
    // A reader in California (the unit tests' zone, test/support/reader-time-zone.ts): 5 pm on
    // 31 October there is already 1 November in UTC.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(READER_TIME_ZONE);
    expect(READER_TIME_ZONE).toBe('America/Los_Angeles');
    answer([source({ stale: true, lastSuccess: Date.parse('2026-11-01T00:00:00Z') })]);
    render(<Popup search="?tab=1" />);
    const footer = await screen.findByRole('contentinfo');
    await waitFor(() =>
      expect(footer.querySelector('[data-stale]')?.textContent?.trim()).toBe(
        '(stale: no successful update since 31 October 2026)',
      ),
    );
  });

  it('that never succeeded says so; a fresh one is not marked', async () => {
    answer([source({ stale: true })]);
    render(<Popup search="?tab=1" />);
    const footer = await screen.findByRole('contentinfo');
    await waitFor(() =>
      expect(footer.querySelector('[data-stale]')?.textContent?.trim()).toBe(
        '(stale: no successful update since it was added)',
      ),
    );
    cleanup();
    answer([source({})]);
    render(<Popup search="?tab=1" />);
    const fresh = await screen.findByRole('contentinfo');
    await waitFor(() => expect(fresh.textContent).toContain(DATASET.title));
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sources:list' });
    expect(fresh.querySelector('[data-stale]')).toBeNull();
  });
});
