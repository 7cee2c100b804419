// @vitest-environment happy-dom
/**
 * The popup's reader tools: "Why this hint" (with a way to the passage), "Wrong match?" (kept on
 * the device, the address only when agreed), exporting and deleting reports, the look-up as you
 * type, pausing on a site, opening on a claim or a look-up it was asked for, and the controls over
 * the page (hide/show highlights, a hint hidden by "Wrong match?" and its undo, "Check this page anyway").
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { hiddenHintsOn } from '../../src/shared/hidden-hints';
import { openReaderDb } from '../../src/shared/reader-db';
import type { LookupHit, TabState } from '../../src/shared/messages';
import { DATASET, KZ_CLAIM, PAGE, PUTIN_CLAIM, SCANNED, kzMatch, wordSpans } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { freshReaderDb, readerData, readerDataAnswers } from '../support/reader-data';

let fake: FakeBrowser;
beforeEach(async () => {
  await freshReaderDb();
  fake = createFakeBrowser();
});

function answer(tab: TabState, extra: Partial<typeof fake.state.handlers> = {}) {
  fake.state.handlers = {
    ...readerDataAnswers(),
    'tab:get': () => ({ tab, datasets: [DATASET] }),
    'popup:intent': () => ({ intent: null }),
    ...extra,
  };
}

beforeEach(() => {
  fake.state.handlers = {};
  fake.state.messages = {};
  fake.state.local = {};
  fake.state.pageReply = () => ({ ok: true });
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function firstCard() {
  const section = await screen.findByRole('region', { name: /In this article/ });
  return within(section).getByRole('article');
}

function openPanel(card: HTMLElement, name: string | RegExp): HTMLElement {
  const button = within(card).getByRole('button', { name });
  fireEvent.click(button);
  return document.getElementById(button.getAttribute('aria-controls')!)!;
}

describe('why this hint', () => {
  it('shows the sentence, the claim’s words as the sentence writes them, and the score', async () => {
    answer({
      ...SCANNED,
      matches: [kzMatch({ matchedTerms: ['kazakhstan', 'suspend', 'membership', 'csto'] })],
    } as TabState);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), 'Why this hint');
    expect(panel.querySelector('blockquote')!.textContent).toBe(kzMatch().sentence);
    expect(Array.from(panel.querySelectorAll('.term')).map((t) => t.textContent)).toEqual([
      'Kazakhstan',
      'suspend',
      'membership',
      'CSTO',
    ]);
    expect(
      within(panel).getByText('Match score: 0.82 — how much of the claim this sentence carries.'),
    ).toBeTruthy();
  });

  it('shows where the article’s stance was read: the cue and its sentence, or nothing for a plain statement', async () => {
    const denial = 'The Foreign Ministry denied this information on Thursday.';
    answer({
      ...SCANNED,
      matches: [
        kzMatch({
          stance: 'reports-denial',
          stanceEvidence: {
            where: 'text',
            sentence: denial,
            start: 400,
            end: 400 + denial.length,
            cue: 'denied',
          },
        }),
      ],
    } as TabState);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), 'Why this hint');
    const figure = panel.querySelector('.why-stance')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe(
      '“This article reports the denial”, from the words “denied” in this sentence:',
    );
    expect(figure.querySelector('blockquote')!.textContent).toBe(denial);
    cleanup();
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    expect(openPanel(await firstCard(), 'Why this hint').querySelector('.why-stance')).toBeNull();
  });

  it('shows the words at the offsets the engine gives, each once, as the passage spells them', async () => {
    const sentence = 'Tokayev refused to recognise the republics, Tokayev said in September.';
    answer({
      ...SCANNED,
      matches: [
        kzMatch({
          sentence,
          matchedTerms: ['tokayev', 'refus', 'recogni', 'septemb'],
          matchedWords: [
            ...wordSpans(sentence, 120, ['Tokayev', 'refused', 'recognise']),
            { start: 120 + sentence.lastIndexOf('Tokayev'), end: 120 + sentence.lastIndexOf('Tokayev') + 7 },
            ...wordSpans(sentence, 120, ['September']),
          ],
        }),
      ],
    } as TabState);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), 'Why this hint');
    expect(Array.from(panel.querySelectorAll('.term')).map((t) => t.textContent)).toEqual([
      'Tokayev',
      'refused',
      'recognise',
      'September',
    ]);
  });

  it('asks the tab’s content script to show the passage, and says when it could not', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), 'Why this hint');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show on page' }));
    await waitFor(() =>
      expect(fake.tabs.sendMessage).toHaveBeenCalledWith(3, {
        type: 'page:reveal',
        claimId: KZ_CLAIM.id,
      }),
    );
    expect(within(panel).queryByRole('alert')).toBeNull();
    fake.state.pageReply = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    fireEvent.click(within(panel).getByRole('button', { name: 'Show on page' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(
      "The passage couldn't be shown. Reload the page and try again.",
    );
  });
});

describe('wrong match', () => {
  it('saves a report on the device without the page’s address unless the reader agrees', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    const card = await firstCard();
    const panel = openPanel(card, 'Wrong match?');
    const box = within(panel).getByRole('checkbox', {
      name: 'Include this page’s address',
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(within(panel).getByRole('button', { name: 'Save report' }));
    expect((await within(panel).findByRole('status')).textContent).toBe(
      'Report saved on this device, and the hint hidden on this page. Nothing was sent.',
    );
    const [saved] = (await readerData()).reports;
    expect(saved).toMatchObject({
      claimId: KZ_CLAIM.id,
      sentence: kzMatch().sentence,
      datasetId: DATASET.id,
      kind: 'match',
    });
    expect(saved).not.toHaveProperty('url');
    // Kept by the extension's own background, not in storage a page can read.
    expect(fake.state.local).not.toHaveProperty('wrongMatchReports');

    const related = within(await screen.findByRole('region', { name: /Related/ })).getByRole('article');
    const second = openPanel(related, 'Wrong match?');
    fireEvent.click(within(second).getByRole('checkbox', { name: 'Include this page’s address' }));
    fireEvent.click(within(second).getByRole('button', { name: 'Save report' }));
    await within(second).findByRole('status');
    const { reports } = await readerData();
    expect(reports.map((r) => r.url)).toEqual([undefined, PAGE.url]);
  });

  it('counts the reports in the footer, exports them as a file made in the popup, and deletes them', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:afterword/1';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.getAttribute('href')!, download: this.download });
    });
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), 'Wrong match?');
    fireEvent.click(within(panel).getByRole('button', { name: 'Save report' }));
    const footer = screen.getByRole('contentinfo');
    await within(footer).findByText('1 wrong-match report on this device');
    within(footer).getByText('Each report is kept for 90 days, then deleted.');
    fireEvent.click(within(footer).getByRole('button', { name: 'Export' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.href).toBe('blob:afterword/1');
    expect(clicks[0]!.download).toMatch(/^afterword-wrong-matches-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await created[0]!.text());
    expect(file.format).toBe('afterword-wrong-match-reports');
    expect(file.reports[0].claimId).toBe(KZ_CLAIM.id);
    expect(file.datasets).toEqual([
      expect.objectContaining({ id: DATASET.id, publisher: DATASET.publisher }),
    ]);
    expect(within(footer).getByRole('status').textContent).toContain(clicks[0]!.download);
    fireEvent.click(within(footer).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(footer).queryByText(/wrong-match report/)).toBeNull());
    expect((await readerData()).reports).toEqual([]);
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});

const HIT: LookupHit = {
  claim: PUTIN_CLAIM,
  datasetId: DATASET.id,
  datasetAsOf: DATASET.asOf,
  score: 7.4,
  verdict: {
    status: 'denied',
    relation: 'undated-article',
    days: null,
    decidingEvent: PUTIN_CLAIM.events[0],
  },
};

describe('look-up', () => {
  it('searches as the reader types, once typing pauses, and shows each claim with its status', async () => {
    // Only the typing pause's timer: the reader database (fake-indexeddb) runs on setImmediate.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const queries: string[] = [];
    answer(SCANNED, {
      'lookup:search': (req) => {
        queries.push(req.query);
        return { hits: req.query === 'Pes' ? [HIT] : [] };
      },
    });
    render(<Popup search="?tab=3" />);
    await screen.findAllByRole('article');
    const box = screen.getByRole('searchbox', { name: 'Look up a claim' });
    fireEvent.input(box, { target: { value: 'P' } });
    fireEvent.input(box, { target: { value: 'Pe' } });
    fireEvent.input(box, { target: { value: 'Pes' } });
    await vi.advanceTimersByTimeAsync(200);
    expect(queries).toEqual(['Pes']);
    const results = await screen.findByRole('region', { name: /1 tracked claim matches “Pes”/ });
    const card = within(results).getByRole('article');
    expect(card.querySelector('.chip')!.textContent).toBe('Denied');
    expect(card.querySelector('.verdict')!.textContent).toBe(
      'Denied by Dmitry Peskov (Kremlin spokesman) on 15 September 2022.',
    );
    // Its dataset and date without opening anything (this claim's timeline has no report, so its first event's).
    expect(card.querySelector('.source-line')!.textContent).toBe(
      'From “Afterword demo dataset” · dated 15 September 2022',
    );
    // No page-only tools on a look-up result; the timeline says which dataset it came from.
    expect(within(card).queryByRole('button', { name: 'Why this hint' })).toBeNull();
    const timeline = openPanel(card, /^Timeline/);
    expect(timeline.textContent).toContain(
      'From “Afterword demo dataset” by Afterword contributors, data as of 24 November 2026.',
    );
    expect(timeline.textContent).not.toContain('This article');
    // The page's own results come back when the box is cleared.
    expect(screen.queryByRole('region', { name: /In this article/ })).toBeNull();
    fireEvent.input(box, { target: { value: 'Pesx' } });
    expect(
      await screen.findByRole('heading', { name: 'No claims match “Pesx” — try fewer words.' }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('No claims match “Pesx” — try fewer words.');
    fireEvent.input(box, { target: { value: '' } });
    expect(await screen.findByRole('region', { name: /In this article/ })).toBeTruthy();
  });

  it('offers the corrected spelling when it finds more, and puts it in the box when chosen', async () => {
    // Only the typing pause's timer: the reader database (fake-indexeddb) runs on setImmediate.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    answer(SCANNED, {
      'lookup:search': (req) =>
        req.query === 'Peskov denail' ? { hits: [HIT], suggestion: 'Peskov denial' } : { hits: [HIT] },
    });
    render(<Popup search="?tab=3" />);
    await screen.findAllByRole('article');
    const box = screen.getByRole('searchbox', { name: 'Look up a claim' }) as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'Peskov denail' } });
    await vi.advanceTimersByTimeAsync(200);
    const offer = await screen.findByRole('button', { name: 'Did you mean “Peskov denial”?' });
    fireEvent.click(offer);
    expect(box.value).toBe('Peskov denial');
    await vi.advanceTimersByTimeAsync(200);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Did you mean/ })).toBeNull());
  });

  it('opens on a look-up the context menu asked for (window address, or handed over by the background)', async () => {
    answer(SCANNED, { 'lookup:search': () => ({ hits: [HIT] }) });
    render(<Popup search="?tab=3&lookup=Peskov%20denial" />);
    expect(((await screen.findByRole('searchbox')) as HTMLInputElement).value).toBe('Peskov denial');
    await screen.findByRole('region', { name: /matches “Peskov denial”/ });
    cleanup();
    answer(SCANNED, {
      'lookup:search': () => ({ hits: [HIT] }),
      'popup:intent': () => ({ intent: { kind: 'lookup', query: 'Tokayev' } }),
    });
    render(<Popup search="" />);
    await screen.findByRole('region', { name: /matches “Tokayev”/ });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup:intent', tabId: null });
  });
});

describe('opened on a claim (the in-page card’s "more")', () => {
  it('shows the tab the claim was found in, with that claim’s timeline open', async () => {
    answer(SCANNED, {
      'popup:intent': () => ({ intent: { kind: 'claim', tabId: 77, claimId: KZ_CLAIM.id } }),
    });
    render(<Popup search="" />);
    const toggle = within(await firstCard()).getByRole('button', { name: /^Timeline/ });
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab:get', tabId: 77 });
    expect(fake.tabs.query).not.toHaveBeenCalled();
  });

  it('opens that claim’s timeline', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=3&claim=putin-assassination-attempt-2022-09-14" />);
    const related = await screen.findByRole('region', { name: /Related/ });
    const toggle = within(related).getByRole('button', { name: /^Timeline/ });
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    const first = within(await firstCard()).getByRole('button', { name: /^Timeline/ });
    expect(first.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('datasets that disagree', () => {
  it('shows each other dataset’s status, verdict and timeline under the claim’s own', async () => {
    const confirmed = {
      date: '2022-09-20',
      type: 'confirmed' as const,
      actor: { name: 'A. Source', role: 'official' },
      source: { outlet: 'Other outlet' },
    };
    answer({
      ...SCANNED,
      matches: [
        kzMatch({
          alternatives: [
            {
              claim: { ...KZ_CLAIM, events: [confirmed] },
              datasetId: 'other',
              datasetTitle: 'Another publisher’s claims',
              verdict: {
                status: 'confirmed',
                relation: 'after',
                days: 6,
                decidingEvent: confirmed,
              },
            },
          ],
        }),
      ],
    } as TabState);
    render(<Popup search="?tab=3" />);
    const panel = openPanel(await firstCard(), /^Timeline/);
    const alt = panel.querySelector('.alternatives') as HTMLElement;
    expect(within(alt).getByText('Other datasets say otherwise:')).toBeTruthy();
    expect(within(alt).getByText('In “Another publisher’s claims”')).toBeTruthy();
    expect(alt.querySelector('.chip')!.textContent).toBe('Confirmed');
    expect(alt.querySelector('.verdict')!.textContent).toBe(
      'Confirmed by A. Source (official) 6 days after this article was published.',
    );
    expect(alt.querySelectorAll('.tl-list > li')).toHaveLength(2);
  });
});

describe('pausing on a site', () => {
  it('switches Afterword off for the page’s site, and back on', async () => {
    let tab: TabState = SCANNED;
    fake.state.handlers = {
      ...readerDataAnswers(),
      'tab:get': () => ({ tab, datasets: [DATASET] }),
      'popup:intent': () => ({ intent: null }),
    };
    render(<Popup search="?tab=3" />);
    const toggle = await screen.findByRole('switch', { name: 'Check articles on weeklynews.example' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    await screen.findByRole('heading', { name: 'Afterword is paused on weeklynews.example' });
    expect((await readerData()).paused).toEqual(['weeklynews.example']);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    tab = SCANNED;
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(async () => expect((await readerData()).paused).toEqual([]));
    await screen.findAllByRole('article');
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
  });

  it('shows a paused tab as paused', async () => {
    answer({ state: 'paused', page: { url: 'https://www.weeklynews.example/x' } });
    render(<Popup search="?tab=3" />);
    expect(
      await screen.findByRole('heading', { name: 'Afterword is paused on weeklynews.example' }),
    ).toBeTruthy();
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
  });
});

describe('controls over the page', () => {
  it('"Wrong match?" also hides the hint on this page, remembered on the device; the card undoes it', async () => {
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    const card = await firstCard();
    fireEvent.click(within(openPanel(card, 'Wrong match?')).getByRole('button', { name: 'Save report' }));
    await within(card).findByText('You hid this hint on this page.');
    expect(await hiddenHintsOn(PAGE.url)).toEqual([KZ_CLAIM.id]);
    // Kept by the background, by a hash of the address, never the address itself.
    expect(JSON.stringify(await (await openReaderDb()).getAll('hidden'))).not.toContain(PAGE.url);

    fireEvent.click(within(card).getByRole('button', { name: 'Show it on this page again' }));
    await waitFor(() => expect(within(card).queryByText('You hid this hint on this page.')).toBeNull());
    expect(await hiddenHintsOn(PAGE.url)).toEqual([]);
  });

  it('hides and shows the highlights on the page, saying which it will do', async () => {
    let shown = true;
    fake.state.pageReply = (_tab, message) => {
      const m = message as { type: string; show?: boolean };
      if (m.type !== 'page:highlights') return { ok: true };
      if (m.show !== undefined) shown = m.show;
      return { ok: true, shown };
    };
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Hide highlights on this page' }));
    await screen.findByRole('button', { name: 'Show highlights on this page' });
    expect(shown).toBe(false);
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'page:highlights', show: false });
    fireEvent.click(screen.getByRole('button', { name: 'Show highlights on this page' }));
    await screen.findByRole('button', { name: 'Hide highlights on this page' });
    expect(shown).toBe(true);
  });

  it('offers no highlight control when the page has none to show', async () => {
    fake.state.pageReply = () => ({ ok: false, shown: false });
    answer(SCANNED);
    render(<Popup search="?tab=3" />);
    await firstCard();
    expect(screen.queryByRole('button', { name: /highlights on this page/ })).toBeNull();
  });

  it('"Check this page anyway" has a page that does not look like an article read, then shows what was found', async () => {
    let checked = false;
    fake.state.pageReply = (_tab, message) => {
      if ((message as { type: string }).type === 'page:scan') checked = true;
      return { ok: true };
    };
    answer({ state: 'not-article', page: { url: PAGE.url } });
    fake.state.handlers['tab:get'] = () => ({
      tab: checked ? SCANNED : { state: 'not-article', page: { url: PAGE.url } },
      datasets: [DATASET],
    });
    render(<Popup search="?tab=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page anyway' }));
    await firstCard();
    expect(checked).toBe(true);
  });

  it('says so when the page could not be checked', async () => {
    fake.state.pageReply = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    answer({ state: 'not-article', page: { url: PAGE.url } });
    render(<Popup search="?tab=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page anyway' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "This page couldn't be checked. Reload it and try again.",
    );
  });
});
