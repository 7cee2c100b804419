/**
 * A claim in the reader's language: the dataset's own paraphrase in the language of the interface
 * when the claim is worded in another one and the dataset has one, with the original wording kept
 * one click away (the popup, the look-up and the in-page card offer it). The interface's language is
 * that of the messages in use (uiLocale), so the claim never reads in a language the words around
 * it are not in; a browser in a language Afterword has no translation for keeps the original.
 */
import type { Claim } from '../engine/index';
import { baseLanguage, uiLocale } from './strings';

export interface ReaderText {
  /** What to show first. */
  text: string;
  /** Its language tag, for the element's lang. */
  language: string;
  /** The claim's own wording, when `text` is the dataset's paraphrase of it. */
  original?: { text: string; language: string };
}

export function readerText(claim: Pick<Claim, 'text' | 'language' | 'paraphrases'>): ReaderText {
  const own = { text: claim.text, language: claim.language };
  const reader = baseLanguage(uiLocale());
  if (!reader || baseLanguage(claim.language) === reader) return own;
  // The first paraphrase in a language is the dataset's translation of the claim; later ones are
  // retellings it also matches, worded as articles word them.
  const paraphrase = claim.paraphrases.find(
    (p) => baseLanguage(p.language) === reader && p.text.trim() !== '',
  );
  return paraphrase ? { text: paraphrase.text, language: paraphrase.language, original: own } : own;
}

/** "English", "английский": a language's name in the interface's language; the tag itself when Intl has no name for it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
