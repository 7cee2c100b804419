/**
 * The engine reports the claim's words it found as folded stems ("recogni", "septemb"); the reader
 * should see the words as the sentence writes them ("recognise", "September"). Stems are prefixes
 * of the words they come from, in English, Russian and Ukrainian alike, so each stem is shown as
 * the first word of the sentence that begins with it (or as itself when none does, e.g. a spelling
 * the engine normalised).
 */
import { foldWord, tokenize } from '../engine/index';

export function matchedWords(sentence: string, stems: readonly string[]): string[] {
  const words = tokenize(sentence).map((t) => ({ raw: t.raw, folded: foldWord(t.raw) }));
  const out: string[] = [];
  for (const stem of stems) {
    const word = words.find((w) => w.folded === stem) ?? words.find((w) => w.folded.startsWith(stem));
    const shown = word ? word.raw : stem;
    if (!out.some((o) => o.toLowerCase() === shown.toLowerCase())) out.push(shown);
  }
  return out;
}
