import { useState } from 'preact/hooks';
import { setPaused, siteOf } from '../shared/settings';
import { t } from '../ui/strings';

/**
 * "Check articles on example.com": on by default; off pauses Afterword on the whole site (the tab's
 * content script is told that the paused sites changed, asks whether its own site is paused, and
 * clears or reads the page again).
 */
export function SiteSwitch({
  url,
  paused,
  onChange,
}: {
  url: string;
  paused: boolean;
  onChange: (paused: boolean) => void;
}) {
  const [busy, setBusy] = useState(false);
  const site = siteOf(url);
  if (!site) return null;
  const flip = async () => {
    setBusy(true);
    try {
      await setPaused(url, !paused);
      onChange(!paused);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      role="switch"
      aria-checked={!paused}
      class="switch"
      disabled={busy}
      onClick={() => void flip()}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{t('siteSwitch', site)}</span>
    </button>
  );
}
