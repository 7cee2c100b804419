// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../src/engine/model';
import { Popup } from '../../src/popup/Popup';
import type { TabState } from '../../src/shared/messages';
import { DATASET, KZ_CLAIM, PAGE, SCANNED, kzMatch } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

function answer(tab: TabState, datasets = [DATASET]) {
  fake.state.handlers = { 'tab:get': () => ({ tab, datasets }) };
}

/** Text of each timeline entry of a card, top to bottom. */
function timelineEntries(card: HTMLElement): string[] {
  return Array.from(card.querySelectorAll('.tl-list > li')).map((li) => li.textContent ?? '');
}

beforeEach(() => {
  fake.state.handlers = {};
  fake.state.messages = {};
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
});

describe('popup: finding the tab', () => {
  it('asks the background about the tab named by ?tab=', async () => {
    answer({ state: 'idle' });
    render(<Popup search="?tab=7" />);
    await screen.findByText('Nothing checked on this page yet.');
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab:get', tabId: 7 });
    expect(fake.tabs.query).not.toHaveBeenCalled();
  });

  it('uses the active tab of the current window without ?tab=', async () => {
    answer({ state: 'not-article' });
    render(<Popup search="" />);
    await screen.findByText(
      "Afterword reads news articles. This page doesn't look like one, so nothing was checked.",
    );
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab:get', tabId: 42 });
  });

  it('says so when the background fails, and can try again', async () => {
    let calls = 0;
    fake.state.handlers = {
      'tab:get': () => {
        calls += 1;
        if (calls === 1) throw new Error('Dataset store is not ready');
        return { tab: { state: 'not-article' }, datasets: [DATASET] };
      },
    };
    render(<Popup search="?tab=3" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Afterword couldn't load the results for this tab.");
    expect(alert.textContent).toContain('Dataset store is not ready');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText("This page doesn't look like a news article");
  });
});

describe('popup: states', () => {
  it('shows a loading state until the background answers', async () => {
    let release: (v: unknown) => void = () => undefined;
    fake.state.handlers = { 'tab:get': () => new Promise((r) => (release = r)) };
    render(<Popup search="?tab=1" />);
    expect(screen.getByRole('status').textContent).toBe('Checking this page…');
    await waitFor(() => expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab:get', tabId: 1 }));
    expect(screen.getByRole('status').textContent).toBe('Checking this page…');
    release({ tab: { state: 'idle' }, datasets: [DATASET] });
    await screen.findByText('Nothing checked on this page yet.');
  });

  it('idle: nothing checked yet', async () => {
    answer({ state: 'idle' });
    render(<Popup search="?tab=1" />);
    expect(await screen.findByRole('heading', { name: 'Nothing checked on this page yet.' })).toBeTruthy();
    expect(document.querySelector('.card')).toBeNull();
  });

  it('not-article: explains that only news articles are read', async () => {
    answer({ state: 'not-article', page: { url: 'https://example.org/' } });
    render(<Popup search="?tab=1" />);
    expect(
      await screen.findByText(
        "Afterword reads news articles. This page doesn't look like one, so nothing was checked.",
      ),
    ).toBeTruthy();
  });

  it('scanned without matches: says so, with the data date and claim count', async () => {
    answer({ state: 'scanned', page: PAGE, matches: [], scannedAt: '2026-11-24T10:00:00Z' });
    render(<Popup search="?tab=1" />);
    expect(await screen.findByRole('heading', { name: 'No tracked claims in this article' })).toBeTruthy();
    expect(
      screen.getByText(
        'Checked against 2 claims from “Afterword demo dataset”, data as of 24 November 2026.',
      ),
    ).toBeTruthy();
  });

  it('scanned without matches and no datasets: says there was nothing to check against', async () => {
    answer({ state: 'scanned', page: PAGE, matches: [], scannedAt: '2026-11-24T10:00:00Z' }, []);
    render(<Popup search="?tab=1" />);
    expect(
      await screen.findByText('No datasets are installed, so there was nothing to check against.'),
    ).toBeTruthy();
  });
});

describe('popup: matches', () => {
  it('has an "In this article" and a "Related" section, with counts', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const matches = await screen.findByRole('region', { name: /In this article/ });
    const related = screen.getByRole('region', { name: /Related/ });
    expect(within(matches).getByRole('heading', { level: 2 }).textContent).toMatch(
      /In this article\s*1\s*\(1 claim\)/,
    );
    expect(within(related).getByRole('heading', { level: 2 }).textContent).toMatch(
      /Related\s*1\s*\(1 claim\)/,
    );
    expect(within(matches).getByRole('heading', { level: 3 }).textContent).toBe(KZ_CLAIM.text);
    expect(within(related).getByRole('heading', { level: 3 }).textContent).toBe(
      'Putin survived an assassination attempt on 14 September 2022.',
    );
  });

  it('shows the status in words, the verdict sentence in the UI language, the stance, and why on request', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const section = await screen.findByRole('region', { name: /In this article/ });
    const card = within(section).getByRole('article');
    expect(card.querySelector('.chip')?.textContent).toBe('Denied');
    expect(card.querySelector('.chip')?.className).toContain('chip--denied');
    // Built from the structured verdict (status, relation, days, deciding events), not verdict.text.
    expect(card.querySelector('.verdict')?.textContent).toBe(
      'Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published.',
    );
    expect(within(card).getByText('This article states it as fact')).toBeTruthy();
    const why = within(card).getByRole('button', { name: 'Why this hint' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    expect(within(panel).getByText('The sentence on this page:')).toBeTruthy();
    expect(within(panel).getByText(kzMatch().sentence).tagName).toBe('BLOCKQUOTE');
  });

  it('says in words how the article treats the claim, for each stance', async () => {
    answer({
      ...SCANNED,
      matches: [
        kzMatch({ stance: 'hedged' }),
        kzMatch({ claimId: 'b', stance: 'reports-denial' }),
        kzMatch({ claimId: 'c', stance: 'debunks' }),
      ],
    } as TabState);
    render(<Popup search="?tab=1" />);
    expect(await screen.findByText('This article attributes it to others')).toBeTruthy();
    expect(screen.getByText('This article reports the denial')).toBeTruthy();
    expect(screen.getByText('This article debunks it')).toBeTruthy();
  });

  it('labels every status in words', async () => {
    const statuses = [
      'denied',
      'confirmed',
      'rated-false',
      'rated-true',
      'rated-mixed',
      'retracted',
      'unconfirmed',
    ] as const;
    answer({
      ...SCANNED,
      matches: statuses.map((status) =>
        kzMatch({ claimId: status, verdict: { ...kzMatch().verdict, status } }),
      ),
    } as TabState);
    render(<Popup search="?tab=1" />);
    await screen.findAllByRole('article');
    const chips = Array.from(document.querySelectorAll('.chip')).map((c) => c.textContent);
    expect(chips).toEqual([
      'Denied',
      'Confirmed',
      'Rated false',
      'Rated true',
      'Mixed rating',
      'Retracted',
      'Unconfirmed',
    ]);
  });

  it('marks related claims as discussed but not stated', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const related = await screen.findByRole('region', { name: /Related/ });
    const card = within(related).getByRole('article');
    expect(card.className).toContain('card--related');
    expect(
      within(card).getByText('This article discusses the subject but does not state the claim.'),
    ).toBeTruthy();
    expect(within(card).queryByText('This article attributes it to others')).toBeNull();
  });

  it('starts with every timeline closed; the verdict stays visible; a button opens each', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    await screen.findAllByRole('article');
    const toggles = screen.getAllByRole('button', { name: /^Timeline/ });
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
    expect(toggles[0]!.textContent).toContain('(3 events)');
    expect(toggles[1]!.textContent).toContain('(1 event)');
    const panels = toggles.map((b) => document.getElementById(b.getAttribute('aria-controls')!)!);
    expect(panels.map((p) => p.hidden)).toEqual([true, true]);
    expect(panels[0]!.closest('article')!.querySelector('.verdict')!.closest('[hidden]')).toBeNull();
    fireEvent.click(toggles[1]!);
    expect(panels.map((p) => p.hidden)).toEqual([true, false]);
    expect(toggles[1]!.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('popup: timeline', () => {
  it('orders the events by date and puts "This article" between the report (14 Sep) and the denials (15 Sep)', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const [card] = await screen.findAllByRole('article');
    const entries = timelineEntries(card!);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toContain('14 September 2022');
    expect(entries[0]).toContain('Reported');
    expect(entries[0]).toContain('the same day as this article');
    expect(entries[1]).toContain('This article');
    expect(entries[1]).toContain('14 September 2022');
    expect(entries[1]).toContain('Euro Weekly News');
    expect(entries[2]).toContain('Aydos Sarym');
    expect(entries[3]).toContain('Kassym-Jomart Tokayev');
    for (const denial of entries.slice(2)) {
      expect(denial).toContain('15 September 2022');
      expect(denial).toContain('Denied');
      expect(denial).toContain('1 day after this article');
    }
  });

  it('shows date, type, actor and role, quote, note and source with "via"', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const [card] = await screen.findAllByRole('article');
    const items = card!.querySelectorAll('.tl-list > li');
    const sarym = items[2] as HTMLElement;
    expect(sarym.querySelector('time')!.getAttribute('datetime')).toBe('2022-09-15');
    expect(sarym.querySelector('.tl-type')!.textContent).toBe('Denied');
    expect(sarym.querySelector('.tl-actor')!.textContent).toBe(
      'Aydos Sarym, member of the Majilis Defence and Security Committee',
    );
    expect(sarym.querySelector('.tl-quote')!.textContent).toBe(
      '“There were no such rumours, let alone discussions”',
    );
    expect(sarym.querySelector('.tl-source')!.textContent).toBe('Source: mk.ru via Euro Weekly News');
    expect(sarym.querySelector('a')).toBeNull();
    const tokayev = items[3] as HTMLElement;
    expect(tokayev.querySelector('.tl-note')!.textContent).toBe(
      'in an interview with the Russia-24 TV channel',
    );
    const article = items[1] as HTMLElement;
    expect(article.querySelector('time')!.getAttribute('datetime')).toBe(PAGE.published);
  });

  it('links a source with an https URL in a new tab, safely', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const related = await screen.findByRole('region', { name: /Related/ });
    fireEvent.click(within(related).getByRole('button', { name: /^Timeline/ }));
    const link = within(related).getByRole('link', { name: /TASS/ });
    expect(link.getAttribute('href')).toBe('https://tass.com/politics/1508247');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const entries = timelineEntries(within(related).getByRole('article'));
    expect(entries[0]).toContain('This article');
    expect(entries[1]).toContain('Dmitry Peskov, Kremlin spokesman');
    expect(entries[1]).toContain('“No”');
  });

  it('without a publication date: no marker, no offsets, and says the date is unknown', async () => {
    const { published: _published, ...undated } = PAGE;
    answer({ ...SCANNED, page: undated } as TabState);
    render(<Popup search="?tab=1" />);
    const [card] = await screen.findAllByRole('article');
    expect(within(card!).getByText("The article's date is unknown")).toBeTruthy();
    const entries = timelineEntries(card!);
    expect(entries).toHaveLength(3);
    expect(entries.join(' ')).not.toContain('This article');
    expect(entries.join(' ')).not.toContain('after this article');
    expect(screen.getByText('Publication date unknown')).toBeTruthy();
  });

  it('puts events long before the article before the marker, in months', async () => {
    const claim: Claim = {
      ...KZ_CLAIM,
      events: [
        { date: '2022-06-10', type: 'reported', source: { outlet: 'Outlet A' } },
        { date: '2022-06-12', type: 'denied', source: { outlet: 'Outlet B' } },
      ],
    };
    answer({ ...SCANNED, matches: [kzMatch({ claim })] } as TabState);
    render(<Popup search="?tab=1" />);
    const [card] = await screen.findAllByRole('article');
    const entries = timelineEntries(card!);
    expect(entries[0]).toContain('3 months before this article');
    expect(entries[1]).toContain('3 months before this article');
    expect(entries[2]).toContain('This article');
  });
});

describe('popup: text from the dataset and the page is never HTML', () => {
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';

  it('renders markup as text and never links javascript: URLs', async () => {
    const claim: Claim = {
      ...KZ_CLAIM,
      text: `Claim ${evil}`,
      events: [
        {
          date: '2022-09-15',
          type: 'denied',
          actor: { name: `Actor ${evil}`, role: `<b>role</b>` },
          source: { outlet: `Outlet ${evil}`, url: 'javascript:alert(1)', via: `<script>via</script>` },
          quote: `Quote ${evil}`,
          note: `<iframe src="https://evil.example"></iframe>`,
        },
        {
          date: '2022-09-16',
          type: 'confirmed',
          source: { outlet: 'Data outlet', url: 'data:text/html,<script>alert(1)</script>' },
        },
        {
          date: '2022-09-17',
          type: 'confirmed',
          source: { outlet: 'Mixed-case outlet', url: ' JaVaScRiPt:alert(1)' },
        },
      ],
    };
    const match = kzMatch({
      claim,
      sentence: `Sentence ${evil}`,
      verdict: { ...kzMatch().verdict, decidingEvent: claim.events[0] },
    });
    answer({
      ...SCANNED,
      page: { ...PAGE, title: `Title ${evil}`, outlet: `Page outlet ${evil}` },
      matches: [match],
    } as TabState);
    render(<Popup search="?tab=1" />);
    const card = await screen.findByRole('article');

    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(`Claim ${evil}`);
    expect(card.querySelector('.verdict')!.textContent).toBe(
      `Denied by Actor ${evil} (<b>role</b>) one day after this article was published.`,
    );
    expect(card.querySelector('blockquote')!.textContent).toBe(`Sentence ${evil}`);
    expect(card.querySelector('.tl-quote')!.textContent).toBe(`“Quote ${evil}”`);
    expect(card.querySelector('.tl-actor')!.textContent).toBe(`Actor ${evil}, <b>role</b>`);
    expect(card.querySelector('.tl-source')!.textContent).toBe(
      `Source: Outlet ${evil} via <script>via</script>`,
    );
    expect(document.body.textContent).toContain(`Title ${evil}`);
    expect(document.body.textContent).toContain(`Page outlet ${evil}`);

    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !/^https?:/i.test(h))).toEqual([]);
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
    expect(document.body.innerHTML).not.toMatch(/javascript:/i);
    expect(document.body.innerHTML).not.toMatch(/href="data:/i);
  });
});

describe('popup: footer', () => {
  it('shows the dataset, its date and publisher', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    const footer = await screen.findByRole('contentinfo');
    await waitFor(() => expect(footer.textContent).toContain('Afterword demo dataset'));
    expect(footer.textContent).toContain('data as of 24 November 2026');
    expect(footer.textContent).toContain('by Afterword contributors');
  });

  it('opens the options page', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    answer(SCANNED);
    render(<Popup search="?tab=1" />);
    await screen.findAllByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'Settings and datasets' }));
    expect(fake.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(close).toHaveBeenCalled());
    close.mockRestore();
  });
});

describe('popup: idle tabs are asked again', () => {
  it('re-asks while the tab is idle and shows the result once the page is scanned', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      fake.state.handlers = {
        'tab:get': () => {
          calls += 1;
          return { tab: calls < 3 ? { state: 'idle' } : SCANNED, datasets: [DATASET] };
        },
      };
      render(<Popup search="?tab=1" />);
      await vi.waitFor(() => expect(screen.getByText('Nothing checked on this page yet.')).toBeTruthy());
      await vi.advanceTimersByTimeAsync(2000);
      await vi.waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
      expect(calls).toBe(3);
      await vi.advanceTimersByTimeAsync(5000);
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
