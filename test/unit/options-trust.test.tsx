// @vitest-environment happy-dom
/**
 * The options page's side of the update rules: a held update shown claim by claim and installed or
 * discarded only on the reader's answer, a key added or changed only after a confirmation, the
 * warning for a source added without a key, and a stale source.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Datasets } from '../../src/options/datasets/Datasets';
import type { ChangeDetail, SourcesState, SourceView } from '../../src/shared/messages';
import { DATASET } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

const AT = Date.UTC(2026, 10, 24, 9, 30);
const URL_ = 'https://data.example/desk.json';
const NAME = 'Example Desk fact-checks';

const subscribed = (overrides: Partial<SourceView> = {}): SourceView => ({
  id: 'src-1',
  kind: 'url',
  url: URL_,
  enabled: true,
  dataset: {
    id: 'desk',
    title: NAME,
    version: 3,
    asOf: '2026-11-20',
    publisher: 'Example Desk',
    license: 'CC-BY-4.0',
    claims: 50,
  },
  installedAt: AT,
  lastCheck: AT,
  lastSuccess: AT,
  nextCheck: Date.now() + 23 * 3600_000,
  ...overrides,
});

const state = (...sources: SourceView[]): SourcesState => ({
  sources: [{ id: 'bundled', kind: 'bundled', enabled: true, dataset: DATASET }, ...sources],
  intervalMinutes: 1440,
  intervalChoices: [60, 360, 720, 1440, 10080],
});

const heldSummary = {
  fromVersion: 3,
  toVersion: 4,
  at: AT,
  added: 0,
  removed: 0,
  newly: { denied: 11 },
  eventsChanged: 0,
  reworded: 0,
};
const heldDetail: ChangeDetail = {
  ...heldSummary,
  addedClaims: [],
  removedClaims: [],
  statusChangedClaims: [
    { id: 'c1', text: 'The minister resigned on Monday.', status: 'denied', was: 'unconfirmed' },
  ],
  eventsChangedClaims: [],
  rewordedClaims: [],
};

beforeEach(() => {
  fake.state.handlers = { 'sources:list': () => state(subscribed()) };
  fake.state.local = {};
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
});

const card = async () =>
  (await screen.findByRole('heading', { level: 3, name: NAME })).closest('li') as HTMLElement;
const live = () => screen.getByRole('status', { name: '' }).textContent;

describe('a held update', () => {
  it('says why it waits, lists what it would change, and installs only on the reader’s answer', async () => {
    let listed = state(subscribed({ held: heldSummary }));
    fake.state.handlers = {
      'sources:list': () => listed,
      'sources:changes': (request) => ({ change: (request as { held?: boolean }).held ? heldDetail : null }),
      'sources:hold': () => {
        listed = state(subscribed({ dataset: { ...subscribed().dataset!, version: 4 } }));
        return { version: 4, installed: true };
      },
    };
    render(<Datasets />);
    const item = await card();
    expect(item.textContent).toContain('Update waiting');
    expect(item.textContent).toContain(
      'Version 4 was not installed: it would change a large part of this dataset at once (11 newly denied).',
    );
    const group = await within(item).findByRole('heading', { level: 4, name: '11 newly denied' });
    expect(group.parentElement!.textContent).toContain('The minister resigned on Monday. (was unconfirmed)');
    expect(fake.runtime.sendMessage).not.toHaveBeenCalledWith(
      expect.objectContaining({ type: 'sources:hold' }),
    );

    fireEvent.click(within(item).getByRole('button', { name: 'Install version 4' }));
    await waitFor(() => expect(live()).toBe(`${NAME} updated to version 4, as you chose.`));
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'sources:hold',
      sourceId: 'src-1',
      install: true,
    });
  });

  it('is discarded on the reader’s answer', async () => {
    fake.state.handlers = {
      'sources:list': () => state(subscribed({ held: heldSummary })),
      'sources:changes': () => ({ change: heldDetail }),
      'sources:hold': () => ({ version: 4, installed: false }),
    };
    render(<Datasets />);
    fireEvent.click(within(await card()).getByRole('button', { name: 'Discard it' }));
    await waitFor(() =>
      expect(live()).toBe(
        `Version 4 of ${NAME} was discarded and will not be installed. A newer version will be checked as usual.`,
      ),
    );
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'sources:hold',
      sourceId: 'src-1',
      install: false,
    });
  });
});

describe('a publisher key', () => {
  it('is checked and named first, and saved only when the reader confirms', async () => {
    fake.state.handlers = {
      'sources:list': () => state(subscribed({ keyId: 'aaaa111122223333' })),
      'sources:key': (request) =>
        (request as { confirm: boolean }).confirm
          ? { keyId: 'bbbb444455556666', previousKeyId: 'aaaa111122223333', saved: true }
          : { keyId: 'bbbb444455556666', previousKeyId: 'aaaa111122223333', saved: false },
    };
    render(<Datasets />);
    const item = await card();
    fireEvent.click(within(item).getByRole('button', { name: 'Change the publisher’s key' }));
    fireEvent.input(within(item).getByLabelText(`Publisher’s public key for ${NAME}`), {
      target: { value: '{"format":"afterword-public-key"}' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Check the key' }));
    const question = await within(item).findByRole('group', {
      name: `Replace key aaaa111122223333 with key bbbb444455556666 for “${NAME}”? From now on only files signed with the new key are accepted from this address. Change a key only when the publisher has announced the new one somewhere you can check.`,
    });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'sources:key',
      sourceId: 'src-1',
      publicKey: '{"format":"afterword-public-key"}',
      confirm: false,
    });
    expect(fake.runtime.sendMessage).not.toHaveBeenCalledWith(
      expect.objectContaining({ type: 'sources:key', confirm: true }),
    );
    fireEvent.click(within(question).getByRole('button', { name: 'Trust this key' }));
    await waitFor(() =>
      expect(live()).toBe(`“${NAME}” now accepts only files signed with key bbbb444455556666.`),
    );
  });

  it('a source added without one is marked unsigned at once, with a warning that stays', async () => {
    fake.state.handlers = {
      'sources:list': () => state(),
      'sources:add': () => ({ sourceId: 'src-1' }),
    };
    fake.permissions.request.mockImplementation(() => Promise.resolve(true));
    render(<Datasets />);
    fireEvent.input(await screen.findByLabelText('Address of the dataset file'), { target: { value: URL_ } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const warning = await waitFor(() => {
      const found = document.querySelector('[data-unsigned-warning]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(warning.textContent).toBe(
      'Added the dataset at data.example without a publisher key; downloading it now. It is marked unsigned: its files are checked for validity, but nothing shows who made them. You can add the key later.',
    );
  });
});

describe('a stale source', () => {
  it('is marked stale with the date of its last success', async () => {
    fake.state.handlers = { 'sources:list': () => state(subscribed({ stale: true })) };
    render(<Datasets />);
    const item = await card();
    expect(item.textContent).toContain('Stale');
    expect(item.querySelector('[data-stale]')!.textContent).toMatch(
      /^Stale: no successful update since .+\. The data in use may be out of date\.$/,
    );
  });
});
