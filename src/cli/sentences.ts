/**
 * The sentence the CLI prints about a claim is the extension's own (src/ui/verdict-sentence.ts), in
 * English from messages-en.ts: a terminal has no browser language to follow. Dates are written
 * day first ("15 September 2022"), as the extension writes them in an English (en-GB) browser: the
 * order no reader of English misreads.
 */
import type { Claim, Verdict } from '../engine/index';
import { englishMessages, useMessages } from '../ui/catalogue';
import { verdictSentence } from '../ui/verdict-sentence';

/** The UI language the CLI's English dates follow. */
export const CLI_UI_LANGUAGE = 'en-GB';

const ENGLISH = englishMessages(CLI_UI_LANGUAGE);

/** "Denied by Aydos Sarym and Kassym-Jomart Tokayev one day after this article was published." */
export function readerSentence(verdict: Verdict, claim: Pick<Claim, 'events'>, datasetAsOf: string): string {
  // Installed on each call, so the sentence is the same whatever else ran in this process.
  useMessages(ENGLISH);
  return verdictSentence({ verdict, claim, datasetAsOf });
}
