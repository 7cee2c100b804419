/**
 * "Datasets disagree: denied in …, unconfirmed in …" under a card's status, when the datasets in use
 * give the claim different statuses: the card's chip and verdict are the most serious one's, and
 * this line says so at first glance; each dataset's own verdict and timeline are in the timeline panel.
 */
import type { AlternativeClaim, DatasetSummary } from '../shared/messages';
import { disagreementLine, type DatasetVersion } from '../ui/disagreement';

export function Disagreement({
  lead,
  alternatives,
  datasets,
}: {
  lead: DatasetVersion;
  alternatives: readonly AlternativeClaim[] | undefined;
  datasets: readonly DatasetSummary[];
}) {
  const line = disagreementLine(lead, alternatives, new Map(datasets.map((d) => [d.id, d.title])));
  return line ? <p class="disagree">{line}</p> : null;
}
