import { useRef, useState } from 'preact/hooks';
import { withScheme } from '../../dataset/urls';
import { LOOPBACK_SOURCES } from '../../shared/build';
import { send } from '../../shared/send';
import { t } from '../../ui/strings';
import { requestSiteAccess } from './host-permission';
import { problemText } from './words';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The same rule as the background's (https; http on this machine only in the test build), checked
 * here for a quick answer.
 */
export function addressProblem(value: string, loopback = LOOPBACK_SOURCES): string | undefined {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return t('dsAddressInvalid');
  }
  if (u.protocol === 'https:' || (loopback && u.protocol === 'http:' && LOOPBACK.has(u.hostname)))
    return undefined;
  return t('dsAddressNotHttps');
}

/**
 * Subscribing to a dataset by its address, optionally with the publisher's public key. The site's
 * permission is asked for in the same click (the only moment a browser allows it), but the source
 * is added without waiting for the answer: a prompt may stay open, and a site that allows any
 * origin (CORS) needs no permission at all.
 */
export function AddSource({ onAdded }: { onAdded: (sourceId: string, text: string) => void }) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** The source just added without a key: said where it stays visible, not only announced. */
  const [unsignedWarning, setUnsignedWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [keyError, setKeyError] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    // "example.org/feed.json" means https://example.org/feed.json; the field shows what is sent.
    const address = withScheme(url);
    if (address !== url) setUrl(address);
    const problem = addressProblem(address);
    if (problem) {
      setError(problem);
      urlRef.current?.focus();
      return;
    }
    // In the submit handler itself, before any await: the browser only shows the prompt for a gesture.
    const access = requestSiteAccess(address);
    const host = new URL(address).host;
    setBusy(true);
    setError(null);
    setKeyError(null);
    setNote(null);
    setUnsignedWarning(null);
    send({ type: 'sources:add', url: address, ...(key.trim() ? { publicKey: key } : {}) })
      .then((reply) => {
        if ('problem' in reply) {
          // A refused key is told next to the key, anything else next to the address.
          if (reply.problem.code === 'bad-key') {
            setKeyError(problemText(reply.problem));
            keyRef.current?.focus();
          } else {
            setError(problemText(reply.problem));
            urlRef.current?.focus();
          }
          return;
        }
        const { sourceId } = reply;
        const signed = key.trim() !== '';
        setUrl('');
        setKey('');
        // Without a key, said at once and plainly: nothing will show who made this source's files.
        const said = signed ? t('dsAdded1', host) : t('dsAddedUnsigned', host);
        if (!signed) setUnsignedWarning(said);
        onAdded(sourceId, said);
        void access.then((granted) => {
          if (granted) {
            // Granted after the first attempt may have needed it: try again now.
            void send({ type: 'sources:update', sourceId }).catch(() => undefined);
          } else setNote(t('dsAccessRefused', host));
        });
      })
      .catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        setError(message);
        urlRef.current?.focus();
      })
      .finally(() => setBusy(false));
  };

  return (
    <form class="add-source" onSubmit={submit} noValidate>
      <div class="field">
        <label for="source-url">{t('dsAddressLabel')}</label>
        <input
          ref={urlRef}
          id="source-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          required
          placeholder="https://"
          value={url}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'source-url-hint source-url-error' : 'source-url-hint'}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="source-url-hint" class="hint">
          {t('dsAddressHint')} {t('dsAddressFeedHint')}
        </p>
        {error ? (
          <p id="source-url-error" class="problem" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="source-key">{t('dsKeyLabel')}</label>
        <textarea
          ref={keyRef}
          id="source-key"
          rows={3}
          spellcheck={false}
          value={key}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={keyError ? 'source-key-hint source-key-error' : 'source-key-hint'}
          onInput={(e) => setKey((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p id="source-key-hint" class="hint">
          {t('dsKeyHint')}
        </p>
        {keyError ? (
          <p id="source-key-error" class="problem" role="alert">
            {keyError}
          </p>
        ) : null}
      </div>
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('dsAdd')}
      </button>
      {unsignedWarning ? (
        <p class="note unsigned-warning" data-unsigned-warning="">
          {unsignedWarning}
        </p>
      ) : null}
      {note ? (
        <p class="note" role="status">
          {note}
        </p>
      ) : null}
    </form>
  );
}
