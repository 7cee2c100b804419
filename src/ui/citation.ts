/**
 * "Copy" on a claim: a plain-text citation a reader pastes into a comment or a message — the claim,
 * its status in words with who and when (dates, not "after this article": the reader's article is
 * not the one the citation is read beside), the source's address, and the dataset by name, version
 * and "data as of" date, so whoever reads it can check it.
 */
import { type Claim, deriveStatus, verdictFor } from '../engine/index';
import type { DatasetSummary } from '../shared/messages';
import { formatDate } from './format';
import { t } from './strings';
import { verdictSentence } from './verdict-sentence';

/** The address a citation points to: the deciding event's source, else the latest event's with one. */
export function citationUrl(claim: Pick<Claim, 'events'>): string | undefined {
  const deciding = deriveStatus(claim.events).deciding.find((e) => e.source.url)?.source.url;
  if (deciding) return deciding;
  return [...claim.events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .reverse()
    .find((e) => e.source.url)?.source.url;
}

/** The citation's lines, joined by newlines. */
export function citationText(
  claim: Claim,
  dataset: Pick<DatasetSummary, 'title' | 'version' | 'asOf'>,
): string {
  const verdict = verdictFor(claim, undefined, dataset.asOf);
  const url = citationUrl(claim);
  return [
    t('quoted', claim.text),
    verdictSentence({ verdict, claim, datasetAsOf: dataset.asOf }),
    ...(url ? [t('citationSource', url)] : []),
    t('citationDataset', dataset.title, String(dataset.version), formatDate(dataset.asOf)),
  ].join('\n');
}
