import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChangeDetail, ChangeSummary } from '../../shared/messages';
import { send } from '../../shared/send';
import { t } from '../../ui/strings';
import { ChangeLists } from './ChangeView';
import { changeSummaryText, problemText } from './words';

/**
 * An update held because it changes a large part of the dataset at once (the background's
 * mass-change hold): what it would change, claim by claim, and the reader's two answers. Nothing
 * of it is in use until the reader installs it.
 */
export function HeldUpdate({
  sourceId,
  name,
  held,
  titleId,
  onAnswered,
}: {
  sourceId: string;
  name: string;
  held: ChangeSummary;
  titleId: string;
  /** Said through the page's live region; an error is thrown back to be shown on the card. */
  onAnswered: (text: string) => void;
}) {
  const [detail, setDetail] = useState<ChangeDetail | null | 'loading' | 'error'>('loading');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const installRef = useRef<HTMLButtonElement>(null);
  const introId = `held-${sourceId}-intro`;
  const version = String(held.toVersion);

  useEffect(() => {
    let alive = true;
    setDetail('loading');
    send({ type: 'sources:changes', sourceId, held: true })
      .then((r) => alive && setDetail(r.change))
      .catch(() => alive && setDetail('error'));
    return () => {
      alive = false;
    };
  }, [sourceId, held.toVersion]);

  const answer = (install: boolean) => {
    setBusy(true);
    setError(null);
    send({ type: 'sources:hold', sourceId, install })
      .then((reply) => {
        if ('problem' in reply) throw new Error(problemText(reply.problem));
        onAnswered(
          install
            ? t('dsHeldInstalled', name, String(reply.version))
            : t('dsHeldDiscarded', name, String(reply.version)),
        );
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <div class="held-update" role="group" aria-labelledby={introId} data-held={version}>
      <p id={introId}>
        <strong>{t('dsHeldIntro', version, changeSummaryText(held))}</strong>
      </p>
      {detail === 'loading' ? <p role="status">{t('dsLoading')}</p> : null}
      {detail === 'error' || detail === null ? <p role="alert">{t('dsChangeError')}</p> : null}
      {detail && typeof detail === 'object' ? (
        // Up to MAX_CHANGE_ITEMS claims per kind: scrolled within the card, and reachable by keyboard.
        <div class="change-detail held-claims" tabIndex={0} role="region" aria-labelledby={introId}>
          <ChangeLists detail={detail} />
        </div>
      ) : null}
      {error ? (
        <p class="problem" role="alert">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button
          ref={installRef}
          type="button"
          class="button button--primary"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => answer(true)}
        >
          {t('dsHeldInstall', version)}
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => answer(false)}
        >
          {t('dsHeldDiscard')}
        </button>
      </div>
    </div>
  );
}
