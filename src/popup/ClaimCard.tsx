import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, Verdict } from '../engine/index';
import { setHintHidden } from '../shared/hidden-hints';
import type { AlternativeClaim, DatasetSummary, PageInfo, ShownMatch } from '../shared/messages';
import { formatDate } from '../ui/format';
import { plural, t } from '../ui/strings';
import { verdictSentence } from '../ui/verdict-sentence';
import { Alternatives } from './Alternatives';
import { ClaimText } from './ClaimText';
import { Disagreement } from './Disagreement';
import { ClaimTools } from './ClaimTools';
import { stanceLabel, statusTone } from './labels';
import { OriginLine } from './OriginLine';
import { StatusChip } from './StatusChip';
import { Timeline } from './Timeline';
import { WhyHint } from './WhyHint';
import { WrongMatch } from './WrongMatch';

export { StatusChip };

interface Common {
  /** Unique within the popup; used for ids. */
  id: string;
  /** Installed datasets, to say which one the claim comes from. */
  datasets?: readonly DatasetSummary[];
  /** The article the verdict and timeline are relative to; absent for look-up results. */
  page?: PageInfo;
  /** The page's tab, for "Show on page". */
  tabId?: number | null;
  /** Open with the timeline showing and scrolled into view (the claim the popup was opened for). */
  expanded?: boolean;
  /** The reader hid this claim's hint on the page ("Wrong match?"): say so, and offer to show it again. */
  hiddenOnPage?: boolean;
}

/** A claim found on the page: everything comes from the match (stance, "why this hint", "wrong match?"). */
interface MatchProps extends Common {
  match: ShownMatch;
  claim?: undefined;
}

/** A claim found by the look-up: no article, no match. */
interface ClaimProps extends Common {
  match?: undefined;
  claim: Claim;
  verdict: Verdict;
  datasetId: string;
  datasetAsOf?: string;
  /** Say, without opening anything, which dataset the claim is from and its date (look-up results). */
  showSource?: boolean;
  /** The same claim in other datasets in use that give it another status. */
  alternatives?: AlternativeClaim[];
}

type Props = MatchProps | ClaimProps;

type Panel = 'timeline' | 'why' | 'wrong';

function DatasetLine({ datasetId, datasets }: { datasetId: string; datasets: readonly DatasetSummary[] }) {
  const d = datasets.find((x) => x.id === datasetId);
  if (!d) return null;
  return <p class="dataset-line">{t('datasetSource', d.title, d.publisher, formatDate(d.asOf))}</p>;
}

/**
 * "From “Afterword demo dataset” · reported 14 September 2022": the dataset by its title (its id
 * when the list has not arrived) and the claim's first report, else its first event.
 */
function SourceLine({
  claim,
  datasetId,
  datasets,
}: {
  claim: Claim;
  datasetId: string;
  datasets: readonly DatasetSummary[];
}) {
  const title = datasets.find((x) => x.id === datasetId)?.title ?? datasetId;
  const earliest = (list: readonly Claim['events'][number][]) =>
    list.reduce<string | undefined>(
      (min, e) => (min === undefined || e.date < min ? e.date : min),
      undefined,
    );
  const reported = earliest(claim.events.filter((e) => e.type === 'reported'));
  const first = reported ?? earliest(claim.events);
  return (
    <p class="dataset-line source-line">
      {first === undefined
        ? t('lookupSource', title)
        : t(reported ? 'lookupSourceReported' : 'lookupSourceDated', title, formatDate(first))}
    </p>
  );
}

/** "You hid this hint on this page." with the undo; the page repaints it when storage changes. */
function HiddenNote({ url, claimId }: { url: string; claimId: string }) {
  return (
    <p class="hidden-note">
      <span>{t('hiddenOnPage')} </span>
      <button
        type="button"
        class="link-button"
        onClick={() => void setHintHidden(url, claimId, false).catch(() => undefined)}
      >
        {t('hiddenUndo')}
      </button>
    </p>
  );
}

