import { useState } from 'preact/hooks';
import type { PageInfo, ShownMatch } from '../shared/messages';
import { setHintHidden } from '../shared/hidden-hints';
import { addReport } from '../shared/reports';
import { t } from '../ui/strings';
import { notifyReportsChanged } from './reports-events';

type State =
  { status: 'editing' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; detail: string };

/**
 * "Wrong match?": saves a report on this device — the claim, the sentence, and the page's address
 * only if the reader ticks the box (off by default) — and hides the hint on this page (remembered on
 * this device; the claim's card in the popup shows it again). Nothing is sent; the footer exports
 * the reports.
 */
export function WrongMatch({
  match,
  page,
  idPrefix,
}: {
  match: ShownMatch;
  page?: PageInfo;
  idPrefix: string;
}) {
  const [includeUrl, setIncludeUrl] = useState(false);
  const [state, setState] = useState<State>({ status: 'editing' });
  const save = async () => {
    setState({ status: 'saving' });
    try {
      await addReport({
        claimId: match.claimId,
        datasetId: match.datasetId,
        claimText: match.claim.text,
        kind: match.kind,
        sentence: match.sentence,
        matchedTerms: match.matchedTerms,
        score: match.score,
        ...(includeUrl && page?.url ? { url: page.url } : {}),
      });
      if (page?.url) await setHintHidden(page.url, match.claimId, true);
      setState({ status: 'saved' });
      notifyReportsChanged();
    } catch (err) {
      setState({ status: 'failed', detail: err instanceof Error ? err.message : String(err) });
    }
  };
  if (state.status === 'saved') {
    return (
      <p class="wrong-saved" role="status">
        {t('wrongSaved')}
      </p>
    );
  }
  return (
    <div class="wrong">
      <p class="wrong-intro">{t('wrongIntro')}</p>
      {page?.url ? (
        <p class="check">
          <input
            id={`${idPrefix}-url`}
            type="checkbox"
            checked={includeUrl}
            onChange={(e) => setIncludeUrl((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${idPrefix}-url`}>{t('wrongIncludeUrl')}</label>
        </p>
      ) : null}
      <button type="button" class="button" disabled={state.status === 'saving'} onClick={() => void save()}>
        {t('wrongSave')}
      </button>
      {state.status === 'failed' ? (
        <p class="wrong-failed" role="alert">
          {t('wrongSaveFailed', state.detail)}
        </p>
      ) : null}
    </div>
  );
}
