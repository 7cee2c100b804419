// @vitest-environment happy-dom
/**
 * The legend (first-run page and popup): every colour and style of stance.ts with its statuses in
 * words and a sample drawn like the page's marks; the popup's "What the colours mean" opens it; the
 * first-run page opens on install only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onInstalledFirstRun, WELCOME_PAGE } from '../../src/background/first-run';
import { LegendDisclosure } from '../../src/popup/Legend';
import { groupStatuses, Legend } from '../../src/ui/legend';
import { STATUS_GROUPS } from '../../src/ui/stance';
import { Welcome } from '../../src/welcome/Welcome';
import { createFakeBrowser, EXTENSION_ORIGIN, type FakeBrowser } from '../support/fake-browser';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const REPO = resolve(import.meta.dirname, '../..');
const css = (path: string) => readFileSync(resolve(REPO, path), 'utf8');

describe('the legend', () => {
  it('names every status under its colour, with a spreading mark of that colour', () => {
    render(<Legend />);
    expect(groupStatuses('false')).toBe('Denied · Rated false · Retracted');
    expect(groupStatuses('true')).toBe('Confirmed · Rated true');
    const rows = document.querySelectorAll<HTMLElement>('[data-group]');
    expect([...rows].map((r) => r.dataset.group)).toEqual([...STATUS_GROUPS]);
    for (const row of rows) {
      const group = row.dataset.group as (typeof STATUS_GROUPS)[number];
      expect(row.textContent).toContain(groupStatuses(group));
      expect(row.querySelector('[data-mark]')?.getAttribute('data-mark')).toBe(`${group}-spreads`);
    }
    expect(rows[2]!.textContent).toContain('Unconfirmed');
    expect(rows[2]!.textContent).toContain('dotted');
  });

  it('tells spreading from answering in words, beside a sample of each mark', () => {
    render(<Legend />);
    const spreads = document.querySelector('[data-style="spreads"]')!;
    const answers = document.querySelector('[data-style="answers"]')!;
    expect(spreads.textContent).toContain('states the claim as fact or passes it on');
    expect(answers.textContent).toContain('reports the denial or debunks the claim');
    expect(answers.querySelector('.legend-mark--answers')).not.toBeNull();
    // The samples are decoration: the words carry the meaning.
    for (const sample of document.querySelectorAll('.legend-sample'))
      expect(sample.getAttribute('aria-hidden')).toBe('true');
  });

  it('states the badge rule and the rule for datasets that disagree', () => {
    render(<Legend />);
    expect(screen.getByText(/Red only when it states or passes on a claim later denied/)).toBeTruthy();
    expect(screen.getByText(/the mark and the badge take the more serious status/)).toBeTruthy();
  });

  it('draws its samples in the colours of the page marks', () => {
    // The page's marks: drawn in the shadow root (marks.css), or as CSS highlights (highlights.css) before that.
    const marks = existsSync(resolve(REPO, 'src/content/marks.css'));
    const page = css(marks ? 'src/content/marks.css' : 'src/content/highlights.css');
    const legend = css('src/ui/legend.css');
    for (const group of STATUS_GROUPS) {
      const mark = marks
        ? new RegExp(`\\.afterword-${group} \\{[^}]*--mark-colour: (rgb\\([^)]*\\))`)
        : new RegExp(`::highlight\\(afterword-${group}\\) \\{[^}]*underline[^;]*(rgb\\([^)]*\\))`);
      const line = page.match(mark)?.[1];
      expect(line, group).toBeDefined();
      const own =
        group === 'false'
          ? /\.legend-mark \{[^}]*--mark-line: (rgb\([^)]*\))/
          : new RegExp(`\\.legend-mark--${group} \\{[^}]*--mark-line: (rgb\\([^)]*\\))`);
      expect(legend.match(own)?.[1], group).toBe(line);
    }
  });
});

describe('the popup: "What the colours mean"', () => {
  it('opens and closes the legend in place', () => {
    render(<LegendDisclosure />);
    const toggle = screen.getByRole('button', { name: 'What the colours mean' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('The colour: what became of the claim')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('heading', { name: 'The colour: what became of the claim' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(panel.hidden).toBe(true);
  });
});

describe('the first-run page', () => {
  it('says what Afterword does, what stays in the browser and how to add a dataset', () => {
    render(<Welcome />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Afterword' })).toBeTruthy();
    for (const name of ['What the marks mean', 'What never leaves your browser', 'Add a dataset'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings and datasets' }));
    expect(fake.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('opens on install only, not on an update', async () => {
    await onInstalledFirstRun({ reason: 'update' });
    await onInstalledFirstRun({ reason: 'browser_update' });
    expect(fake.tabs.create).not.toHaveBeenCalled();
    await onInstalledFirstRun({ reason: 'install' });
    expect(fake.tabs.create).toHaveBeenCalledWith({ url: `${EXTENSION_ORIGIN}${WELCOME_PAGE}` });
  });
});
