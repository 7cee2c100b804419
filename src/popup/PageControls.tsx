/**
 * The popup's controls over the page itself: "Hide/Show highlights on this page" (the keyboard
 * shortcut's toggle, with its state in words), "Check this page anyway" on a page that does not look
 * like an article, and the hints hidden on this page by "Wrong match?".
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { hiddenHintsOn, onHiddenHintsChanged } from '../shared/hidden-hints';
import type { PageHighlightsReply, PageRequest } from '../shared/messages';
import { t } from '../ui/strings';

/** Sends a request to the tab's content script; null when there is none to answer (a browser page, a stale tab). */
async function toPage<T>(tabId: number, message: PageRequest): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as T | undefined) ?? null;
  } catch {
    return null;
  }
}

/** "Hide highlights on this page" / "Show highlights on this page": shown only when the page has highlights. */
export function HighlightsToggle({ tabId }: { tabId: number }) {
  const [shown, setShown] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    void toPage<PageHighlightsReply>(tabId, { type: 'page:highlights' }).then((reply) => {
      if (alive) setShown(reply?.ok && typeof reply.shown === 'boolean' ? reply.shown : null);
    });
    return () => {
      alive = false;
    };
  }, [tabId]);
  if (shown === null) return null;
  const flip = async () => {
    const reply = await toPage<PageHighlightsReply>(tabId, { type: 'page:highlights', show: !shown });
    setShown(reply?.ok && typeof reply.shown === 'boolean' ? reply.shown : null);
  };
  return (
    <button type="button" class="link-button page-control" onClick={() => void flip()}>
      {t(shown ? 'highlightsHide' : 'highlightsShow')}
    </button>
  );
}

/**
 * "Check this page anyway": the content script reads the page as an article although it does not
 * look like one; `onChecked` reloads the popup's view once it has (the reply comes after the check).
 */
export function CheckAnyway({ tabId, onChecked }: { tabId: number; onChecked: () => void }) {
  const [state, setState] = useState<'ready' | 'checking' | 'failed'>('ready');
  const check = async () => {
    setState('checking');
    const reply = await toPage<{ ok?: boolean }>(tabId, { type: 'page:scan' });
    if (reply?.ok) onChecked();
    else setState('failed');
  };
  return (
    <>
      <button type="button" class="button" disabled={state === 'checking'} onClick={() => void check()}>
        {t('checkAnyway')}
      </button>
      {state === 'failed' ? (
        <p class="check-failed" role="alert">
          {t('checkAnywayFailed')}
        </p>
      ) : null}
    </>
  );
}

/** The claims whose hints the reader hid on the page at `url`, kept up to date (the popup's own undo, another tab). */
export function useHiddenHints(url: string | undefined): ReadonlySet<string> {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const reload = useCallback(() => {
    if (!url) return;
    void hiddenHintsOn(url)
      .then((ids) => setHidden(new Set(ids)))
      .catch(() => setHidden(new Set()));
  }, [url]);
  useEffect(() => {
    reload();
    return onHiddenHintsChanged(reload);
  }, [reload]);
  return hidden;
}
