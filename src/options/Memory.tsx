/**
 * "Claims you read": the reading memory's settings — how long claims are kept, whether the article's
 * address is kept too, notifications of changes (the optional `notifications` permission, asked for
 * in the click that turns them on; refused, everything else works) — a way to "Your claims", and
 * "Forget everything".
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { MEMORY_RETENTION_CHOICES, type MemorySettings } from '../shared/messages';
import { send } from '../shared/send';
import { t, type StringKey } from '../ui/strings';

const CLAIMS_PAGE = 'src/claims/index.html';
const NOTIFICATIONS: { permissions: ['notifications'] } = { permissions: ['notifications'] };

const KEEP_WORDS: Record<(typeof MEMORY_RETENTION_CHOICES)[number], StringKey> = {
  30: 'memoryKeep30',
  90: 'memoryKeep90',
  365: 'memoryKeep365',
  730: 'memoryKeep730',
};

/** Asks for the permission; false when refused or when the browser cannot ask. Call first thing in a click. */
function requestNotifications(): Promise<boolean> {
  try {
    return Promise.resolve(browser.permissions.request(NOTIFICATIONS)).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

function hasNotifications(): Promise<boolean> {
  try {
    return Promise.resolve(browser.permissions.contains(NOTIFICATIONS)).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

function releaseNotifications(): Promise<unknown> {
  try {
    return Promise.resolve(browser.permissions.remove(NOTIFICATIONS)).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function Memory() {
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    let alive = true;
    void send({ type: 'memory:settings' })
      .then(async (s) => {
        // Notifications on without the permission (the reader took it back in the browser): shown
        // as off, and set off, since none can be shown.
        if (s.notify && !(await hasNotifications()))
          s = await send({ type: 'memory:settings', notify: false });
        if (alive) setSettings(s);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const change = async (patch: Partial<MemorySettings>) => {
    setSettings(await send({ type: 'memory:settings', ...patch }));
  };

  const onNotify = async (on: boolean) => {
    if (on && !(await requestNotifications())) {
      setSaid(t('memoryNotifyRefused'));
      return;
    }
    setSaid('');
    await change({ notify: on });
    // Switched off: the permission goes back too, so the browser lists no power Afterword does not use.
    if (!on) await releaseNotifications();
  };

  const forgetAll = async () => {
    if (!window.confirm(t('claimsForgetAllConfirm'))) return;
    await send({ type: 'memory:forget-all' });
    setSaid(t('claimsForgottenAll'));
  };

  return (
    <section aria-labelledby="memory-heading" class="panel">
      <h2 id="memory-heading">{t('memoryTitle')}</h2>
      <p>{t('memoryIntro')}</p>
      {settings ? (
        <div class="memory-settings">
          <p>
            <label for="memory-retention">{t('memoryRetention')}</label>{' '}
            <select
              id="memory-retention"
              value={String(settings.retentionDays)}
              onChange={(e) =>
                void change({ retentionDays: Number((e.currentTarget as HTMLSelectElement).value) })
              }
            >
              {MEMORY_RETENTION_CHOICES.map((days) => (
                <option key={days} value={String(days)}>
                  {t(KEEP_WORDS[days])}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label>
              <input
                type="checkbox"
                checked={settings.keepUrl}
                onChange={(e) => void change({ keepUrl: (e.currentTarget as HTMLInputElement).checked })}
              />{' '}
              {t('memoryKeepUrl')}
            </label>
          </p>
          <p>
            <label>
              <input
                type="checkbox"
                checked={settings.notify}
                onChange={(e) => void onNotify((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {t('memoryNotify')}
            </label>
          </p>
        </div>
      ) : null}
      <p role="status">{said}</p>
      <p class="memory-buttons">
        <button
          type="button"
          class="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(CLAIMS_PAGE) })}
        >
          {t('memoryOpen')}
        </button>{' '}
        <button type="button" class="button" onClick={() => void forgetAll()}>
          {t('claimsForgetAll')}
        </button>
      </p>
    </section>
  );
}
