import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { Claim } from '../engine/index';
import type { DatasetSummary, PageInfo, ShownMatch, TabState } from '../shared/messages';
import { siteOf } from '../shared/settings';
import { formatDate, formatLocalDay } from '../ui/format';
import { plural, t } from '../ui/strings';
import { AboutSite } from './AboutSite';
import { ClaimCard } from './ClaimCard';
import { intentFromSearch, readOpening, type Opening } from './intent';
import { LegendDisclosure } from './Legend';
import { loadTab, resolveTabId, type TabView } from './load';
import { LookupResults, SearchBox } from './Lookup';
import { OutletsPanel } from './OutletsPanel';
import { CheckAnyway, HighlightsToggle, useHiddenHints } from './PageControls';
import { Reports } from './Reports';
import { SinceYouRead } from './SinceYouRead';
import { SiteSwitch } from './SiteSwitch';
import { useStaleDatasets } from './stale';

type View =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | ({ status: 'ready'; tabId: number } & TabView);

/** While a tab is still `idle` (the content script may not have finished), ask again this often, this many times. */
const IDLE_POLL_MS = 800;
const IDLE_POLL_TRIES = 6;

export function Popup({ search }: { search: string }) {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // An address that says what to open on (the small window) applies at once; the background's hand-over follows.
  const [opening, setOpening] = useState<Opening | null>(() => intentFromSearch(search));
  /** Settled once the background was asked what the popup was opened for (the tab to show may depend on it). */
  const [asked, setAsked] = useState(false);
  const [query, setQuery] = useState(() => intentFromSearch(search)?.query ?? '');
  /** Set while a resumed site is being read again: keep asking until the tab is no longer paused. */
  const [resuming, setResuming] = useState(false);
  /** The Outlets view, opened from the footer, in place of the page's results. */
  const [outletsOpen, setOutletsOpen] = useState(false);

  // What the popup was opened for (a claim from the in-page card, a look-up from the context menu): asked once.
  useEffect(() => {
    let alive = true;
    void readOpening(search).then((opened) => {
      if (!alive) return;
      if (opened) {
        setOpening(opened);
        if (opened.query) setQuery(opened.query);
      }
      setAsked(true);
    });
    return () => {
      alive = false;
    };
  }, [search]);

  const forTab = opening?.tabId;
  useEffect(() => {
    if (!asked) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async (polls: number): Promise<void> => {
      try {
        const tabId = forTab ?? (await resolveTabId(search));
        if (tabId === null) {
          if (alive) setView({ status: 'error', detail: t('popupErrorNoTab') });
          return;
        }
        const result = await loadTab(tabId);
        if (!alive) return;
        setView({ status: 'ready', tabId, ...result });
        const waiting = result.tab.state === 'idle' || (resuming && result.tab.state === 'paused');
        if (waiting && polls < IDLE_POLL_TRIES) {
          timer = setTimeout(() => void run(polls + 1), IDLE_POLL_MS);
        } else if (resuming) setResuming(false);
      } catch (err) {
        if (alive) setView({ status: 'error', detail: err instanceof Error ? err.message : String(err) });
      }
    };
    void run(0);
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [search, attempt, resuming, asked, forTab]);

  const retry = useCallback(() => {
    setView({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const onPausedChange = useCallback(
    (paused: boolean) => {
      if (view.status !== 'ready' || view.tab.state === 'idle') return;
      const page = view.tab.page ?? { url: '' };
      if (paused) setView({ ...view, tab: { state: 'paused', page: { url: page.url } } });
      else {
        setView({ ...view, tab: { state: 'idle' } });
        setResuming(true);
      }
    },
    [view],
  );

  const datasets = view.status === 'ready' ? view.datasets : [];
  const looking = query.trim() !== '';
  // A claim of an outlet's record opens in the look-up, where its card has the timeline.
  const openClaim = useCallback((claim: Claim) => {
    setOutletsOpen(false);
    setQuery(claim.text);
  }, []);
  const siteUrl = view.status === 'ready' ? aboutSiteUrl(view.tab) : undefined;
  return (
    <div class="popup">
      <header class="popup-header">
        <div class="brand-row">
          <h1 class="brand">Afterword</h1>
          {view.status === 'ready' ? <Switch tab={view.tab} onChange={onPausedChange} /> : null}
        </div>
        {view.status === 'ready' && !looking ? <PageLine tab={view.tab} /> : null}
        <SearchBox query={query} onQuery={setQuery} />
      </header>
      <main class="popup-main" aria-busy={view.status === 'loading'}>
        {looking ? (
          <LookupResults query={query} datasets={datasets} onQuery={setQuery} />
        ) : outletsOpen ? (
          <OutletsPanel onBack={() => setOutletsOpen(false)} openClaim={openClaim} />
        ) : (
          <>
            <SinceYouRead />
            <Body view={view} onRetry={retry} openClaim={opening?.claimId} />
            {siteUrl ? <AboutSite url={siteUrl} openClaim={openClaim} /> : null}
          </>
        )}
      </main>
      <Footer datasets={datasets} onOutlets={() => setOutletsOpen(true)} />
    </div>
  );
}

function pageOf(tab: TabState): PageInfo | undefined {
  return tab.state === 'idle' ? undefined : tab.page;
}

/** The page "About this site" is about: any page Afterword read, article or not; none where it is paused. */
function aboutSiteUrl(tab: TabState): string | undefined {
  return tab.state === 'scanned' || tab.state === 'not-article' ? tab.page?.url : undefined;
}

function Switch({ tab, onChange }: { tab: TabState; onChange: (paused: boolean) => void }) {
  const url = pageOf(tab)?.url;
  if (!url) return null;
  return <SiteSwitch url={url} paused={tab.state === 'paused'} onChange={onChange} />;
}

/** The outlet, title and date of the page, when the content script read them. */
function PageLine({ tab }: { tab: TabState }) {
  const page = pageOf(tab);
  if (!page || tab.state !== 'scanned') return null;
  return (
    <div class="page-line">
      {page.title ? <p class="page-title">{page.title}</p> : null}
      <p class="page-meta">
        {page.outlet ? <span>{page.outlet}</span> : null}
        {page.outlet ? <span aria-hidden="true"> · </span> : null}
        {page.published ? (
          <span>{t('popupPublished', formatDate(page.published))}</span>
        ) : (
          <span>{t('popupDateUnknownShort')}</span>
        )}
      </p>
    </div>
  );
}

function Body({ view, onRetry, openClaim }: { view: View; onRetry: () => void; openClaim?: string }) {
  if (view.status === 'loading') {
    return (
      <p class="state" role="status">
        {t('popupLoading')}
      </p>
    );
  }
  if (view.status === 'error') {
    return (
      <div class="state state--error" role="alert">
        <h2 class="state-title">{t('popupErrorTitle')}</h2>
        <p class="state-detail">{view.detail}</p>
        <button type="button" class="button" onClick={onRetry}>
          {t('popupRetry')}
        </button>
      </div>
    );
  }
  const { tab, datasets, tabId } = view;
  if (tab.state === 'idle') {
    return (
      <div class="state">
        <h2 class="state-title">{t('popupIdleTitle')}</h2>
        <p>{t('popupIdleHint')}</p>
      </div>
    );
  }
  if (tab.state === 'paused') {
    return (
      <div class="state">
        <h2 class="state-title">{t('pausedTitle', siteOf(tab.page.url) ?? tab.page.url)}</h2>
        <p>{t('pausedText')}</p>
      </div>
    );
  }
  if (tab.state === 'not-article') {
    return (
      <div class="state">
        <h2 class="state-title">{t('popupNotArticleTitle')}</h2>
        <p>{t('popupNotArticle')}</p>
        <CheckAnyway tabId={tabId} onChecked={onRetry} />
      </div>
    );
  }
  if (tab.matches.length === 0) {
    return (
      <div class="state">
        <h2 class="state-title">{t('popupNoMatchesTitle')}</h2>
        {datasets.length === 0 ? (
          <p>{t('popupNoDatasets')}</p>
        ) : (
          datasets.map((d) => (
            <p key={d.id}>
              {t('popupCheckedAgainst', plural('claimCount', d.claims), d.title, formatDate(d.asOf))}
            </p>
          ))
        )}
      </div>
    );
  }
  return (
    <Results page={tab.page} matches={tab.matches} datasets={datasets} tabId={tabId} openClaim={openClaim} />
  );
}

interface ResultsProps {
  page: PageInfo;
  matches: ShownMatch[];
  datasets: DatasetSummary[];
  tabId: number;
  openClaim?: string;
}

function Results({ page, matches, datasets, tabId, openClaim }: ResultsProps) {
  const direct = matches.filter((m) => m.kind === 'match');
  const related = matches.filter((m) => m.kind === 'related');
  const hidden = useHiddenHints(page.url);
  const common = { page, datasets, tabId, openClaim, hidden };
  return (
    <>
      {direct.length > 0 ? <HighlightsToggle tabId={tabId} /> : null}
      {direct.length > 0 ? (
        <Section id="sec-matches" title={t('popupSectionMatches')} matches={direct} {...common} />
      ) : null}
      {related.length > 0 ? (
        <Section id="sec-related" title={t('popupSectionRelated')} matches={related} {...common} />
      ) : null}
    </>
  );
}

interface SectionProps extends ResultsProps {
  id: string;
  title: string;
  /** Claims whose hints the reader hid on this page. */
  hidden: ReadonlySet<string>;
}

function Section({ id, title, matches, page, datasets, tabId, openClaim, hidden }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {title}
        <span class="count" aria-hidden="true">
          {matches.length}
        </span>
        <span class="sr-only"> ({plural('claimCount', matches.length)})</span>
      </h2>
      <ul class="cards">
        {matches.map((m, i) => (
          <li key={`${m.datasetId}:${m.claimId}`}>
            <ClaimCard
              id={`${id}-${i}`}
              datasets={datasets}
              page={m.page ?? page}
              match={m}
              tabId={tabId}
              expanded={openClaim === m.claimId}
              hiddenOnPage={hidden.has(m.claimId)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Footer({ datasets, onOutlets }: { datasets: DatasetSummary[]; onOutlets: () => void }) {
  const openOptions = useCallback(() => {
    void browser.runtime
      .openOptionsPage()
      .then(() => window.close())
      .catch(() => undefined);
  }, []);
  const stale = useStaleDatasets();
  return (
    <footer class="popup-footer">
      {datasets.length > 0 ? (
        <ul class="footer-datasets">
          {datasets.map((d) => (
            <li key={d.id}>
              <span class="footer-dataset-title">{d.title}</span>
              <span class="footer-sep" aria-hidden="true">
                {' '}
                ·{' '}
              </span>
              <span>{t('footerDataAsOf', formatDate(d.asOf))}</span>
              <span class="footer-sep" aria-hidden="true">
                {' '}
                ·{' '}
              </span>
              <span>{t('footerPublisher', d.publisher)}</span>
              {stale.has(d.id) ? (
                <span class="footer-stale" data-stale="">
                  {' '}
                  {stale.get(d.id)
                    ? t('footerStale', formatLocalDay(stale.get(d.id)!))
                    : t('footerStaleNever')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Reports datasets={datasets} />
      <LegendDisclosure />
      <button type="button" class="link-button footer-outlets" onClick={onOutlets}>
        {t('outletsOpen')}
      </button>
      <button type="button" class="link-button" onClick={openOptions}>
        {t('footerOptions')}
      </button>
    </footer>
  );
}
