/** What the in-page card says about a match, in the UI language: the same words as the popup. */
import type { ShownMatch } from '../shared/messages';
import { statusLabel, statusTone } from '../ui/status';
import { t } from '../ui/strings';
import { verdictSentence } from '../ui/verdict-sentence';
import type { CardView } from './card';
import { pageLooksDark } from './overlay';

export function cardView(match: ShownMatch, near: Node | null): CardView {
  return {
    tone: statusTone(match.verdict.status),
    statusLabel: statusLabel(match.verdict.status),
    verdict: verdictSentence(match),
    claim: t('cardClaim', match.claim.text),
    kicker: t('cardKicker'),
    moreLabel: t('cardMore'),
    closeLabel: t('cardClose'),
    dark: pageLooksDark(near),
  };
}
