/**
 * "Since you read it", at the top of the popup: claims the reader read whose status changed since,
 * the ones not seen yet first. Opening the popup counts as seeing them: they leave the toolbar
 * badge (they stay here, and in "Your claims", as changes).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { MemoryEntry } from '../shared/messages';
import { send } from '../shared/send';
import { MemoryItem } from '../ui/memory-item';
import '../ui/memory.css';
import { t } from '../ui/strings';

/** Changes listed in the popup; "Your claims" lists every one. */
export const SINCE_SHOWN = 3;
/** A change seen already stays in the popup this long after it was found. */
export const SINCE_RECENT_MS = 7 * 24 * 60 * 60 * 1000;
export const CLAIMS_PAGE = 'src/claims/index.html';

export function SinceYouRead({ now: given }: { now?: number }) {
  const [entries, setEntries] = useState<MemoryEntry[]>([]);
  // The time the popup opened, fixed for its life: a default evaluated on every render would be a new
  // dependency of the effect below on each of its own updates, and the list would be asked for again
  // and again while the popup is open.
  const [now] = useState(() => given ?? Date.now());

  // In a private window the popup shows nothing of what was read in the others.
  const incognito = browser.extension?.inIncognitoContext === true;

  useEffect(() => {
    if (incognito) return;
    let alive = true;
    void send({ type: 'memory:list' })
      .then(({ entries: all }) => {
        if (!alive) return;
        const recent = all.filter(
          (e) =>
            e.changed && (e.unseen || (e.changedAt !== undefined && now - e.changedAt < SINCE_RECENT_MS)),
        );
        setEntries(recent);
        if (recent.some((e) => e.unseen)) void send({ type: 'memory:seen' }).catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [now, incognito]);

  if (incognito || entries.length === 0) return null;
  return (
    <section class="section since" aria-labelledby="since-heading">
      <h2 id="since-heading" class="section-title">
        {t('sinceTitle')}
      </h2>
      <ul class="memory-list">
        {entries.slice(0, SINCE_SHOWN).map((entry) => (
          <MemoryItem key={entry.key} entry={entry} />
        ))}
      </ul>
      <p class="since-all">
        <a
          href={browser.runtime.getURL(CLAIMS_PAGE)}
          target="_blank"
          rel="noopener"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL(CLAIMS_PAGE) });
          }}
        >
          {t('sinceAllClaims')}
        </a>
      </p>
    </section>
  );
}
