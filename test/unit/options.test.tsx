// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import { permissionNotes, type ManifestLike } from '../../src/options/permissions';
import { DATASET, mock } from './popup-data';

vi.mock('../../src/shared/browser', async () => ({ default: (await import('./popup-data')).mock.browser }));

beforeEach(() => {
  mock.state.handlers = { 'datasets:list': () => ({ datasets: [DATASET] }) };
  vi.clearAllMocks();
});

afterEach(() => {
  cleanup();
});

describe('options page', () => {
  it('lists the installed datasets with their facts', async () => {
    render(<Options />);
    const section = screen.getByRole('region', { name: 'Installed datasets' });
    const item = await within(section).findByRole('listitem');
    expect(mock.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'datasets:list' });
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toBe('Afterword demo dataset');
    const facts = Object.fromEntries(
      Array.from(item.querySelectorAll('dl > div')).map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent,
      ]),
    );
    expect(facts).toEqual({
      Publisher: 'Afterword contributors',
      Licence: 'CC-BY-4.0',
      Version: '3',
      'Data as of': '24 November 2026',
      Claims: '2',
    });
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-24');
    expect(within(section).getByText('Dataset sources and updates will be managed here.')).toBeTruthy();
  });

  it('shows a loading state, then says when no dataset is installed', async () => {
    let release: (v: unknown) => void = () => undefined;
    mock.state.handlers = { 'datasets:list': () => new Promise((r) => (release = r)) };
    render(<Options />);
    expect(screen.getByRole('status').textContent).toBe('Loading datasets…');
    release({ datasets: [] });
    expect(await screen.findByText('No datasets are installed.')).toBeTruthy();
  });

  it('says when the list could not be loaded', async () => {
    mock.state.handlers = {
      'datasets:list': () => {
        throw new Error('storage unavailable');
      },
    };
    render(<Options />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("The list of datasets couldn't be loaded.");
    expect(alert.textContent).toContain('storage unavailable');
  });

  it('explains privacy', () => {
    render(<Options />);
    const privacy = screen.getByRole('region', { name: 'Privacy' });
    expect(privacy.textContent).toContain(
      'Nothing you read leaves your browser. Afterword makes no network requests unless you subscribe to a dataset source.',
    );
  });

  it('explains each permission the manifest asks for', () => {
    render(<Options />);
    const perms = screen.getByRole('region', { name: 'Permissions' });
    const rows = Array.from(perms.querySelectorAll('dl > div')).map((row) => ({
      name: row.querySelector('dt')!.textContent,
      why: row.querySelector('dd')!.textContent,
    }));
    expect(rows).toEqual([
      { name: 'Storage', why: 'To remember results for open tabs and your settings.' },
      {
        name: 'Read pages on http and https sites',
        why: 'To read the article you are viewing, locally. The text is checked inside your browser and never sent anywhere.',
      },
    ]);
    expect(screen.getByText('Afterword 0.1.0')).toBeTruthy();
  });

  it('has a single h1 and labelled sections', () => {
    render(<Options />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual([
      'datasets-heading',
      'privacy-heading',
      'permissions-heading',
    ]);
  });
});

describe('permissionNotes', () => {
  it('explains every permission in the real manifest.json (add an explanation when adding a permission)', () => {
    const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // Browser-specific keys ("{{chrome}}.permissions") count too.
    const merged: ManifestLike = {};
    for (const [key, value] of Object.entries(manifest)) {
      const name = key.replace(/^\{\{\w+\}\}\./, '') as keyof ManifestLike;
      if (['permissions', 'optional_permissions', 'host_permissions', 'content_scripts'].includes(name)) {
        (merged as Record<string, unknown>)[name] = [
          ...(((merged as Record<string, unknown>)[name] as unknown[]) ?? []),
          ...(value as unknown[]),
        ];
      }
    }
    const notes = permissionNotes(merged);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => !n.explained).map((n) => n.id)).toEqual([]);
  });

  it('lists what it cannot explain instead of hiding it', () => {
    const notes = permissionNotes({
      permissions: ['storage', 'tabs'],
      host_permissions: ['https://example.org/*'],
      content_scripts: [{ matches: ['https://news.example/*'] }],
    });
    expect(notes.map((n) => [n.name, n.explained])).toEqual([
      ['Storage', true],
      ['tabs', false],
      ['https://news.example/*', false],
      ['https://example.org/*', false],
    ]);
  });
});
