/** The closest right word to a mistyped one: for "unknown option --jsno; did you mean --json?". */

/**
 * Edit distance counting a swap of two adjacent letters as one edit ("jsno" → "json" is 1), the
 * commonest slip when typing a flag.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  return d[rows * cols - 1]!;
}

/**
 * The candidate the word most likely meant: the one it starts (when only one does, "--pub" for
 * "--publisher"), else the nearest within a third of its length (at least one edit), so a word
 * that resembles nothing gets no suggestion rather than a wrong one. Ties go to the first candidate.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length >= 2) {
    const starting = candidates.filter((c) => c.startsWith(word));
    if (starting.length === 1) return starting[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = editDistance(word, c);
    if (distance < bestDistance && distance <= Math.max(1, Math.floor(c.length / 3))) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
