import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { DatasetSummary, PageInfo, ShownMatch, TabState } from '../shared/messages';
import { formatDate } from '../ui/format';
import { plural, t } from '../ui/strings';
import { ClaimCard } from './ClaimCard';
import { loadTab, resolveTabId, type TabView } from './load';

type View = { status: 'loading' } | { status: 'error'; detail: string } | ({ status: 'ready' } & TabView);

/** While a tab is still `idle` (the content script may not have finished), ask again this often, this many times. */
const IDLE_POLL_MS = 800;
const IDLE_POLL_TRIES = 6;

export function Popup({ search }: { search: string }) {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async (polls: number): Promise<void> => {
      try {
        const tabId = await resolveTabId(search);
        if (tabId === null) {
          if (alive) setView({ status: 'error', detail: t('popupErrorNoTab') });
          return;
        }
        const result = await loadTab(tabId);
        if (!alive) return;
        setView({ status: 'ready', ...result });
        if (result.tab.state === 'idle' && polls < IDLE_POLL_TRIES) {
          timer = setTimeout(() => void run(polls + 1), IDLE_POLL_MS);
        }
      } catch (err) {
        if (alive) setView({ status: 'error', detail: err instanceof Error ? err.message : String(err) });
      }
    };
    void run(0);
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [search, attempt]);

  const retry = useCallback(() => {
    setView({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">Afterword</h1>
        {view.status === 'ready' ? <PageLine tab={view.tab} /> : null}
      </header>
      <main class="popup-main" aria-busy={view.status === 'loading'}>
        <Body view={view} onRetry={retry} />
      </main>
      <Footer datasets={view.status === 'ready' ? view.datasets : []} />
    </div>
  );
}

function pageOf(tab: TabState): PageInfo | undefined {
  return tab.state === 'idle' ? undefined : tab.page;
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

function Body({ view, onRetry }: { view: View; onRetry: () => void }) {
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
  const { tab, datasets } = view;
  if (tab.state === 'idle') {
    return (
      <div class="state">
        <h2 class="state-title">{t('popupIdleTitle')}</h2>
        <p>{t('popupIdleHint')}</p>
      </div>
    );
  }
  if (tab.state === 'not-article') {
    return (
      <div class="state">
        <h2 class="state-title">{t('popupNotArticleTitle')}</h2>
        <p>{t('popupNotArticle')}</p>
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
  return <Results page={tab.page} matches={tab.matches} />;
}

function Results({ page, matches }: { page: PageInfo; matches: ShownMatch[] }) {
  const direct = matches.filter((m) => m.kind === 'match');
  const related = matches.filter((m) => m.kind === 'related');
  // The first card of the first section starts with its timeline open.
  const firstOpen = direct.length > 0 ? 'match' : 'related';
  return (
    <>
      {direct.length > 0 ? (
        <Section
          id="sec-matches"
          title={t('popupSectionMatches')}
          matches={direct}
          page={page}
          openFirst={firstOpen === 'match'}
        />
      ) : null}
      {related.length > 0 ? (
        <Section
          id="sec-related"
          title={t('popupSectionRelated')}
          matches={related}
          page={page}
          openFirst={firstOpen === 'related'}
        />
      ) : null}
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  matches: ShownMatch[];
  page: PageInfo;
  openFirst: boolean;
}

function Section({ id, title, matches, page, openFirst }: SectionProps) {
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
            <ClaimCard match={m} page={page} id={`${id}-${i}`} expanded={openFirst && i === 0} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Footer({ datasets }: { datasets: DatasetSummary[] }) {
  const openOptions = useCallback(() => {
    void browser.runtime
      .openOptionsPage()
      .then(() => window.close())
      .catch(() => undefined);
  }, []);
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
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" class="link-button" onClick={openOptions}>
        {t('footerOptions')}
      </button>
    </footer>
  );
}
