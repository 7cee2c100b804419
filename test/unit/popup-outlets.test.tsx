// @vitest-environment happy-dom
/**
 * "About this site", the Outlets view and the claim card's origin line, as a reader sees them: the
 * outlet's name and kind, the sample size always said, counts and each claim in words (never a
 * score), and where a claim came from.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { OriginLine } from '../../src/popup/OriginLine';
import type { OutletView, TabState } from '../../src/shared/messages';
import { OutletRecord, originSentence } from '../../src/ui/outlets';
import { readFileSync } from 'node:fs';
import { getMessageFrom, type MessagesJson } from './locale-support';
import { DATASET, KZ_CLAIM, PUTIN_CLAIM, SCANNED } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

/** Euro Weekly News as the background describes it from the default dataset. */
const EWN: OutletView = {
  key: 'euro-weekly-news',
  name: 'Euro Weekly News',
  kind: 'news',
  domains: ['euroweeklynews.com'],
  handles: [],
  reported: 2,
  counts: {
    denied: 2,
    confirmed: 0,
    'rated-false': 0,
    'rated-true': 0,
    'rated-mixed': 0,
    retracted: 0,
    unconfirmed: 0,
  },
  claims: [
    {
      datasetId: DATASET.id,
      claim: KZ_CLAIM,
      status: 'denied',
      reportedOn: '2022-09-14',
      decidedOn: '2022-09-15',
      days: 1,
      followUp: 'reported-outcome',
      followUpOn: '2022-09-15',
    },
    {
      datasetId: DATASET.id,
      claim: PUTIN_CLAIM,
      status: 'denied',
      reportedOn: '2022-09-14',
      decidedOn: '2022-09-15',
      days: 1,
      followUp: null,
      followUpOn: null,
    },
  ],
};

const ORIGIN = [
  {
    date: '2022-09-14',
    role: 'made' as const,
    name: '@yellow_folder',
    outlet: { key: 'yellow-folder', name: '@yellow_folder', kind: 'telegram' as const },
  },
  {
    date: '2022-09-14',
    role: 'reported' as const,
    name: 'Euro Weekly News',
    outlet: { key: 'euro-weekly-news', name: 'Euro Weekly News', kind: 'news' as const },
  },
  { date: '2022-09-15', role: 'cited' as const, name: 'Kazakh media', outlet: null },
];

const NOT_ARTICLE: TabState = { state: 'not-article', page: { url: 'https://www.euroweeklynews.com/' } };

beforeEach(() => {
  fake.state.handlers = {};
  fake.state.messages = {};
  vi.clearAllMocks();
});
afterEach(() => cleanup());

describe('an outlet’s record', () => {
  it('names the outlet and its kind, says the sample size, counts by status and tells each claim', () => {
    const open = vi.fn();
    render(<OutletRecord outlet={EWN} id="r" level={3} openClaim={open} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Euro Weekly News' })).toBeTruthy();
    expect(screen.getByText('news outlet')).toBeTruthy();
    expect(screen.getByText('Site: euroweeklynews.com')).toBeTruthy();
    expect(screen.getByText('2 claims in your datasets name this outlet')).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'How these claims stand now' })).getByText('Denied: 2'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Reported on 14 September 2022; denied 1 day later by Aydos Sarym and Kassym-Jomart Tokayev; it reported the denial the same day.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Reported on 14 September 2022; denied 1 day later by Dmitry Peskov (Kremlin spokesman).',
        {
          exact: false,
        },
      ),
    ).toBeTruthy();
    expect(screen.getByText('Counts from your datasets, not a rating of the outlet.')).toBeTruthy();
    // No grade or score anywhere in what the reader sees.
    expect(document.body.textContent).not.toMatch(/score|grade|rating:|%|\/10/i);

    fireEvent.click(screen.getByRole('button', { name: KZ_CLAIM.text }));
    expect(open).toHaveBeenCalledWith(KZ_CLAIM);
  });

  it('says one claim in the singular, and none when the datasets name the outlet in no report', () => {
    const one = { ...EWN, reported: 1, claims: EWN.claims.slice(0, 1) };
    render(<OutletRecord outlet={one} id="one" level={3} openClaim={() => undefined} />);
    expect(screen.getByText('1 claim in your datasets names this outlet')).toBeTruthy();
    cleanup();
    render(
      <OutletRecord
        outlet={{ ...EWN, reported: 0, claims: [] }}
        id="none"
        level={3}
        openClaim={() => undefined}
      />,
    );
    expect(screen.getByText('No claim in your datasets names this outlet yet.')).toBeTruthy();
  });

  it('is said in Russian with the shipped messages', () => {
    fake.i18n.getMessage.mockImplementation(
      getMessageFrom(
        // Read from the repository root: happy-dom gives modules no file: URL to resolve against.
        JSON.parse(readFileSync('public/_locales/ru/messages.json', 'utf8')) as MessagesJson,
      ),
    );
    fake.i18n.getUILanguage.mockImplementation(() => 'ru');
    try {
      render(<OutletRecord outlet={EWN} id="ru" level={3} openClaim={() => undefined} />);
      expect(
        screen.getByText('Утверждений в ваших наборах данных, связанных с этим изданием: 2'),
      ).toBeTruthy();
      expect(screen.getByText('новостное издание')).toBeTruthy();
    } finally {
      fake.i18n.getMessage.mockImplementation((key: string) => fake.state.messages[key] ?? '');
      fake.i18n.getUILanguage.mockImplementation(() => 'en-GB');
    }
  });
});

