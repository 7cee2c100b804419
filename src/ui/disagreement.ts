/**
 * "Datasets disagree: denied in “Central Asia Fact Desk”, unconfirmed in “Afterword default
 * claims”": said at first glance on the in-page card, the popup's card and a look-up result when
 * the datasets in use give one claim different statuses. The leading status (the most serious, as
 * the mark and the badge show it) comes first; each status is named with its dataset.
 */
import type { ClaimStatus } from '../engine/index';
import { statusLabel } from './status';
import { displayLocale, t } from './strings';

export interface DatasetVersion {
  datasetId: string;
  datasetTitle?: string;
  verdict: { status: ClaimStatus };
}

export function disagreementLine(
  lead: DatasetVersion,
  alternatives: readonly DatasetVersion[] | undefined,
  titles: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const others = (alternatives ?? []).filter((a) => a.verdict.status !== lead.verdict.status);
  if (others.length === 0) return undefined;
  const locale = displayLocale();
  const part = (v: DatasetVersion) =>
    t(
      'disagreePart',
      statusLabel(v.verdict.status).toLocaleLowerCase(locale),
      v.datasetTitle ?? titles.get(v.datasetId) ?? v.datasetId,
    );
  return t('disagreeHeadline', [lead, ...(alternatives ?? [])].map(part).join(', '));
}
