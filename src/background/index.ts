/**
 * The service worker. Listeners are registered synchronously at start, as MV3 requires for a
 * worker the browser stops and restarts at will; all state lives in tab-store (session storage)
 * or is rebuilt on demand (the index), so a restart loses nothing the reader can see.
 */
import browser, { type Runtime } from '../shared/browser';
import { clearBadge } from './badge';
import { handle } from './router';
import { forgetTab, setTab } from './tab-store';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A new page load in a tab makes its old results stale until the content script reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    void setTab(tabId, { state: 'idle' });
    void clearBadge(tabId);
  }
});
