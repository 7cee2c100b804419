/**
 * An outlet's record in words, shared by the popup ("About this site", its Outlets view) and the
 * options page (Outlets): who the outlet is, how many claims of the reader's datasets name it (the
 * sample size, always said), how those claims stand now as counts, and each claim as a sentence
 * ("Reported on 14 September 2022; later denied 1 day later by …; it reported the denial the same
 * day."). Never a score, a grade or one colour for the outlet: what a reader makes of the counts is
 * theirs. Also the claim's origin sentence the claim card shows ("First reported by …; then by …").
 */
import { useEffect, useState } from 'preact/hooks';
import type { Claim, ClaimStatus, OriginStep, OutletKind } from '../engine/index';
import type { OutletClaimView, OutletView } from '../shared/messages';
import { OUTLET_CLAIMS_SHOWN } from '../shared/messages';
import { send } from '../shared/send';
import { formatDate } from './format';
import { readerText } from './reader-text';
import { calendarDate, offsetFromArticle } from './relative-time';
import { statusLabel } from './status';
import { plural, t, type StringKey } from './strings';
import { decidingActors, whoText } from './verdict-sentence';

const KIND: Readonly<Record<OutletKind, StringKey>> = {
  news: 'outletKindNews',
  agency: 'outletKindAgency',
  broadcaster: 'outletKindBroadcaster',
  telegram: 'outletKindTelegram',
  social: 'outletKindSocial',
  blog: 'outletKindBlog',
  official: 'outletKindOfficial',
  'fact-checker': 'outletKindFactChecker',
  other: 'outletKindOther',
};

/** "news outlet", "Telegram channel"; a kind a newer dataset adds reads as "other source". */
export const kindLabel = (kind: OutletKind): string => t(KIND[kind] ?? 'outletKindOther');

/** The order the status counts are listed in: what was decided first, what is still open last. */
const STATUS_ORDER: readonly ClaimStatus[] = [
  'denied',
  'rated-false',
  'retracted',
  'rated-mixed',
  'confirmed',
  'rated-true',
  'unconfirmed',
];

const LATER_VERB: Readonly<Record<Exclude<ClaimStatus, 'unconfirmed'>, StringKey>> = {
  denied: 'outletVerbDenied',
  confirmed: 'outletVerbConfirmed',
  'rated-false': 'outletVerbRatedFalse',
  'rated-true': 'outletVerbRatedTrue',
  'rated-mixed': 'outletVerbRatedMixed',
  retracted: 'outletVerbRetracted',
};

/** The longest origin sentence: the first reporter and this many who followed, then "and N more". */
export const ORIGIN_STEPS_SHOWN = 4;

/**
 * How long from one date to another: "the same day", "1 day later", "3 months later"; the later
 * date itself ("on 15 September 2022") when either date has no day or the order is reversed.
 */
export function laterText(from: string, to: string): string {
  const offset = offsetFromArticle(to, from);
  if (offset?.direction === 'same-day') return t('laterSameDay');
  if (offset?.direction === 'after') {
    const family =
      offset.unit === 'day' ? 'laterDays' : offset.unit === 'month' ? 'laterMonths' : 'laterYears';
    return plural(family, offset.count);
  }
  const date = calendarDate(to);
  const key =
    date?.precision === 'month' ? 'whenInMonth' : date?.precision === 'year' ? 'whenInYear' : 'whenOnDate';
  return t(key, formatDate(to));
}

function outcomeText(c: OutletClaimView): string {
  if (c.status === 'unconfirmed' || c.decidedOn === null) return t('outletStillUnconfirmed');
  const verb = t(LATER_VERB[c.status]);
  const when = laterText(c.reportedOn, c.decidedOn);
  const who = whoText(decidingActors(c.claim, {}));
  return who ? t('outletOutcome', verb, when, who) : t('outletOutcomeNoWho', verb, when);
}

function followUpText(c: OutletClaimView): string | null {
  if (!c.followUp || c.followUpOn === null) return null;
  if (c.followUp === 'corrected') return t('followCorrected', laterText(c.reportedOn, c.followUpOn));
  if (c.followUp === 'retracted') return t('followRetracted', laterText(c.reportedOn, c.followUpOn));
  // The outcome it carried, timed from the outcome itself: "it reported the denial the same day".
  const since = laterText(c.decidedOn ?? c.reportedOn, c.followUpOn);
  if (c.status === 'denied') return t('followDenial', since);
  if (c.status === 'confirmed') return t('followConfirmation', since);
  return t('followOutcome', since);
}

/** "Reported on 14 September 2022; later denied 1 day later by …; it reported the denial the same day." */
export function recordSentence(c: OutletClaimView): string {
  const parts = [t('outletReportedOn', formatDate(c.reportedOn)), outcomeText(c), followUpText(c)];
  return `${parts.filter((p): p is string => p !== null).join('; ')}.`.replace(/\.\.$/, '.');
}

const party = (step: OriginStep): string =>
  step.outlet ? t('originWithKind', step.name, kindLabel(step.outlet.kind)) : step.name;

/**
 * "First reported by @yellow_folder (Telegram channel) on 14 September 2022; then by Euro Weekly
 * News (news outlet) on 14 September 2022." Null when no report is known.
 */
