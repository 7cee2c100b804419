import type { AlternativeClaim, PageInfo } from '../shared/messages';
import { t } from '../ui/strings';
import { verdictSentence } from '../ui/verdict-sentence';
import { StatusChip } from './StatusChip';
import { Timeline } from './Timeline';

/**
 * Other datasets in use that disagree about the claim (another status): each one's verdict and
 * timeline, side by side with the first, rather than Afterword picking one for the reader.
 */
export function Alternatives({
  list,
  page,
  idPrefix,
}: {
  list: readonly AlternativeClaim[];
  page?: PageInfo;
  idPrefix: string;
}) {
  if (list.length === 0) return null;
  return (
    <div class="alternatives">
      <p class="alternatives-title">{t('datasetsDisagree')}</p>
      <ul>
        {list.map((alt, i) => (
          <li key={alt.datasetId} class="alternative">
            <p class="alternative-from">{t('alternativeFrom', alt.datasetTitle)}</p>
            <StatusChip status={alt.verdict.status} />
            <p class="verdict verdict--alternative">
              {verdictSentence({ verdict: alt.verdict, claim: alt.claim, datasetAsOf: alt.datasetAsOf })}
            </p>
            <Timeline events={alt.claim.events} page={page} labelId={`${idPrefix}-${i}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
