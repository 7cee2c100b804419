// @vitest-environment happy-dom
/**
 * The reading memory in the popup: "Since you read it" shows changes (and only changes), and
 * opening it marks them seen; a card's Follow / Stop following and Copy are buttons named with
 * their claim, whose outcome is announced.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimTools } from '../../src/popup/ClaimTools';
import { SinceYouRead } from '../../src/popup/SinceYouRead';
import type { DatasetSummary, MemoryEntry } from '../../src/shared/messages';
import { sampleClaim } from '../support/dataset-samples';
import { memoryEntry } from '../support/memory-entry';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
const claim = sampleClaim('claim-1');
const NOW = new Date(2024, 2, 10, 12).getTime();

/** The sample entry, its change found a moment before NOW. */
const entry = (overrides: Partial<MemoryEntry> = {}): MemoryEntry =>
  memoryEntry({ changedAt: NOW - 1000, ...overrides });

beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(() => cleanup());

describe('Since you read it', () => {
  it('lists a change with its sentence, and tells the background it was seen', async () => {
    const seen = vi.fn(() => ({ ok: true }));
    fake.state.handlers = {
      'memory:list': () => ({
        entries: [entry(), entry({ key: 'same', changed: false, unseen: false })],
        total: 2,
      }),
      'memory:seen': seen,
    };
    render(<SinceYouRead now={NOW} />);
    const section = await screen.findByRole('region', { name: 'Since you read it' });
    expect(section.textContent).toContain(
      'Denied 1 day after you read it on Euro Weekly News — by A. Spokesperson (spokesperson, The Ministry).',
    );
    expect(section.querySelectorAll('li.memory-item')).toHaveLength(1);
    expect(section.textContent).toContain('New');
    await waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(screen.getByRole('link', { name: 'See all your claims' })).toBeTruthy();
  });

  it('asks for the list once, rendered as the popup renders it (no time given)', async () => {
    const list = vi.fn(() => ({ entries: [entry()], total: 1 }));
    const seen = vi.fn(() => ({ ok: true }));
    fake.state.handlers = { 'memory:list': list, 'memory:seen': seen };
    // The clock moves between renders, as it does while a popup is open.
    let clock = NOW;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    const { rerender } = render(<SinceYouRead />);
    await screen.findByRole('region', { name: 'Since you read it' });
    await waitFor(() => expect(seen).toHaveBeenCalledOnce());
    rerender(<SinceYouRead />);
    rerender(<SinceYouRead />);
    await screen.findByRole('region', { name: 'Since you read it' });
    expect(list).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });

  it('in a private window, shows nothing and asks for nothing', async () => {
    const list = vi.fn(() => ({ entries: [entry()], total: 1 }));
    fake.state.handlers = { 'memory:list': list };
    fake.extension.inIncognitoContext = true;
    const { container } = render(<SinceYouRead now={NOW} />);
    await waitFor(() => expect(container.textContent).toBe(''));
    expect(list).not.toHaveBeenCalled();
  });

  it('shows nothing when no claim read has changed', async () => {
    const list = vi.fn(() => ({
      entries: [entry({ changed: false, unseen: false, now: 'unconfirmed' })],
      total: 1,
    }));
    fake.state.handlers = { 'memory:list': list };
    const { container } = render(<SinceYouRead now={NOW} />);
    await waitFor(() => expect(list).toHaveBeenCalled());
    expect(container.textContent).toBe('');
  });
});

describe('Follow and Copy on a claim', () => {
  const dataset = {
    id: 'desk',
    title: 'Example Desk data',
    version: 2,
    asOf: '2024-04-02',
  } as unknown as DatasetSummary;

  it('Follow, then Stop following: named with the claim, announced', async () => {
    const follow = vi.fn((r: { follow: boolean }) => ({ following: r.follow }));
    fake.state.handlers = {
      'memory:following': () => ({ following: [] }),
      'memory:follow': follow as never,
    };
    render(<ClaimTools claim={claim} datasetId="desk" datasets={[dataset]} />);
    const button = await screen.findByRole('button', { name: `Follow this claim: ${claim.text}` });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByRole('button', { name: `Stop following this claim: ${claim.text}` });
    expect(follow).toHaveBeenCalledWith(
      expect.objectContaining({ claim: { datasetId: 'desk', claimId: 'claim-1' }, follow: true }),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Following: Afterword will tell you when its status changes.',
    );
  });

  it('Copy puts the citation on the clipboard and says so', async () => {
    fake.state.handlers = { 'memory:following': () => ({ following: [] }) };
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ClaimTools claim={claim} datasetId="desk" datasets={[dataset]} />);
    fireEvent.click(screen.getByRole('button', { name: `Copy a citation of this claim: ${claim.text}` }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Citation copied.'));
    expect(writeText).toHaveBeenCalledWith(
      [
        '“The minister resigned on Monday.”',
        'Denied by A. Spokesperson (spokesperson, The Ministry) on 5 March 2024.',
        'Source: https://news.example/a',
        'Dataset: “Example Desk data”, version 2, data as of 2 April 2024.',
      ].join('\n'),
    );
  });
});
