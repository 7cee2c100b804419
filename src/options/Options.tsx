import { useMemo } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../ui/strings';
import { Datasets } from './datasets/Datasets';
import { Memory } from './Memory';
import { Outlets } from './Outlets';
import { PausedSites } from './PausedSites';
import { permissionNotes, type ManifestLike } from './permissions';
import { Shortcuts } from './Shortcuts';

function readManifest(): (ManifestLike & { version?: string }) | null {
  try {
    return browser.runtime.getManifest() as ManifestLike & { version?: string };
  } catch {
    return null;
  }
}

/** The options page: datasets and their sources, the outlets they name, paused sites, shortcuts, privacy, permissions. */
export function Options() {
  const manifest = useMemo(readManifest, []);
  const notes = useMemo(() => (manifest ? permissionNotes(manifest) : []), [manifest]);

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="lead">{t('optionsIntro')}</p>
      </header>

      <Datasets />

      <Outlets />

      <PausedSites />

      <Memory />

      <Shortcuts />

      <section aria-labelledby="privacy-heading" class="panel">
        <h2 id="privacy-heading">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>

      <section aria-labelledby="permissions-heading" class="panel">
        <h2 id="permissions-heading">{t('optionsPermissions')}</h2>
        <p>{t('optionsPermissionsIntro')}</p>
        <dl class="permissions">
          {notes.map((n) => (
            <div key={n.id} class={n.explained ? 'permission' : 'permission permission--unexplained'}>
              <dt>{n.name}</dt>
              <dd>{n.why}</dd>
            </div>
          ))}
        </dl>
      </section>

      {manifest?.version ? <p class="version">{t('optionsVersionLine', manifest.version)}</p> : null}
    </main>
  );
}
