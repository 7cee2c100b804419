import { useRef, useState } from 'preact/hooks';
import { send } from '../../shared/send';
import { t } from '../../ui/strings';
import { problemText } from './words';

/**
 * Adding a publisher key to a subscription, or changing it. Which key a source trusts decides
 * which files it accepts, so it takes two steps: the key is checked and named first ("Trust key
 * … for …?", and which key it replaces), and saved only when the reader confirms.
 */
export function KeyChange({
  sourceId,
  name,
  currentKeyId,
  onSaved,
  onClose,
}: {
  sourceId: string;
  name: string;
  currentKeyId: string | undefined;
  onSaved: (text: string) => void;
  onClose: () => void;
}) {
  const [key, setKey] = useState('');
  const [pending, setPending] = useState<{ keyId: string; previousKeyId?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const fieldId = `key-${sourceId}`;
  const errorId = `key-${sourceId}-error`;

  const ask = (confirm: boolean) => {
    setBusy(true);
    setError(null);
    setNote(null);
    send({ type: 'sources:key', sourceId, publicKey: key, confirm })
      .then((reply) => {
        if ('problem' in reply) {
          setPending(null);
          setError(problemText(reply.problem));
          fieldRef.current?.focus();
          return;
        }
        if (reply.saved) {
          onSaved(t('dsKeySaved', reply.keyId, name));
          return;
        }
        if (reply.previousKeyId === reply.keyId) {
          setNote(t('dsKeySame', reply.keyId));
          return;
        }
        setPending(reply);
        setTimeout(() => confirmRef.current?.focus());
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <div class="key-change">
      <label for={fieldId}>{t('dsKeyFieldLabel', name)}</label>
      <textarea
        ref={fieldRef}
        id={fieldId}
        rows={3}
        spellcheck={false}
        value={key}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => {
          setKey((e.currentTarget as HTMLTextAreaElement).value);
          setPending(null);
        }}
      />
      {error ? (
        <p id={errorId} class="problem" role="alert">
          {error}
        </p>
      ) : null}
      {note ? (
        <p class="note" role="status">
          {note}
        </p>
      ) : null}
      {pending ? (
        <div class="confirm-rollback" role="group" aria-labelledby={`${fieldId}-question`}>
          <p id={`${fieldId}-question`}>
            <strong>
              {(pending.previousKeyId ?? currentKeyId)
                ? t('dsKeyConfirmChange', pending.keyId, name, pending.previousKeyId ?? currentKeyId ?? '')
                : t('dsKeyConfirmAdd', pending.keyId, name)}
            </strong>
          </p>
          <div class="actions">
            <button
              ref={confirmRef}
              type="button"
              class="button button--danger"
              disabled={busy}
              onClick={() => ask(true)}
            >
              {t('dsKeyConfirmDo')}
            </button>
            <button type="button" class="button" onClick={onClose}>
              {t('dsCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button"
            disabled={busy || key.trim() === ''}
            onClick={() => ask(false)}
          >
            {t('dsKeyCheck')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {t('dsCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
