/**
 * The popup's English verdict sentence for an expected match, written by the popup's own sentence
 * builder (src/ui/verdict-sentence.ts) from the fixture's expected JSON: status, relation and days
 * as the expected file gives them, the deciding events from the claim in the shipped dataset (the
 * engine's deriveStatus picks them), dates in the browser's UI language. The E2E suite compares the
 * popup's text with it word for word: that the extension shows the expected verdict, through the
 * one builder whose wording test/unit/verdict-sentence.test.ts checks.
 */
import { type Claim, deriveStatus, type Verdict } from '../../../src/engine/index';
import { englishMessages, useMessages } from '../../../src/ui/catalogue';
import { verdictSentence } from '../../../src/ui/verdict-sentence';
import type { ExpectedMatch } from '../../support/pages';

export function expectedVerdict(
  match: ExpectedMatch,
  claim: Claim,
  datasetAsOf: string,
  uiLanguage: string,
): string {
  const verdict: Verdict = { ...match.verdict, decidingEvent: deriveStatus(claim.events).deciding[0] };
  useMessages(englishMessages(uiLanguage));
  return verdictSentence({ verdict, claim, datasetAsOf });
}