export function originSentence(steps: readonly OriginStep[]): string | null {
  const [first, ...rest] = steps;
  if (!first) return null;
  const shown = rest.slice(0, ORIGIN_STEPS_SHOWN - 1);
  const parts = [
    t('originFirst', party(first), formatDate(first.date)),
    ...shown.map((s) =>
      t(s.role === 'cited' ? 'originThenCited' : 'originThen', party(s), formatDate(s.date)),
    ),
  ];
  if (rest.length > shown.length) parts.push(plural('originMore', rest.length - shown.length));
  return `${parts.join('; ')}.`.replace(/\.\.$/, '.');
}

export interface RecordProps {
  outlet: OutletView;
  /** Unique within the page; used for ids. */
  id: string;
  /** The outlet's name as a heading of this level (the popup's section is h2, so its outlet is h3). */
  level: 2 | 3;
  /** Opens a claim's timeline (the look-up on it). */
  openClaim: (claim: Claim) => void;
}

/** One outlet: name and kind, where it publishes, the sample size, the counts, and each claim in words. */
export function OutletRecord({ outlet, id, level, openClaim }: RecordProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const countsId = `${id}-counts`;
  const counts = STATUS_ORDER.filter((s) => outlet.counts[s] > 0);
  return (
    <article class="outlet" aria-labelledby={`${id}-name`} data-outlet={outlet.key}>
      <Heading id={`${id}-name`} class="outlet-name">
        {outlet.name}
      </Heading>
      <p class="outlet-kind">{kindLabel(outlet.kind)}</p>
      {outlet.domains.length > 0 ? (
        <p class="outlet-where">{t('outletSites', outlet.domains.join(', '))}</p>
      ) : null}
      {outlet.handles.length > 0 ? (
        <p class="outlet-where">{t('outletHandles', outlet.handles.join(', '))}</p>
      ) : null}
      {outlet.reported === 0 ? (
        <p class="outlet-sample">{t('outletNone')}</p>
      ) : (
        <>
          <p class="outlet-sample">{plural('outletSample', outlet.reported)}</p>
          <p id={countsId} class="sr-only">
            {t('outletCountsLabel')}
          </p>
          <ul class="outlet-counts" aria-labelledby={countsId}>
            {counts.map((s) => (
              <li key={s}>{t('outletCount', statusLabel(s), outlet.counts[s])}</li>
            ))}
          </ul>
          <ul class="outlet-claims">
            {outlet.claims.map((c) => (
              <li key={`${c.datasetId}:${c.claim.id}`} data-claim={c.claim.id}>
                <button
                  type="button"
                  class="link-button outlet-claim"
                  lang={readerText(c.claim).language}
                  aria-describedby={`${id}-open-hint`}
                  onClick={() => openClaim(c.claim)}
                >
                  {readerText(c.claim).text}
                </button>
                <p class="outlet-claim-record">{recordSentence(c)}</p>
              </li>
            ))}
          </ul>
          <p id={`${id}-open-hint`} class="sr-only">
            {t('outletOpenClaimHint')}
          </p>
          {outlet.reported > outlet.claims.length && outlet.claims.length >= OUTLET_CLAIMS_SHOWN ? (
            <p class="outlet-note">{t('outletFirstShown', outlet.claims.length)}</p>
          ) : null}
        </>
      )}
      <p class="outlet-note">{t('outletNotRating')}</p>
    </article>
  );
}

/** Typing settles this long before the background is asked (as the look-up does). */
export const OUTLETS_DEBOUNCE_MS = 120;

type Listing =
  | { status: 'loading' }
  | { status: 'ready'; query: string; outlets: OutletView[]; total: number }
  | { status: 'error'; detail: string };

/**
 * The Outlets view: every outlet of the enabled datasets, searchable by name, site or handle, each
 * with its record. `level` is the heading level of the view's title (each outlet is one below).
 */
export function OutletsList({ openClaim, level }: { openClaim: (claim: Claim) => void; level: 1 | 2 }) {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ status: 'loading' });

  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      send({ type: 'outlets:list', query })
        .then((r) => alive && setListing({ status: 'ready', query, outlets: r.outlets, total: r.total }))
        .catch(
          (err: unknown) =>
            alive &&
            setListing({ status: 'error', detail: err instanceof Error ? err.message : String(err) }),
        );
    }, OUTLETS_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query]);

  const Title = level === 1 ? 'h1' : 'h2';
  const summary =
    listing.status === 'loading'
      ? t('outletsLoading')
      : listing.status === 'error'
        ? t('outletsError', listing.detail)
        : listing.outlets.length === 0 && listing.query.trim() !== ''
          ? t('outletsNone', listing.query.trim())
          : t('outletsShown', listing.outlets.length, listing.total);
  return (
    <section class="outlets" aria-labelledby="outlets-title">
      <Title id="outlets-title" class="outlets-title">
        {t('outletsTitle')}
      </Title>
      <p class="outlets-intro">{t('outletsIntro')}</p>
      {/* Named: the popup has its look-up's search too, and two search landmarks must be told apart. */}
      <div class="outlets-search" role="search" aria-labelledby="outlets-title">
        <label class="outlets-search-label" for="outlets-search">
          {t('outletsSearchLabel')}
        </label>
        <input
          id="outlets-search"
          class="outlets-search-input"
          type="search"
          value={query}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="outlets-summary" role="status">
        {summary}
      </p>
      {listing.status === 'ready' ? (
        <ul class="outlets-list">
          {listing.outlets.map((o, i) => (
            <li key={o.key}>
              <OutletRecord outlet={o} id={`outlet-${i}`} level={level === 1 ? 2 : 3} openClaim={openClaim} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
