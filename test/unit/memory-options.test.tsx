// @vitest-environment happy-dom
/**
 * The options page's "Claims you read": notifications are switched on only with the browser's
 * permission, asked for in the click; refused, the page says so and nothing else changes.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Memory } from '../../src/options/Memory';
import type { MemorySettings } from '../../src/shared/messages';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
let settings: MemorySettings;
const changes: Partial<MemorySettings>[] = [];

beforeEach(() => {
  fake = createFakeBrowser();
  settings = { retentionDays: 365, keepUrl: false, notify: false };
  changes.length = 0;
  fake.state.handlers = {
    'memory:settings': ((request: Partial<MemorySettings> & { type: string }) => {
      const { type: _type, ...patch } = request;
      if (Object.keys(patch).length > 0) changes.push(patch);
      settings = { ...settings, ...patch };
      return settings;
    }) as never,
  };
});
afterEach(() => cleanup());

const NOTIFY = 'Show a notification when an update changes claims I read';

describe('Claims you read, in the options', () => {
  it('asks for the permission in the click; granted, notifications are on', async () => {
    fake.permissions.request.mockResolvedValue(true);
    render(<Memory />);
    fireEvent.click(await screen.findByLabelText(NOTIFY));
    await waitFor(() => expect(changes).toEqual([{ notify: true }]));
    expect(fake.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(() => expect((screen.getByLabelText(NOTIFY) as HTMLInputElement).checked).toBe(true));
  });

  it('refused, it says so and leaves notifications off', async () => {
    fake.permissions.request.mockResolvedValue(false);
    render(<Memory />);
    fireEvent.click(await screen.findByLabelText(NOTIFY));
    await screen.findByText('Notifications were not allowed. Everything else works without them.');
    expect(changes).toEqual([]);
    expect(settings.notify).toBe(false);
  });

  it('turned off, notifications give their permission back', async () => {
    settings = { ...settings, notify: true };
    fake.permissions.contains.mockResolvedValue(true);
    render(<Memory />);
    const box = (await screen.findByLabelText(NOTIFY)) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(changes).toEqual([{ notify: false }]));
    await waitFor(() =>
      expect(fake.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] }),
    );
  });

  it('on, but the permission taken back in the browser: shown and set off', async () => {
    settings = { ...settings, notify: true };
    fake.permissions.contains.mockResolvedValue(false);
    render(<Memory />);
    const box = (await screen.findByLabelText(NOTIFY)) as HTMLInputElement;
    await waitFor(() => expect(changes).toEqual([{ notify: false }]));
    expect(box.checked).toBe(false);
  });

  it('keeps claims for the period chosen, a year unless changed', async () => {
    render(<Memory />);
    const keep = (await screen.findByLabelText('Keep them for')) as HTMLSelectElement;
    expect(keep.value).toBe('365');
    fireEvent.change(keep, { target: { value: '30' } });
    await waitFor(() => expect(changes).toEqual([{ retentionDays: 30 }]));
  });
});
