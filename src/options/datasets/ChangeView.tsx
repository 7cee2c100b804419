import { useState } from 'preact/hooks';
import type { ChangeDetail, ChangedClaim, ChangeSummary } from '../../shared/messages';
import { send } from '../../shared/send';
import { statusLabel, statusTone } from '../../ui/status';
import { displayLocale, plural, t } from '../../ui/strings';
import { changeSummaryText, formatDateTime, newlyLabel, NEWLY_ORDER } from './words';

/**
 * What the version in use changed when it was installed: one line of counts, and on request the
 * claims behind them (fetched then: a large update's lists stay in the background until asked for).
 */
export function ChangeView({
  sourceId,
  change,
  titleId,
}: {
  sourceId: string;
  change: ChangeSummary;
  titleId: string;
}) {
  const [detail, setDetail] = useState<ChangeDetail | null | 'loading' | 'error'>(null);
  const [open, setOpen] = useState(false);
  const listId = `change-${sourceId}`;
  const first = change.fromVersion === 0;

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && (detail === null || detail === 'error')) {
      setDetail('loading');
      send({ type: 'sources:changes', sourceId })
        .then((r) => setDetail(r.change))
        .catch(() => setDetail('error'));
    }
  };

  return (
    <div class="change">
      <p>
        <span class="change-when">
          {first
            ? t('dsChangeFirst', String(change.toVersion), formatDateTime(change.at))
            : t(
                'dsChangeUpdate',
                String(change.fromVersion),
                String(change.toVersion),
                formatDateTime(change.at),
              )}
        </span>{' '}
        <strong class="change-summary">{changeSummaryText(change)}</strong>
      </p>
      <button
        type="button"
        class="link-button"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={titleId}
        onClick={toggle}
      >
        {open ? t('dsChangeHide') : t('dsChangeShow')}
      </button>
      <div id={listId} hidden={!open} class="change-detail">
        {open && detail === 'loading' ? <p role="status">{t('dsLoading')}</p> : null}
        {open && detail === 'error' ? <p role="alert">{t('dsChangeError')}</p> : null}
        {open && detail && typeof detail === 'object' ? <ChangeLists detail={detail} /> : null}
      </div>
    </div>
  );
}

function ClaimList({ title, claims, total }: { title: string; claims: ChangedClaim[]; total: number }) {
  if (total === 0) return null;
  return (
    <section class="change-group">
      <h4>{title}</h4>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <span class={`chip chip--${statusTone(c.status)}`}>{statusLabel(c.status)}</span>{' '}
            <span class="change-claim">{c.text}</span>
            {c.was ? (
              <span class="change-was">
                {' '}
                {t('dsWas', statusLabel(c.was).toLocaleLowerCase(displayLocale()))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {total > claims.length ? (
        <p class="note">{t('dsMoreNotShown', String(total - claims.length))}</p>
      ) : null}
    </section>
  );
}

export function ChangeLists({ detail }: { detail: ChangeDetail }) {
  const byStatus = (status: ChangedClaim['status']) =>
    detail.statusChangedClaims.filter((c) => c.status === status);
  return (
    <>
      {NEWLY_ORDER.map((status) => (
        <ClaimList
          key={status}
          title={newlyLabel(status, detail.newly[status] ?? 0)}
          claims={byStatus(status)}
          total={detail.newly[status] ?? 0}
        />
      ))}
      <ClaimList title={plural('dsAdded', detail.added)} claims={detail.addedClaims} total={detail.added} />
      <ClaimList
        title={plural('dsRemoved', detail.removed)}
        claims={detail.removedClaims}
        total={detail.removed}
      />
      <ClaimList
        title={plural('dsEventsChanged', detail.eventsChanged)}
        claims={detail.eventsChangedClaims}
        total={detail.eventsChanged}
      />
      <ClaimList
        title={plural('dsReworded', detail.reworded)}
        claims={detail.rewordedClaims}
        total={detail.reworded}
      />
    </>
  );
}
