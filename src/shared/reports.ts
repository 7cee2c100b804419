/**
 * "Wrong match?" reports: kept in the extension's own database on this device (src/shared/reader-db.ts,
 * for REPORT_KEEP_DAYS) and never sent anywhere. The reader exports them as a JSON file
 * (exportReports) and sends that file to the dataset's publisher themselves. A report holds the
 * claim, the sentence the engine matched and why; the page's address only when the reader ticked
 * the box for it. The popup reads and writes them through the background (reports:… requests).
 */
import type { MatchKind } from '../engine/index';
import type { DatasetSummary, NewReport } from './messages';
import { send } from './send';

export type { NewReport } from './messages';

/** Characters of a report's sentence: a long sentence is cut here before it is saved. */
export const MAX_REPORT_SENTENCE_CHARS = 5_000;

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

/** The reports kept, oldest first, and how many days each is kept. */
export function listReports(): Promise<{ reports: WrongMatchReport[]; keepDays: number }> {
  return send({ type: 'reports:list' });
}

export async function addReport(report: NewReport): Promise<WrongMatchReport> {
  const sentence = report.sentence.slice(0, MAX_REPORT_SENTENCE_CHARS);
  return (await send({ type: 'reports:add', report: { ...report, sentence } })).report;
}

export async function clearReports(): Promise<void> {
  await send({ type: 'reports:clear' });
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
