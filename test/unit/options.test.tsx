// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import { permissionNotes, type ManifestLike } from '../../src/options/permissions';
import type { SourcesState } from '../../src/shared/messages';
import { DATASET } from './popup-data';
import { createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { setSitePaused } from '../../src/background/reader-data/store';
import { freshReaderDb, readerData, readerDataAnswers } from '../support/reader-data';

/** The bundled dataset alone, as the background lists it. */
const SOURCES: SourcesState = {
  sources: [{ id: 'bundled', kind: 'bundled', enabled: true, dataset: DATASET }],
  intervalMinutes: 1440,
  intervalChoices: [60, 360, 720, 1440, 10080],
};

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

beforeEach(async () => {
  await freshReaderDb();
  fake.state.handlers = {
    ...readerDataAnswers(),
    'datasets:list': () => ({ datasets: [DATASET] }),
    'sources:list': () => SOURCES,
  };
  fake.state.local = {};
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
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sources:list' });
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
    expect(item.textContent).toContain('Built in');
    expect(item.textContent).toContain('Always there as the fallback');
  });

  it('shows a loading state, then the list', async () => {
    let release: (v: unknown) => void = () => undefined;
    fake.state.handlers = { 'sources:list': () => new Promise((r) => (release = r)) };
    render(<Options />);
    expect(screen.getByText('Loading datasets…').getAttribute('role')).toBe('status');
    release(SOURCES);
    expect(await screen.findByRole('heading', { level: 3, name: 'Afterword demo dataset' })).toBeTruthy();
  });

  it('says when the list could not be loaded', async () => {
    fake.state.handlers = {
      'sources:list': () => {
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
        name: 'Context menu',
        why: 'To add “Look up in Afterword” to the menu of selected text. The selection is looked up inside your browser.',
      },
      {
        name: 'Read pages on http and https sites',
        why: 'To read the article you are viewing, locally. The text is checked inside your browser and never sent anywhere.',
      },
    ]);
    expect(screen.getByText('Afterword 0.1.0')).toBeTruthy();
  });

  it('has a single h1 and labelled sections', async () => {
    render(<Options />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual([
      'datasets-heading',
      'add-heading',
      'outlets-title',
      'paused-heading',
      'memory-heading',
      'shortcuts-heading',
      'privacy-heading',
      'permissions-heading',
    ]);
  });

  it('lists the paused sites with the day each comes back on, and resumes one', async () => {
    await setSitePaused('https://example.org/', true, Date.parse('2026-12-01T12:00:00Z'));
    await setSitePaused('https://news.example/', true);
    render(<Options />);
    const section = screen.getByRole('region', { name: 'Paused sites' });
    await within(section).findByText('example.org');
    expect(within(section).getByText('until 1 December 2027')).toBeTruthy();
    expect(within(section).getByText(/stays paused for a year after you pause it/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Resume Afterword on example.org' }));
    await waitFor(async () => expect((await readerData()).paused).toEqual(['news.example']));
    await waitFor(() => expect(within(section).queryByText('example.org')).toBeNull());
    expect(within(section).getByText('news.example')).toBeTruthy();
  });

  it('says Afterword is on everywhere when no site is paused', async () => {
    fake.state.local = {};
    render(<Options />);
    const section = screen.getByRole('region', { name: 'Paused sites' });
    expect(
      await within(section).findByText(
        'Afterword is on for every site. You can pause it on a site from its popup.',
      ),
    ).toBeTruthy();
  });

  it('shows the keyboard shortcuts as the browser has them', async () => {
    render(<Options />);
    const section = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    const rows = Array.from(section.querySelectorAll('dl > div')).map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('dd')!.textContent,
    ]);
    expect(rows).toEqual([
      ['Show or hide Afterword’s highlights on the page', 'Alt+Shift+H'],
      ['Go to the next highlighted passage', 'Alt+Shift+J'],
      ['Go to the previous highlighted passage', 'not set'],
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
      if (
        [
          'permissions',
          'optional_permissions',
          'host_permissions',
          'optional_host_permissions',
          'content_scripts',
        ].includes(name)
      ) {
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
