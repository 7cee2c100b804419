import { useEffect, useState } from 'preact/hooks';
import { onReaderDataChanged, pausedSites, setPaused, type PausedSite } from '../shared/settings';
import { formatLocalDay } from '../ui/format';
import { t } from '../ui/strings';
import { PauseSiteForm } from './PauseSiteForm';

/**
 * The sites where the reader paused Afterword (from the popup's switch), each with the day it comes
 * back on (PAUSED_SITE_KEEP_DAYS, src/shared/reader-db.ts) and a way back now.
 */
export function PausedSites() {
  const [sites, setSites] = useState<PausedSite[] | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void pausedSites()
        .then((list) => alive && setSites(list))
        .catch(() => alive && setSites((was) => was ?? []));
    load();
    const stop = onReaderDataChanged('paused', load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return (
    <section aria-labelledby="paused-heading" class="panel">
      <h2 id="paused-heading">{t('optionsPaused')}</h2>
      {sites === null ? null : sites.length === 0 ? (
        <p>{t('optionsPausedNone')}</p>
      ) : (
        <ul class="paused-sites">
          {sites.map(({ site, expiresAt }) => (
            <li key={site}>
              <span class="paused-site">{site}</span>{' '}
              <span class="paused-until">{t('optionsPausedUntil', formatLocalDay(expiresAt))}</span>
              <button
                type="button"
                class="button"
                aria-label={t('optionsResumeSite', site)}
                onClick={() => void setPaused(`https://${site}/`, false).then(setSites)}
              >
                {t('optionsResume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('optionsPausedKeep')}</p>
      <PauseSiteForm />
    </section>
  );
}
