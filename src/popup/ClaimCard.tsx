import type { ClaimStatus } from '../engine/types';
import type { PageInfo, ShownMatch } from '../shared/messages';
import { plural, t } from '../ui/strings';
import { stanceLabel, statusLabel, statusTone } from './labels';
import { Timeline } from './Timeline';

export function StatusChip({ status }: { status: ClaimStatus }) {
  return (
    <span class={`chip chip--${statusTone(status)}`}>
      <span class="chip-dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}

interface Props {
  match: ShownMatch;
  page: PageInfo;
  /** Unique within the popup; used for ids. */
  id: string;
  /** Whether the timeline starts open. */
  expanded: boolean;
}

/**
 * One claim: status, the claim, the verdict sentence (always visible), how this article treats it,
 * the matching passage, and the timeline relative to this article. Every piece of dataset and page
 * text is rendered as a text node; nothing here is ever parsed as HTML.
 */
export function ClaimCard({ match, page, id, expanded }: Props) {
  const related = match.kind === 'related';
  const titleId = `${id}-title`;
  return (
    <article
      class={`card tone--${statusTone(match.verdict.status)}${related ? ' card--related' : ''}`}
      aria-labelledby={titleId}
    >
      <StatusChip status={match.verdict.status} />
      <h3 id={titleId} class="claim-text">
        {match.claim.text}
      </h3>
      <p class="verdict">{match.verdict.text}</p>
      <p class="stance">{related ? t('relatedNote') : stanceLabel(match.stance)}</p>
      {match.sentence ? (
        <figure class="on-page">
          <figcaption>{t('onThisPage')}</figcaption>
          <blockquote>{match.sentence}</blockquote>
        </figure>
      ) : null}
      <details class="timeline" open={expanded}>
        <summary>
          <span class="summary-title">{t('timelineToggle')}</span>
          <span class="summary-count">{plural('timelineEvents', match.claim.events.length)}</span>
        </summary>
        <Timeline events={match.claim.events} page={page} labelId={`${id}-timeline`} />
      </details>
    </article>
  );
}
