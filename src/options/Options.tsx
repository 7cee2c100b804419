import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { DatasetSummary } from '../shared/messages';
import { send } from '../shared/send';
import { formatDate } from '../ui/format';
import { t } from '../ui/strings';
import { permissionNotes, type ManifestLike } from './permissions';

type Datasets =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | { status: 'ready'; datasets: DatasetSummary[] };

function readManifest(): (ManifestLike & { version?: string }) | null {
  try {
    return browser.runtime.getManifest() as ManifestLike & { version?: string };
  } catch {
    return null;
  }
}

/** First version of the options page: installed datasets, privacy, permissions. */
export function Options() {
  const [data, setData] = useState<Datasets>({ status: 'loading' });
  const manifest = useMemo(readManifest, []);
  const notes = useMemo(() => (manifest ? permissionNotes(manifest) : []), [manifest]);

  useEffect(() => {
    let alive = true;
    send({ type: 'datasets:list' })
      .then((r) => alive && setData({ status: 'ready', datasets: r.datasets }))
      .catch(
        (err: unknown) =>
          alive && setData({ status: 'error', detail: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      alive = false;
    };
  }, []);

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="lead">{t('optionsIntro')}</p>
      </header>

      <section aria-labelledby="datasets-heading" class="panel">
        <h2 id="datasets-heading">{t('optionsDatasets')}</h2>
        <DatasetList data={data} />
        <p class="note">{t('optionsSourcesComing')}</p>
      </section>

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

function DatasetList({ data }: { data: Datasets }) {
  if (data.status === 'loading') return <p role="status">{t('optionsDatasetsLoading')}</p>;
  if (data.status === 'error') {
    return (
      <div role="alert">
        <p>{t('optionsDatasetsError')}</p>
        <p class="note">{data.detail}</p>
      </div>
    );
  }
  if (data.datasets.length === 0) return <p>{t('optionsNoDatasets')}</p>;
  return (
    <ul class="datasets">
      {data.datasets.map((d) => (
        <li key={d.id} class="dataset">
          <h3>{d.title}</h3>
          <dl class="facts">
            <div>
              <dt>{t('optionsPublisher')}</dt>
              <dd>{d.publisher}</dd>
            </div>
            <div>
              <dt>{t('optionsLicence')}</dt>
              <dd>{d.license}</dd>
            </div>
            <div>
              <dt>{t('optionsVersion')}</dt>
              <dd>{d.version}</dd>
            </div>
            <div>
              <dt>{t('optionsAsOf')}</dt>
              <dd>
                <time datetime={d.asOf}>{formatDate(d.asOf)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('optionsClaims')}</dt>
              <dd>{d.claims}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
