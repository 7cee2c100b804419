/**
 * The service worker. Listeners are registered synchronously at start, as MV3 requires for a
 * worker the browser stops and restarts at will; all state lives in tab-store (session storage)
 * or is rebuilt on demand (the index), so a restart loses nothing the reader can see.
 */
import browser, { type Runtime } from '../shared/browser';
import { upgradeStorageInBackground } from '../shared/storage';
import { clearBadge } from './badge';
import { onCommand } from './commands';
import { onInstalledFirstRun } from './first-run';
import { onDatasetsChanged, readDatasetsAhead } from './datasets';
import { compareWithDataInUse } from './memory/follow-up';
import { watchClicks } from './memory/notify';
import { createMenus, onMenuClicked } from './menus';
import { handle } from './router';
import { forgetTab, setTab } from './tab-store';
import { watchCspViolations } from './updates/csp-violations';
import { runDueChecks, whenStarted } from './updates/run';
import { UPDATE_ALARM } from './updates/scheduler';

// The layout of storage.local is upgraded here and only here (an install or an update starts the
// worker), so no page rewrites the reader's settings while another page changes them.
void upgradeStorageInBackground();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handle(message, sender),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A new page load in a tab makes its old results stale until the content script reports again;
// its scan will want the datasets, so reading them starts now, while the page loads.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    void setTab(tabId, { state: 'idle' });
    void clearBadge(tabId);
    readDatasetsAhead();
  }
});

// Browsers without them (Firefox for Android has neither menus nor commands) simply go without.
browser.runtime.onInstalled.addListener((details) => {
  void createMenus().catch(() => undefined);
  // An extension update may bring a new bundled dataset: the claims read are compared with it as
  // with any other change of the data in use (invalidateDatasets does not run for it).
  if (details.reason === 'update')
    void compareWithDataInUse().catch((error: unknown) =>
      console.warn('Afterword: the claims read could not be compared with the new data', error),
    );
  // A page that is not allowed to open (no tabs on some platforms) leaves the legend in the popup.
  void onInstalledFirstRun(details).catch(() => undefined);
});
browser.contextMenus?.onClicked.addListener(onMenuClicked);
browser.commands?.onCommand.addListener((command, tab) => {
  void onCommand(command, tab);
});

// Dataset updates: the alarm survives the worker being stopped; the start-up finds a check the
// last worker did not finish (its data untouched) and makes sure the alarm is set.
watchCspViolations();
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === UPDATE_ALARM) void runDueChecks();
});
void whenStarted();

// The reading memory: after every change of the data in use, the claims read are compared with it
// ("Since you read it"); a click on its notification opens "Your claims".
onDatasetsChanged(() => {
  void compareWithDataInUse().catch((error: unknown) =>
    console.warn('Afterword: the claims read could not be compared with the new data', error),
  );
});
watchClicks();
