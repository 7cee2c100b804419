/** What the in-page card says about a match, in the UI language: the same words as the popup. */
import type { ShownMatch } from '../shared/messages';
import { disagreementLine } from '../ui/disagreement';
import { languageName, readerText } from '../ui/reader-text';
import { markStyle, stanceLabel } from '../ui/stance';
import { statusLabel, statusTone } from '../ui/status';
import { t } from '../ui/strings';
import { verdictSentence } from '../ui/verdict-sentence';
import type { CardView } from './card';
import { pageLooksDark } from './overlay';

/** The card quotes at most this much of the sentence that decided the stance: it is a small card next to the passage. */
export const CARD_QUOTE_CHARS = 160;

function quote(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  return text.length <= CARD_QUOTE_CHARS ? text : `${text.slice(0, CARD_QUOTE_CHARS - 1).trimEnd()}…`;
}

/**
 * Why the article's stance is what the card says: the cue and the sentence that decided it (as the
 * popup's "Why this hint" shows them), or, for a claim told as fact, the sentence that tells it
 * without naming a source.
 */
export function stanceWhy(match: Pick<ShownMatch, 'stanceEvidence'>): string | undefined {
  const evidence = match.stanceEvidence;
  if (!evidence?.sentence) return undefined;
  if (!evidence.cue) return t('cardStanceUnattributed', quote(evidence.sentence));
  return t(
    evidence.where === 'headline' ? 'cardStanceCueHeadline' : 'cardStanceCueText',
    evidence.cue,
    quote(evidence.sentence),
  );
}

/** The stance part of the card: for a related claim, only that the article does not state it. */
export function cardStance(
  match: Pick<ShownMatch, 'kind' | 'stance' | 'stanceEvidence'>,
): CardView['stance'] {
  // A related claim has no highlighted passage, so no mark to show.
  if (match.kind === 'related') return { label: t('relatedNote') };
  return { label: stanceLabel(match.stance), mark: markStyle(match.stance), why: stanceWhy(match) };
}

export function cardView(match: ShownMatch, near: Node | null): CardView {
  const shown = readerText(match.claim);
  return {
    tone: statusTone(match.verdict.status),
    statusLabel: statusLabel(match.verdict.status),
    verdict: verdictSentence(match),
    disagree: disagreementLine(match, match.alternatives),
    claim: t('cardClaim', shown.text),
    claimLanguage: shown.language,
    original: shown.original && {
      label: t('claimOriginal', languageName(shown.original.language)),
      text: shown.original.text,
      language: shown.original.language,
    },
    stance: cardStance(match),
    kicker: t('cardKicker'),
    moreLabel: t('cardMore'),
    closeLabel: t('cardClose'),
    dark: pageLooksDark(near),
  };
}
