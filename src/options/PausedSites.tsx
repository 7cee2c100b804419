import { useEffect, useState } from 'preact/hooks';
import { onPausedSitesChanged, pausedSites, setPaused } from '../shared/settings';
import { t } from '../ui/strings';
import { PauseSiteForm } from './PauseSiteForm';

/** The sites where the reader paused Afterword (from the popup's switch), each with a way back. */
export function PausedSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    let alive = true;
    pausedSites()
      .then((list) => alive && setSites(list))
      .catch(() => alive && setSites([]));
    const stop = onPausedSitesChanged((list) => alive && setSites(list));
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
          {sites.map((site) => (
            <li key={site}>
              <span class="paused-site">{site}</span>
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
      <PauseSiteForm />
    </section>
  );
}
