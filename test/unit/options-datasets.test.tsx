// @vitest-environment happy-dom
/**
 * The options page's datasets: every fact and the last problem in words, progress from the
 * background's events, adding a source (asking for the site in the same click, never waiting for
 * the prompt), updating, what changed, rollback, removing with confirmation, the interval, and
 * pausing a site — each through the typed messages, with labels a screen reader reads.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Datasets } from '../../src/options/datasets/Datasets';
import { changeSummaryText, problemText } from '../../src/options/datasets/words';
import { PauseSiteForm, siteFromInput } from '../../src/options/PauseSiteForm';
import type { ChangeDetail, SourcesState, SourceView } from '../../src/shared/messages';
import { DATASET } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { freshReaderDb, readerData, readerDataAnswers } from '../support/reader-data';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

const AT = Date.UTC(2026, 10, 24, 9, 30);
const URL_ = 'https://data.example/desk.json';

const subscribed = (overrides: Partial<SourceView> = {}): SourceView => ({
  id: 'src-1',
  kind: 'url',
  url: URL_,
  enabled: true,
  keyId: '9f2c4e1a0b3d5c7e',
  signedBy: '9f2c4e1a0b3d5c7e',
  dataset: {
    id: 'desk',
    title: 'Example Desk fact-checks',
    version: 3,
    asOf: '2026-11-20',
    publisher: 'Example Desk',
    license: 'CC-BY-4.0',
    claims: 1234,
  },
  installedAt: AT,
  previous: { version: 2, asOf: '2026-11-13' },
  lastCheck: AT,
  lastSuccess: AT,
  nextCheck: Date.now() + 23 * 3600_000,
  change: {
    fromVersion: 2,
    toVersion: 3,
    at: AT,
    added: 12,
    removed: 0,
    newly: { denied: 3, 'rated-false': 1 },
    eventsChanged: 0,
    reworded: 0,
  },
  ...overrides,
});

const state = (...sources: SourceView[]): SourcesState => ({
  sources: [{ id: 'bundled', kind: 'bundled', enabled: true, dataset: DATASET }, ...sources],
  intervalMinutes: 1440,
  intervalChoices: [60, 360, 720, 1440, 10080],
});

beforeEach(() => {
  fake.state.handlers = { 'sources:list': () => state(subscribed()) };
  fake.state.local = {};
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
});

const card = async (name = 'Example Desk fact-checks') =>
  (await screen.findByRole('heading', { level: 3, name })).closest('li') as HTMLElement;

describe('the dataset list', () => {
  it('shows every fact of a subscribed source, its signature and the next check', async () => {
    render(<Datasets />);
    const item = await card();
    const facts = Object.fromEntries(
      Array.from(item.querySelectorAll('dl > div')).map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      Publisher: 'Example Desk',
      Licence: 'CC-BY-4.0',
      Version: '3',
      'Data as of': '20 November 2026',
      Claims: '1,234',
      Address: URL_,
      'Next check': 'in 23 hours',
    });
    expect(facts['Last check']).toMatch(/24 Nov 2026/);
    expect(item.textContent).toContain(
      'Signed: only files signed with the publisher’s key 9f2c4e1a0b3d5c7e are accepted.',
    );
    expect(item.textContent).toContain('12 claims added, 3 newly denied, 1 newly rated false');
    expect(within(item).getByRole('button', { name: 'Roll back to version 2' })).toBeTruthy();
    expect(within(item).getByRole('switch', { name: 'Use for matching' })).toHaveProperty('checked', true);
  });

  it('says why the last update failed, in words, and which version stays in use', async () => {
    const problem = {
      code: 'invalid' as const,
      args: [URL_, 'claims[12].events[0].date must be a real date'],
      at: AT,
    };
    fake.state.handlers = {
      'sources:list': () => state(subscribed({ problem, keyId: undefined, signedBy: undefined })),
    };
    render(<Datasets />);
    const item = await card();
    expect(item.querySelector('.problem')!.textContent).toContain(
      `The file at ${URL_} is not a valid Afterword dataset: claims[12].events[0].date must be a real date. Version 3 stays in use.`,
    );
    expect(item.textContent).toContain('Unsigned: no publisher key was given');
  });

  it('moves a progress bar with the background’s events', async () => {
    render(<Datasets />);
    await card();
    fake.broadcast({
      type: 'sources:changed',
      sourceId: 'src-1',
      running: { phase: 'downloading', received: 5 * 1024 * 1024, total: 20 * 1024 * 1024 },
    });
    const bar = await screen.findByRole('progressbar', { name: 'Update of Example Desk fact-checks' });
    expect(bar.getAttribute('value')).toBe(String(5 * 1024 * 1024));
    expect(bar.getAttribute('max')).toBe(String(20 * 1024 * 1024));
    expect((await card()).textContent).toContain('Downloading… 5.0 MiB of 20.0 MiB');
  });

  it('updates now and announces the outcome', async () => {
    fake.state.handlers['sources:update'] = () => ({
      outcomes: [{ sourceId: 'src-1', result: 'updated', version: 4 }],
    });
    render(<Datasets />);
    fireEvent.click(within(await card()).getByRole('button', { name: 'Update now' }));
    await waitFor(
      () =>
        expect(screen.getByRole('status', { name: '' }).textContent).toBe(
          'Example Desk fact-checks updated to version 4.',
        ),
      { timeout: 2000 },
    );
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'sources:update',
      sourceId: 'src-1',
    });
  });

  it('lists what changed on request', async () => {
    const detail: ChangeDetail = {
      ...subscribed().change!,
      newly: { denied: 1 },
      added: 0,
      addedClaims: [],
      removedClaims: [],
      statusChangedClaims: [
        { id: 'c1', text: 'The minister resigned on Monday.', status: 'denied', was: 'unconfirmed' },
      ],
      eventsChangedClaims: [],
      rewordedClaims: [],
    };
    fake.state.handlers['sources:changes'] = () => ({ change: detail });
    render(<Datasets />);
    const show = within(await card()).getByRole('button', { name: 'Show the claims' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    const group = await screen.findByRole('heading', { level: 4, name: '1 newly denied' });
    expect(group.parentElement!.textContent).toContain('The minister resigned on Monday. (was unconfirmed)');
    expect(show.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks before rolling back, saying which claims leave, come back or change status, and after it what went away', async () => {
    const detail: ChangeDetail = {
      ...subscribed().change!,
      added: 1,
      removed: 1,
      newly: { denied: 1 },
      reworded: 1,
      addedClaims: [{ id: 'c2', text: 'The bridge will open in May.', status: 'unconfirmed' }],
      removedClaims: [{ id: 'c3', text: 'The port was closed.', status: 'confirmed' }],
      statusChangedClaims: [
        { id: 'c1', text: 'The minister resigned on Monday.', status: 'denied', was: 'unconfirmed' },
      ],
      eventsChangedClaims: [],
      rewordedClaims: [{ id: 'c1', text: 'The minister resigned on Monday.', status: 'denied' }],
    };
    fake.state.handlers['sources:changes'] = () => ({ change: detail });
    fake.state.handlers['sources:rollback'] = () => ({ version: 2 });
    render(<Datasets />);
    const item = await card();
    fireEvent.click(within(item).getByRole('button', { name: 'Roll back to version 2' }));
    const ask = within(item).getByRole('group', {
      name: 'Roll back “Example Desk fact-checks” from version 3 to version 2?',
    });
    // Nothing is rolled back until the reader confirms; the confirmation has the focus.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Roll back' })),
    );
    const headings = (await within(ask).findAllByRole('heading', { level: 4 })).map((h) => h.textContent);
    expect(headings).toEqual([
      '1 claim will go back to its earlier status',
      '1 claim will leave (added in version 3)',
      '1 claim will come back (removed in version 3)',
    ]);
    expect(ask.textContent).toContain('Unconfirmed The minister resigned on Monday. (now denied)');
    expect(ask.textContent).toContain('The bridge will open in May.');
    expect(ask.textContent).toContain('The port was closed.');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalledWith({
      type: 'sources:rollback',
      sourceId: 'src-1',
    });
    // Cancel leaves everything as it was and gives the focus back to the button.
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(item).getByRole('button', { name: 'Roll back to version 2' }),
      ),
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Roll back to version 2' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Roll back' }));
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
        type: 'sources:rollback',
        sourceId: 'src-1',
      }),
    );
    // The summary is the listing's count of what version 3 changed (the preview's lists are capped, these are not).
    const said =
      'Example Desk fact-checks is back at version 2. Undone: 12 claims added, 3 newly denied, 1 newly rated false.';
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent).toBe(said));
  });

  it('says when what a rollback changes is not known, and drops the rolled-back note once a newer version is in use', async () => {
    fake.state.handlers['sources:list'] = () =>
      state(subscribed({ change: { ...subscribed().change!, fromVersion: 1 }, heldBack: 4 }));
    render(<Datasets />);
    const item = await card();
    expect(item.textContent).toContain('Version 4 was rolled back');
    fireEvent.click(within(item).getByRole('button', { name: 'Roll back to version 2' }));
    expect(within(item).getByRole('group', { name: /^Roll back/ }).textContent).toContain(
      'Afterword has no record of what version 3 changed, so it cannot list what will change.',
    );
    cleanup();
    fake.state.handlers['sources:list'] = () =>
      state(subscribed({ dataset: { ...subscribed().dataset!, version: 5 }, heldBack: 4 }));
    render(<Datasets />);
    expect((await card()).textContent).not.toContain('was rolled back');
  });

  it('says "not stated" for a licence or publisher the dataset does not give, naming where it came from', async () => {
    fake.state.handlers['sources:list'] = () =>
      state(
        subscribed({
          kind: 'file',
          url: undefined,
          fileName: 'checks.json',
          dataset: { ...subscribed().dataset!, publisher: 'Unknown', license: 'NOASSERTION' },
        }),
      );
    render(<Datasets />);
    const item = await card();
    const facts = Object.fromEntries(
      Array.from(item.querySelectorAll('dl > div')).map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      Publisher: 'not stated (imported from checks.json)',
      Licence: 'not stated',
    });
  });

  it('rolls back and removes (after a confirmation), moving the focus to what is left', async () => {
    fake.state.handlers['sources:rollback'] = () => ({ version: 2 });
    fake.state.handlers['sources:remove'] = () => ({ ok: true });
    render(<Datasets />);
    const item = await card();
    fireEvent.click(within(item).getByRole('button', { name: 'Roll back to version 2' }));
    const ask = within(item).getByRole('group', {
      name: 'Roll back “Example Desk fact-checks” from version 3 to version 2?',
    });
    fireEvent.click(within(ask).getByRole('button', { name: 'Roll back' }));
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
        type: 'sources:rollback',
        sourceId: 'src-1',
      }),
    );
    await waitFor(() =>
      expect(within(item).getByRole('button', { name: 'Remove' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Remove' }));
    const confirm = within(item).getByRole('group', {
      name: 'Remove “Example Desk fact-checks” and its data?',
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Remove' })),
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('datasets-heading'));
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'sources:remove',
      sourceId: 'src-1',
    });
  });

  it('sets the check interval', async () => {
    fake.state.handlers['sources:interval'] = (r) => ({ minutes: r.minutes });
    render(<Datasets />);
    const select = await screen.findByRole('combobox', { name: 'Check for updates' });
    expect(Array.from((select as HTMLSelectElement).options).map((o) => o.textContent)).toEqual([
      'every hour',
      'every 6 hours',
      'every 12 hours',
      'every day',
      'every week',
    ]);
    fireEvent.change(select, { target: { value: '60' } });
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
        type: 'sources:interval',
        minutes: 60,
      }),
    );
  });
});

describe('adding a source', () => {
  it('completes an address typed without a scheme with https://, in the field and in what is sent', async () => {
    fake.permissions.request.mockResolvedValue(true);
    fake.state.handlers = { 'sources:list': () => state(), 'sources:add': () => ({ sourceId: 'src-1' }) };
    render(<Datasets />);
    const field = (await screen.findByLabelText('Address of the dataset file')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'data.example/desk.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://data.example/*'] });
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sources:add', url: URL_ }),
    );
  });

  it('asks for the site in the click, adds without waiting for the answer and focuses the new card', async () => {
    let answer: (granted: boolean) => void = () => undefined;
    fake.permissions.request.mockImplementation(() => new Promise<boolean>((r) => (answer = r)));
    let listed = state();
    fake.state.handlers = {
      'sources:list': () => listed,
      'sources:add': () => {
        listed = state(
          subscribed({
            dataset: undefined,
            change: undefined,
            previous: undefined,
            lastCheck: undefined,
            lastSuccess: undefined,
          }),
        );
        return { sourceId: 'src-1' };
      },
    };
    render(<Datasets />);
    fireEvent.input(await screen.findByLabelText('Address of the dataset file'), {
      target: { value: ` ${URL_} ` },
    });
    fireEvent.input(screen.getByLabelText('Publisher’s public key (optional)'), {
      target: { value: '{"format":"afterword-public-key"}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://data.example/*'] });
    await waitFor(() =>
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
        type: 'sources:add',
        url: URL_,
        publicKey: '{"format":"afterword-public-key"}',
      }),
    );
    const heading = await screen.findByRole('heading', { level: 3, name: URL_ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    answer(false);
    expect(await screen.findByText(/Afterword was not given access to data\.example/)).toBeTruthy();
  });

  it('refuses an address that is not https before asking anything', async () => {
    render(<Datasets />);
    const input = await screen.findByLabelText('Address of the dataset file');
    fireEvent.input(input, { target: { value: 'http://data.example/desk.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Afterword downloads datasets only over https.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(fake.permissions.request).not.toHaveBeenCalled();
  });

  it('shows the background’s refusal in words', async () => {
    fake.state.handlers['sources:add'] = () => ({
      problem: { code: 'bad-key', args: ['must be the .pub file or 32 bytes of base64'], at: AT },
    });
    render(<Datasets />);
    fireEvent.input(await screen.findByLabelText('Address of the dataset file'), { target: { value: URL_ } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is not a publisher key: must be the .pub file or 32 bytes of base64.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Publisher’s public key (optional)'));
  });
});

describe('words', () => {
  it('tell what changed, the news first', () => {
    expect(
      changeSummaryText({
        fromVersion: 1,
        toVersion: 2,
        at: AT,
        added: 12,
        removed: 2,
        newly: { confirmed: 1, denied: 3, 'rated-false': 1 },
        eventsChanged: 4,
        reworded: 0,
      }),
    ).toBe(
      '12 claims added, 3 newly denied, 1 newly rated false, 1 newly confirmed, 2 claims removed, 4 claims with new events',
    );
    expect(
      changeSummaryText({
        fromVersion: 1,
        toVersion: 2,
        at: AT,
        added: 0,
        removed: 0,
        newly: {},
        eventsChanged: 0,
        reworded: 0,
      }),
    ).toBe('no claims added, removed or changed');
  });

  it('say why a download was refused', () => {
    const p = (code: Parameters<typeof problemText>[0]['code'], ...args: string[]) =>
      problemText({ code, args, at: AT });
    expect(p('too-large', URL_, String(128 * 1024 * 1024))).toBe(
      `The file at ${URL_} is larger than 128.0 MiB, the limit for a dataset. The download was stopped.`,
    );
    expect(p('old-version', URL_, '1', '2')).toMatch(
      /^The file at .* is version 1, but version 2 is installed/,
    );
    expect(p('invalid', 'desk.json', 'the file is empty')).toBe(
      'The file “desk.json” is not a valid Afterword dataset: the file is empty',
    );
    expect(p('redirect-insecure', URL_, '')).toBe(
      `The server at ${URL_} redirected the download to an address that is not https. Afterword did not follow it.`,
    );
    expect(p('interrupted')).toMatch(/^The last update was interrupted/);
  });
});

describe('pausing a site', () => {
  it('reads a site from what the reader types', () => {
    expect(siteFromInput('Example.com')).toBe('example.com');
    expect(siteFromInput('https://www.news.example/a/b?c')).toBe('news.example');
    expect(siteFromInput('news')).toBeNull();
    expect(siteFromInput('not a site')).toBeNull();
  });

  it('pauses the site typed', async () => {
    await freshReaderDb();
    fake.state.handlers = readerDataAnswers();
    render(<PauseSiteForm />);
    fireEvent.input(screen.getByLabelText('Pause Afterword on a site'), {
      target: { value: 'www.example.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(async () => expect((await readerData()).paused).toEqual(['example.org']));
    expect(await screen.findByText('Afterword is paused on example.org.')).toBeTruthy();
  });
});
