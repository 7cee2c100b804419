import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shared/send';
import { t } from '../../ui/strings';
import { AddSource } from './AddSource';
import { ImportFile } from './ImportFile';
import { outcomeText, sourceName, SourceCard } from './SourceCard';
import { useSources } from './use-sources';
import { intervalLabel } from './words';

/**
 * The datasets part of the options page: every dataset with its state and actions, the update
 * settings, adding a source and importing a file. One polite live region tells screen-reader
 * users what an action did; focus moves to what an action created, or back to the list heading
 * when what had it is gone.
 */
export function Datasets() {
  const { loaded, refresh } = useSources();
  const [said, setSaid] = useState('');
  // How many announcements were made: lets a test (or a future log) tell one from the next.
  const [saidCount, setSaidCount] = useState(0);
  const [updatingAll, setUpdatingAll] = useState(false);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const announce = (text: string) => {
    // The same text twice must still be read: clear, then set.
    setSaid('');
    setTimeout(() => {
      setSaid(text);
      setSaidCount((n) => n + 1);
    }, 50);
  };

  // Focus the card of a source just added or imported, once it is in the list.
  useEffect(() => {
    if (!focusOn || loaded.status !== 'ready') return;
    const heading = document.getElementById(`source-${focusOn}-title`);
    if (heading) {
      heading.focus();
      setFocusOn(null);
    }
  }, [focusOn, loaded]);

  const created = (sourceId: string, text: string) => {
    announce(text);
    void refresh().then(() => setFocusOn(sourceId));
  };

  const updateAll = async () => {
    setUpdatingAll(true);
    try {
      const { outcomes } = await send({ type: 'sources:update' });
      const state = await refresh();
      const nameOf = (id: string) => {
        const s = state?.sources.find((x) => x.id === id);
        return s ? sourceName(s) : id;
      };
      announce(
        outcomes.length === 0
          ? t('dsNothingToUpdate')
          : outcomes.map((o) => outcomeText(nameOf(o.sourceId), o)).join(' '),
      );
    } catch (e) {
      announce(e instanceof Error ? e.message : String(e));
    } finally {
      setUpdatingAll(false);
    }
  };

  const setInterval = async (minutes: number) => {
    try {
      const r = await send({ type: 'sources:interval', minutes });
      announce(t('dsIntervalSet', intervalLabel(r.minutes)));
    } catch (e) {
      announce(e instanceof Error ? e.message : String(e));
    }
  };

  const state = loaded.status === 'ready' ? loaded.state : undefined;
  const subscribed = state?.sources.filter((s) => s.kind === 'url' && s.enabled) ?? [];

  return (
    <>
      <section aria-labelledby="datasets-heading" class="panel" aria-busy={loaded.status === 'loading'}>
        <h2 id="datasets-heading" ref={headingRef} tabIndex={-1}>
          {t('optionsDatasets')}
        </h2>
        <p class="lead-small">{t('dsIntro')}</p>

        {state ? (
          <div class="toolbar">
            <button
              type="button"
              class="button"
              disabled={updatingAll || subscribed.length === 0}
              onClick={() => void updateAll()}
            >
              {updatingAll ? t('dsUpdating') : t('dsUpdateAll')}
            </button>
            <label class="interval">
              {t('dsIntervalLabel')}{' '}
              <select
                value={String(state.intervalMinutes)}
                onChange={(e) => void setInterval(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {[...new Set([...state.intervalChoices, state.intervalMinutes])]
                  .sort((a, b) => a - b)
                  .map((m) => (
                    <option key={m} value={String(m)}>
                      {intervalLabel(m)}
                    </option>
                  ))}
              </select>
            </label>
          </div>
        ) : null}

        <p
          id="datasets-live"
          class="sr-only"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          data-count={saidCount}
        >
          {said}
        </p>

        {loaded.status === 'loading' ? <p role="status">{t('optionsDatasetsLoading')}</p> : null}
        {loaded.status === 'error' ? (
          <div role="alert">
            <p>{t('optionsDatasetsError')}</p>
            <p class="note">{loaded.detail}</p>
          </div>
        ) : null}
        {state?.storageProblem ? (
          <p class="problem" role="alert">
            {t('dsStorageProblem', state.storageProblem)}
          </p>
        ) : null}
        {state ? (
          <ul class="datasets">
            {state.sources.map((s) => (
              <SourceCard
                key={s.id}
                source={s}
                actions={{
                  announce,
                  removed: () => {
                    void refresh();
                    headingRef.current?.focus();
                  },
                }}
              />
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="add-heading" class="panel">
        <h2 id="add-heading">{t('dsAddHeading')}</h2>
        <p class="lead-small">{t('dsAddIntro')}</p>
        <AddSource onAdded={created} />
        <h3 class="subheading">{t('dsImportHeading')}</h3>
        <ImportFile onImported={created} />
      </section>
    </>
  );
}