describe('a claim’s origin', () => {
  it('says who first reported it and who followed, with each outlet’s kind', () => {
    expect(originSentence(ORIGIN)).toBe(
      'First reported by @yellow_folder (Telegram channel) on 14 September 2022; then by Euro Weekly News (news outlet) on 14 September 2022; then cited by Kazakh media on 15 September 2022.',
    );
    expect(originSentence([])).toBeNull();
  });

  it('shows in the claim card, asked of the background', async () => {
    fake.state.handlers = {
      'outlets:origins': (req) => ({
        origins: req.claims.map((c) => ({ ...c, steps: ORIGIN.slice(0, 2) })),
      }),
    };
    render(<OriginLine datasetId={DATASET.id} claimId={KZ_CLAIM.id} />);
    await screen.findByText(
      'First reported by @yellow_folder (Telegram channel) on 14 September 2022; then by Euro Weekly News (news outlet) on 14 September 2022.',
    );
  });
});

describe('the popup', () => {
  it('shows “About this site” on a page of a known outlet that is not an article', async () => {
    fake.state.handlers = {
      'tab:get': () => ({ tab: NOT_ARTICLE, datasets: [DATASET] }),
      'outlets:site': (req) => ({ outlet: req.url.includes('euroweeklynews.com') ? EWN : null }),
    };
    render(<Popup search="?tab=7" />);
    const section = await screen.findByRole('region', { name: 'About this site' });
    expect(within(section).getByText('2 claims in your datasets name this outlet')).toBeTruthy();
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'outlets:site',
      url: 'https://www.euroweeklynews.com/',
    });
  });

  it('shows no “About this site” for a site the datasets do not know', async () => {
    fake.state.handlers = {
      'tab:get': () => ({ tab: SCANNED, datasets: [DATASET] }),
      'outlets:site': () => ({ outlet: null }),
    };
    render(<Popup search="?tab=7" />);
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'outlets:site' }),
      ),
    );
    expect(screen.queryByRole('region', { name: 'About this site' })).toBeNull();
  });

  it('opens the Outlets view from its footer, searches it, and opens a claim in the look-up', async () => {
    const other: OutletView = {
      ...EWN,
      key: 'tass',
      name: 'TASS',
      kind: 'agency',
      domains: ['tass.com'],
      reported: 0,
      claims: [],
    };
    fake.state.handlers = {
      'tab:get': () => ({ tab: NOT_ARTICLE, datasets: [DATASET] }),
      'outlets:list': (req) => ({
        outlets: req.query === '' ? [EWN, other] : [other],
        total: 2,
      }),
      'lookup:search': () => ({ hits: [] }),
    };
    render(<Popup search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Outlets' }));
    await screen.findByRole('heading', { level: 2, name: 'Outlets in your datasets' });
    await screen.findByText('Outlets: 2 of 2');
    // Focus moves into the view, so a keyboard or screen-reader user lands in it.
    expect(document.activeElement?.textContent).toBe('Back to this page');

    fireEvent.input(screen.getByLabelText('Search outlets by name, site or handle'), {
      target: { value: 'tass' },
    });
    await screen.findByText('Outlets: 1 of 2');
    expect(screen.getByRole('heading', { level: 3, name: 'TASS' })).toBeTruthy();
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'outlets:list', query: 'tass' });

    fireEvent.input(screen.getByLabelText('Search outlets by name, site or handle'), {
      target: { value: '' },
    });
    fireEvent.click(await screen.findByRole('button', { name: KZ_CLAIM.text }));
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'lookup:search', query: KZ_CLAIM.text }),
      ),
    );
    expect(screen.queryByRole('heading', { name: 'Outlets in your datasets' })).toBeNull();
  });
});
