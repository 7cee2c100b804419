/**
 * Single-page sites replace the article without a page load. Mutations only arm a timer; when the
 * page has been quiet for a moment, one cheap check decides whether to read it again: the address
 * changed, or the article we read is gone from the document. An address changed by script
 * (history.pushState/replaceState, which fire no event of their own) arms it too where the browser
 * has the Navigation API.
 */

/** Quiet time before re-checking: long enough to let a route change settle, short enough to feel live. */
const SETTLE_MS = 800;

export function watchForNewArticle(shouldRescan: () => boolean, rescan: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (shouldRescan()) rescan();
  };
  const arm = () => {
    if (timer === undefined) timer = setTimeout(check, SETTLE_MS);
  };
  const observer = new MutationObserver(arm);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', arm);
  addEventListener('hashchange', arm);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', arm);
  return () => {
    observer.disconnect();
    removeEventListener('popstate', arm);
    removeEventListener('hashchange', arm);
    navigation?.removeEventListener('currententrychange', arm);
    if (timer !== undefined) clearTimeout(timer);
  };
}
