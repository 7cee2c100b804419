import { useState } from 'preact/hooks';
import { setPaused, siteOf } from '../shared/settings';
import { t } from '../ui/strings';

/** "example.com", "https://www.example.com/news/1" → the site as the pause list stores it, or null. */
export function siteFromInput(value: string): string | null {
  const text = value.trim();
  if (!text || /\s/.test(text)) return null;
  const site = siteOf(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  // A bare word is not a site ("news"), a dotted name or an IP address is.
  return site && (site.includes('.') || site === 'localhost') ? site : null;
}

/**
 * Switching Afterword off for a site from the options page (the popup's switch does it for the
 * site in front of you). The paused list above shows the result; a screen reader hears it.
 */
export function PauseSiteForm() {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(value);
    if (!site) {
      setError(t('optionsPauseInvalid'));
      setDone(null);
      return;
    }
    setError(null);
    void setPaused(`https://${site}/`, true).then(() => {
      setValue('');
      setDone(t('optionsPausedNow', site));
    });
  };

  return (
    <form class="pause-site" onSubmit={submit} noValidate>
      <label for="pause-site">{t('optionsPauseLabel')}</label>
      <div class="pause-site-row">
        <input
          id="pause-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'pause-site-error' : undefined}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button">
          {t('optionsPauseButton')}
        </button>
      </div>
      {error ? (
        <p id="pause-site-error" class="problem" role="alert">
          {error}
        </p>
      ) : null}
      <p class="sr-only" role="status" aria-live="polite">
        {done ?? ''}
      </p>
    </form>
  );
}
