import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/send';

/**
 * The datasets in use whose source has stopped delivering (no successful check for the
 * background's STALE_AFTER_MS), by dataset id, with the time of the last success (undefined: none
 * since it was added). Asked once when the popup opens; until the answer, nothing is marked.
 */
export function useStaleDatasets(): ReadonlyMap<string, number | undefined> {
  const [stale, setStale] = useState<ReadonlyMap<string, number | undefined>>(new Map());
  useEffect(() => {
    let alive = true;
    send({ type: 'sources:list' })
      .then((state) => {
        if (!alive) return;
        const found = new Map<string, number | undefined>();
        for (const s of state.sources) if (s.stale && s.dataset) found.set(s.dataset.id, s.lastSuccess);
        setStale(found);
      })
      // The footer is the same without the mark; a failed read is not worth an error in the popup.
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return stale;
}