/**
 * One claim: status in words, the claim, one sentence of verdict relative to the article, how the
 * article treats it; then, on request, the timeline, why it was matched, and a wrong-match report.
 * Every piece of dataset and page text is rendered as a text node; nothing here is parsed as HTML.
 */
export function ClaimCard(props: Props) {
  const { id, datasets = [], page, match, tabId, expanded = false, hiddenOnPage = false } = props;
  const { claim, verdict, datasetId, datasetAsOf, alternatives } = props.match ?? props;
  const [open, setOpen] = useState<Record<Panel, boolean>>({ timeline: expanded, why: false, wrong: false });
  const self = useRef<HTMLElement>(null);
  const related = match?.kind === 'related';
  const titleId = `${id}-title`;
  const toggle = (panel: Panel) => setOpen((o) => ({ ...o, [panel]: !o[panel] }));

  // The claim the popup was opened for may be known only after the first render (the background hands it over).
  useEffect(() => {
    if (!expanded) return;
    setOpen((o) => ({ ...o, timeline: true }));
    self.current?.scrollIntoView?.({ block: 'start' });
    self.current?.focus?.({ preventScroll: true });
  }, [expanded]);

  const panelButton = (panel: Panel, label: preact.ComponentChildren, quiet = false) => (
    <button
      type="button"
      class={quiet ? 'disclosure disclosure--quiet' : 'disclosure'}
      aria-expanded={open[panel]}
      aria-controls={`${id}-${panel}`}
      onClick={() => toggle(panel)}
    >
      {label}
    </button>
  );

  return (
    <article
      ref={self}
      tabIndex={expanded ? -1 : undefined}
      class={`card tone--${statusTone(verdict.status)}${related ? ' card--related' : ''}`}
      aria-labelledby={titleId}
      data-claim={claim.id}
    >
      <div class="card-head">
        <StatusChip status={verdict.status} />
        {match ? <span class="stance">{related ? t('relatedNote') : stanceLabel(match.stance)}</span> : null}
      </div>
      <Disagreement lead={{ datasetId, verdict }} alternatives={alternatives} datasets={datasets} />
      <ClaimText id={titleId} claim={claim} />
      {hiddenOnPage && match && page?.url ? <HiddenNote url={page.url} claimId={match.claimId} /> : null}
      <p class="verdict">{verdictSentence({ verdict, claim, datasetAsOf })}</p>
      <OriginLine datasetId={datasetId} claimId={claim.id} />
      {!match && props.showSource ? (
        <SourceLine claim={claim} datasetId={datasetId} datasets={datasets} />
      ) : null}
      <div class="card-actions">
        {panelButton(
          'timeline',
          <>
            <span class="summary-title">{t('timelineToggle')}</span>
            <span class="summary-count" aria-hidden="true">
              {claim.events.length}
            </span>
            <span class="sr-only">({plural('timelineEvents', claim.events.length)})</span>
          </>,
        )}
        {match ? panelButton('why', t('whyToggle')) : null}
        {match ? panelButton('wrong', t('wrongToggle'), true) : null}
        <ClaimTools claim={claim} datasetId={datasetId} datasetAsOf={datasetAsOf} datasets={datasets} />
      </div>
      <div id={`${id}-timeline`} class="panel panel--timeline" hidden={!open.timeline}>
        <Timeline events={claim.events} page={page} labelId={`${id}-timeline-label`} />
        <DatasetLine datasetId={datasetId} datasets={datasets} />
        {alternatives ? <Alternatives list={alternatives} page={page} idPrefix={`${id}-alt`} /> : null}
      </div>
      {match ? (
        <div id={`${id}-why`} class="panel panel--why" hidden={!open.why}>
          <WhyHint match={match} tabId={tabId ?? null} />
        </div>
      ) : null}
      {match ? (
        <div id={`${id}-wrong`} class="panel panel--wrong" hidden={!open.wrong}>
          <WrongMatch match={match} page={page} idPrefix={`${id}-wrong`} />
        </div>
      ) : null}
    </article>
  );
}
