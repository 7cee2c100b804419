/**
 * "Wrong match?" reports: kept in storage.local on this device and never sent anywhere. The reader
 * exports them as a JSON file (exportReports) and sends that file to the dataset's publisher
 * themselves. A report holds the claim, the sentence the engine matched and why; the page's address
 * only when the reader ticked the box for it.
 */
import type { MatchKind } from '../engine/index';
import type { DatasetSummary } from './messages';
import { MAX_REPORTS, readStored, removeStored, WRONG_MATCH_REPORTS, writeStored } from './storage';

export { MAX_REPORTS } from './storage';
export const REPORTS_KEY = WRONG_MATCH_REPORTS.key;

export interface WrongMatchReport {
  id: string;
  /** ISO date-time the reader saved it. */
  createdAt: string;
  claimId: string;
  datasetId: string;
  claimText: string;
  kind: MatchKind;
  /** The sentence of the page the claim was matched to. */
  sentence: string;
  matchedTerms: string[];
  score: number;
  /** The page's address, only if the reader agreed to include it. */
  url?: string;
}

export type NewReport = Omit<WrongMatchReport, 'id' | 'createdAt'>;

export function listReports(): Promise<WrongMatchReport[]> {
  return readStored(WRONG_MATCH_REPORTS);
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function addReport(report: NewReport, now: Date = new Date()): Promise<WrongMatchReport> {
  const saved: WrongMatchReport = { id: newId(), createdAt: now.toISOString(), ...report };
  if (saved.url === undefined) delete saved.url;
  const list = [...(await listReports()), saved].slice(-MAX_REPORTS);
  await writeStored(WRONG_MATCH_REPORTS, list);
  return saved;
}

export async function clearReports(): Promise<void> {
  await removeStored(WRONG_MATCH_REPORTS);
}

export const EXPORT_FORMAT = 'afterword-wrong-match-reports';

/**
 * The export file's text: the reports plus which datasets (and publishers) they concern, so the
 * publisher can tell which version of their data matched wrongly.
 */
export function exportReports(
  reports: readonly WrongMatchReport[],
  datasets: readonly DatasetSummary[],
  extensionVersion: string | undefined,
  now: Date = new Date(),
): string {
  const used = new Set(reports.map((r) => r.datasetId));
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: now.toISOString(),
      ...(extensionVersion ? { extensionVersion } : {}),
      datasets: datasets
        .filter((d) => used.has(d.id))
        .map((d) => ({ id: d.id, title: d.title, version: d.version, asOf: d.asOf, publisher: d.publisher })),
      reports,
    },
    null,
    2,
  )}\n`;
}

/** "afterword-wrong-matches-2026-11-24.json" */
export function exportFileName(now: Date = new Date()): string {
  return `afterword-wrong-matches-${now.toISOString().slice(0, 10)}.json`;
}
