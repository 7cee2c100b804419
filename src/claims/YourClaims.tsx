/**
 * "Your claims": every claim the reading memory holds, then → now, the changes not seen yet first;
 * a search (claim, title, outlet), a filter for the changed ones, per-claim "Forget" and "Forget
 * everything". Opening it counts as seeing the changes (they leave the toolbar badge). It follows
 * the memory live (memory:changed), so an update arriving while it is open shows at once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { isMemoryEvent, type MemoryEntry } from '../shared/messages';
import { send } from '../shared/send';
import { safeHref } from '../ui/format';
import { MemoryItem } from '../ui/memory-item';
import { plural, t } from '../ui/strings';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; entries: MemoryEntry[]; total: number }
  | { status: 'error'; detail: string };

export function YourClaims() {
  const [query, setQuery] = useState('');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [said, setSaid] = useState('');
  const latest = useRef(0);
  // The page marks the changes seen once, when it first shows them: answering every "memory
  // changed" with "seen" (which announces a change) would make the two ask each other forever.
  const markedSeen = useRef(false);

  const refresh = useCallback(async (q: string) => {
    const ticket = ++latest.current;
    try {
      const { entries, total } = await send({ type: 'memory:list', query: q });
      if (ticket !== latest.current) return;
      setLoaded({ status: 'ready', entries, total });
      if (!markedSeen.current && entries.some((e) => e.unseen)) {
        markedSeen.current = true;
        void send({ type: 'memory:seen' }).catch(() => undefined);
      }
    } catch (error) {
      if (ticket === latest.current)
        setLoaded({ status: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void refresh(query);
  }, [query, refresh]);

  useEffect(() => {
    const onEvent = (message: unknown) => {
      if (isMemoryEvent(message)) void refresh(query);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => browser.runtime.onMessage.removeListener(onEvent);
  }, [query, refresh]);

  const forget = async (entry: MemoryEntry) => {
    await send({ type: 'memory:forget', key: entry.key });
    setSaid(t('claimsForgotten'));
    await refresh(query);
  };

  const forgetAll = async () => {
    if (!window.confirm(t('claimsForgetAllConfirm'))) return;
    await send({ type: 'memory:forget-all' });
    setSaid(t('claimsForgottenAll'));
    await refresh(query);
  };

  const shown = loaded.status === 'ready' ? loaded.entries.filter((e) => !onlyChanged || e.changed) : [];
  return (
    <main class="claims">
      <h1>{t('claimsTitle')}</h1>
      <p class="claims-intro">{t('claimsIntro')}</p>
      <div class="claims-tools" role="search">
        <label class="sr-only" for="claims-search">
          {t('claimsSearch')}
        </label>
        <input
          id="claims-search"
          class="claims-search"
          type="search"
          value={query}
          placeholder={t('claimsSearch')}
          autocomplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <label>
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('claimsFilterChanged')}
        </label>
      </div>
      <p class="sr-only" role="status">
        {said}
      </p>
      {loaded.status === 'loading' ? <p role="status">…</p> : null}
      {loaded.status === 'error' ? <p role="alert">{loaded.detail}</p> : null}
      {loaded.status === 'ready' ? (
        <>
          <p class="claims-count">
            {plural('claimsCount', loaded.total)}
            {loaded.total !== shown.length ? ` · ${plural('claimsShown', shown.length)}` : ''}
          </p>
          {loaded.total === 0 ? (
            <p>{t('claimsEmpty')}</p>
          ) : shown.length === 0 ? (
            <p>{t('claimsNoResults')}</p>
          ) : null}
          <ul class="memory-list" aria-label={t('claimsTitle')}>
            {shown.map((entry) => (
              <MemoryItem key={entry.key} entry={entry}>
                <p class="memory-actions">
                  {entry.followed ? <span>{t('claimsFollowed')}</span> : null}
                  {safeHref(entry.article?.url) ? (
                    <a href={safeHref(entry.article?.url)} target="_blank" rel="noopener noreferrer">
                      {t('claimsArticleLink')}
                    </a>
                  ) : null}
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t('claimsForgetLabel', entry.claimText)}
                    onClick={() => void forget(entry)}
                  >
                    {t('claimsForget')}
                  </button>
                </p>
              </MemoryItem>
            ))}
          </ul>
          <div class="claims-footer">
            {loaded.total > 0 ? (
              <button type="button" class="button" onClick={() => void forgetAll()}>
                {t('claimsForgetAll')}
              </button>
            ) : null}
            <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('claimsSettings')}
            </button>
          </div>
        </>
      ) : null}
    </main>
  );
}
