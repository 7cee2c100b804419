/**
 * The first-run page, opened once when Afterword is installed (background/first-run.ts): on one
 * screen, what Afterword does, what its marks and badge mean (the same legend as the popup's), what
 * never leaves the browser, and where datasets are added.
 */
import { useCallback } from 'preact/hooks';
import browser from '../shared/browser';
import { Legend } from '../ui/legend';
import { t } from '../ui/strings';

export function Welcome() {
  const openOptions = useCallback(() => {
    void browser.runtime.openOptionsPage().catch(() => undefined);
  }, []);
  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1 class="welcome-title">{t('welcomeTitle')}</h1>
        <p class="welcome-intro">{t('welcomeIntro')}</p>
      </header>
      <section class="welcome-part welcome-legend" aria-labelledby="welcome-legend">
        <h2 id="welcome-legend" class="welcome-heading">
          {t('welcomeLegendTitle')}
        </h2>
        <Legend level={3} idPrefix="welcome-legend" />
      </section>
      <div class="welcome-side">
        <section class="welcome-part" aria-labelledby="welcome-privacy">
          <h2 id="welcome-privacy" class="welcome-heading">
            {t('welcomePrivacyTitle')}
          </h2>
          <p>{t('welcomePrivacy')}</p>
        </section>
        <section class="welcome-part" aria-labelledby="welcome-datasets">
          <h2 id="welcome-datasets" class="welcome-heading">
            {t('welcomeDatasetsTitle')}
          </h2>
          <p>{t('welcomeDatasets')}</p>
          <button type="button" class="button welcome-options" onClick={openOptions}>
            {t('welcomeOpenOptions')}
          </button>
        </section>
      </div>
    </main>
  );
}
