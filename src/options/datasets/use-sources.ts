/**
 * The options page's view of the datasets: `sources:list` from the background, refreshed when the
 * background announces a change (BackgroundEvent), with download progress patched in between.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { isBackgroundEvent, type SourcesState } from '../../shared/messages';
import { send } from '../../shared/send';

export type Loaded =
  { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; state: SourcesState };

export function useSources(): { loaded: Loaded; refresh: () => Promise<SourcesState | undefined> } {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const alive = useRef(true);
  // Answers can come back out of order (a slow list, then a fast one): only the newest counts.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const state = await send({ type: 'sources:list' });
      if (alive.current && ticket === latest.current) setLoaded({ status: 'ready', state });
      return state;
    } catch (error) {
      if (alive.current && ticket === latest.current) {
        setLoaded({ status: 'error', detail: error instanceof Error ? error.message : String(error) });
      }
      return undefined;
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    void refresh();
    const onEvent = (message: unknown) => {
      if (!isBackgroundEvent(message)) return undefined;
      const { sourceId, running } = message;
      if (running && sourceId) {
        setLoaded((now) =>
          now.status !== 'ready'
            ? now
            : {
                status: 'ready',
                state: {
                  ...now.state,
                  sources: now.state.sources.map((s) => (s.id === sourceId ? { ...s, running } : s)),
                },
              },
        );
        // A new phase may come with new facts (a check started: "last check" moves); progress does not.
        if (running.phase !== 'downloading') void refresh();
      } else {
        void refresh();
      }
      // Not an answer to anything: let the background's own reply through.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => {
      alive.current = false;
      browser.runtime.onMessage.removeListener(onEvent);
    };
  }, [refresh]);

  return { loaded, refresh };
}
