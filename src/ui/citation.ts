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

/**
 * Where a citation points: the deciding event's source address, else the latest event's with one;
 * when the dataset gives no address at all, the deciding (else latest) event's outlet by name, so
 * the reader still knows where to look.
 */
export function citationSourceOf(claim: Pick<Claim, 'events'>): string | undefined {
  const deciding = deriveStatus(claim.events).deciding;
  const latestFirst = [...claim.events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const url = [...deciding, ...latestFirst].find((e) => e.source.url)?.source.url;
  if (url) return url;
  return [...deciding, ...latestFirst].find((e) => e.source.outlet.trim() !== '')?.source.outlet;
}

/** The citation's lines, joined by newlines. */
export function citationText(
  claim: Claim,
  dataset: Pick<DatasetSummary, 'title' | 'version' | 'asOf'>,
): string {
  const verdict = verdictFor(claim, undefined);
  const source = citationSourceOf(claim);
  return [
    t('quoted', claim.text),
    verdictSentence({ verdict, claim, datasetAsOf: dataset.asOf }),
    ...(source ? [t('citationSource', source)] : []),
    t('citationDataset', dataset.title, String(dataset.version), formatDate(dataset.asOf)),
  ].join('\n');
}
