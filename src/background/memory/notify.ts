/**
 * The one system notification per update that changed claims read, when the reader turned it on
 * and granted the optional `notifications` permission. Without either nothing is shown and nothing
 * else changes. Its click opens "Your claims".
 */
import browser from '../../shared/browser';
import { plural, t } from '../../ui/strings';

/** Notifications of changes are named with this prefix (and the time), so a click is known as ours. */
export const CHANGES_NOTIFICATION_PREFIX = 'afterword-changes-';
/** The "Your claims" page. */
export const CLAIMS_PAGE = 'src/claims/index.html';
/** The optional permission the options page asks for. */
export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications'] };

/** The notifications API, when the browser exposes it (only once the permission is granted, in Chrome). */
function api(): typeof browser.notifications | undefined {
  try {
    return browser.notifications ?? undefined;
  } catch {
    return undefined;
  }
}

async function granted(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS_PERMISSION);
  } catch {
    return false;
  }
}

/** One notification saying that `count` claims read changed; false when none was shown. */
export async function notifyChanges(count: number, enabled: boolean, now = Date.now()): Promise<boolean> {
  if (!enabled || count <= 0 || !(await granted())) return false;
  const notifications = api();
  if (!notifications) return false;
  watchClicks();
  try {
    await notifications.create(`${CHANGES_NOTIFICATION_PREFIX}${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('notifyChangesTitle'),
      message: plural('notifyChanges', count),
    });
    return true;
  } catch (error) {
    console.warn('Afterword: the notification could not be shown', error);
    return false;
  }
}

export async function openClaimsPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(CLAIMS_PAGE) });
}

let watching = false;

/**
 * Listens for clicks on our notifications. Called at the worker's start (the API is there when the
 * permission was granted before) and before each notification (granted since).
 */
export function watchClicks(): void {
  const notifications = api();
  if (watching || !notifications) return;
  watching = true;
  notifications.onClicked.addListener((id: string) => {
    if (!id.startsWith(CHANGES_NOTIFICATION_PREFIX)) return;
    void openClaimsPage().catch(() => undefined);
    void notifications.clear(id).catch(() => undefined);
  });
}
