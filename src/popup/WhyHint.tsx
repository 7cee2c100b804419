import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { PageRequest, ShownMatch } from '../shared/messages';
import { displayLocale, t } from '../ui/strings';
import { stanceLabel } from './labels';
import { matchedWords } from './matched-words';

function formatScore(score: number): string {
  try {
    return new Intl.NumberFormat(displayLocale(), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(score);
  } catch {
    return score.toFixed(2);
  }
}

/** Asks the tab's content script to scroll to the claim's passage; false when it could not. */
export async function showOnPage(tabId: number, claimId: string): Promise<boolean> {
  const message: PageRequest = { type: 'page:reveal', claimId };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** "Why this hint": the sentence of the page that matched, the claim's words found in it, the score, and a way to it. */
export function WhyHint({ match, tabId }: { match: ShownMatch; tabId: number | null }) {
  const [failed, setFailed] = useState(false);
  const words = matchedWords(match);
  const go = async () => {
    if (tabId === null) return;
    const ok = await showOnPage(tabId, match.claimId);
    setFailed(!ok);
    // The toolbar popup covers part of the page: step aside once the passage is in view.
    if (ok && !new URLSearchParams(location.search).has('tab')) window.close();
  };
  return (
    <div class="why">
      {match.sentence ? (
        <figure class="on-page">
          <figcaption>{t('whySentence')}</figcaption>
          <blockquote>{match.sentence}</blockquote>
        </figure>
      ) : (
        <p class="why-note">{t('whyNoSentence')}</p>
      )}
      {words.length > 0 ? (
        <div class="why-terms">
          <p class="why-label">{t('whyTerms')}</p>
          <ul class="terms">
            {words.map((word) => (
              <li key={word} class="term">
                {word}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="why-score">{t('whyScore', formatScore(match.score))}</p>
      {match.kind === 'match' && match.stanceEvidence?.cue ? (
        <figure class="on-page why-stance">
          <figcaption>
            {t(
              match.stanceEvidence.where === 'headline' ? 'whyStanceHeadline' : 'whyStanceText',
              stanceLabel(match.stance),
              match.stanceEvidence.cue,
            )}
          </figcaption>
          <blockquote>{match.stanceEvidence.sentence}</blockquote>
        </figure>
      ) : null}
      {tabId !== null && match.sentence ? (
        <button type="button" class="button" onClick={() => void go()}>
          {t('showOnPage')}
        </button>
      ) : null}
      {failed ? (
        <p class="why-failed" role="alert">
          {t('showOnPageFailed')}
        </p>
      ) : null}
    </div>
  );
}
