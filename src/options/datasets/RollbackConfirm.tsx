import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChangeDetail, ChangedClaim } from '../../shared/messages';
import { send } from '../../shared/send';
import { statusLabel, statusTone } from '../../ui/status';
import { displayLocale, t } from '../../ui/strings';
import { rollbackGroups } from './words';

/**
 * Rolling back asks first and says what will change: which claims leave, which come back, which
 * return to their earlier status. The list is what the version in use changed when it was
 * installed, read backwards; `undoable` is false when that record is not the one the rollback
 * undoes (the version in use did not come straight after the previous one), and then it says so.
 */
export function RollbackConfirm({
  sourceId,
  question,
  undoable,
  activeVersion,
  busy,
  onConfirm,
  onCancel,
}: {
  sourceId: string;
  question: string;
  undoable: boolean;
  activeVersion: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [detail, setDetail] = useState<ChangeDetail | null | 'loading' | 'error'>(
    undoable ? 'loading' : null,
  );
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = `rollback-${sourceId}-question`;

  useEffect(() => {
    confirmRef.current?.focus();
    if (!undoable) return;
    let alive = true;
    send({ type: 'sources:changes', sourceId })
      .then((r) => alive && setDetail(r.change))
      .catch(() => alive && setDetail('error'));
    return () => {
      alive = false;
    };
  }, [sourceId, undoable]);

  const groups = detail && typeof detail === 'object' ? rollbackGroups(detail) : [];
  return (
    <div class="confirm-rollback" role="group" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>{question}</strong>
      </p>
      {detail === 'loading' ? <p role="status">{t('dsLoading')}</p> : null}
      {detail === 'error' || (undoable && detail === null) || !undoable ? (
        <p class="note">{t('dsRbUnknown', String(activeVersion))}</p>
      ) : null}
      {detail && typeof detail === 'object' && groups.length === 0 ? <p>{t('dsRbNothing')}</p> : null}
      {groups.map((g) => (
        <section class="change-group" key={g.kind} data-rollback={g.kind}>
          <h4>{g.title}</h4>
          <ul>
            {g.claims.map((c) => (
              <RollbackClaim key={c.id} claim={c} statusGoesBack={g.kind === 'status'} />
            ))}
          </ul>
          {g.total > g.claims.length ? (
            <p class="note">{t('dsMoreNotShown', String(g.total - g.claims.length))}</p>
          ) : null}
        </section>
      ))}
      <div class="actions">
        <button
          ref={confirmRef}
          type="button"
          class="button button--danger"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('dsRollBackDo')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('dsCancel')}
        </button>
      </div>
    </div>
  );
}

/** A claim of the preview: the status it will have after the rollback, and for a status change the one it has now. */
function RollbackClaim({ claim, statusGoesBack }: { claim: ChangedClaim; statusGoesBack: boolean }) {
  const after = statusGoesBack && claim.was ? claim.was : claim.status;
  return (
    <li>
      <span class={`chip chip--${statusTone(after)}`}>{statusLabel(after)}</span>{' '}
      <span class="change-claim">{claim.text}</span>
      {statusGoesBack && claim.was ? (
        <span class="change-was">
          {' '}
          {t('dsRbNow', statusLabel(claim.status).toLocaleLowerCase(displayLocale()))}
        </span>
      ) : null}
    </li>
  );
}
