/**
 * Spelling correction for the look-up: a word the collection never uses is matched against the
 * collection's own words, one or two edits away (a letter added, dropped, changed, or two
 * neighbours swapped), in any script. Candidates come from shared letter pairs (a bigram index
 * over the vocabulary), so a correction costs the postings of a word's ten-odd bigrams and a
 * bounded edit distance on the few words that share enough of them — never a scan of the
 * vocabulary, which for a 20k-claim dataset holds tens of thousands of words.
 */

/**
 * Words shorter than this are not corrected: a three-letter word is one edit from dozens of
 * others ("csto" → "cst", "cat", "cut"…), so a "correction" would be a guess.
 */
export const MIN_FUZZY_LENGTH = 4;
/**
 * From this length a word may be two edits away ("assasination" → "assassination" is one, a
 * hurried "asassinaton" two); below it, one. The split follows the common practice of spelling
 * correctors (Norvig's corrector, Elasticsearch's "AUTO" fuzziness: 1 edit from 3–5 letters, 2
 * from 6), moved up by two letters because the look-up corrects without asking: at 6–7 letters two
 * edits reach unrelated words of this vocabulary ("attempt" → "accept").
 */
export const TWO_EDITS_FROM_LENGTH = 8;

/** Edits a word of this length may be from its correction. */
export function allowedEdits(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
}

/**
 * Edit distance with adjacent transpositions counting one (optimal string alignment), computed
 * only while it can stay within `max`: returns max + 1 as soon as it cannot.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}

/** The word's letter pairs, with its start and end marked ("^p", "pu", …, "n$"), each once. */
function bigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

export interface Correction {
  word: string;
  edits: number;
}

export interface FuzzyVocabulary {
  /** The collection's word nearest to `word` within allowedEdits, the more frequent on a tie; undefined when none is. */
  correct(word: string): Correction | undefined;
}

/**
 * `words` are folded words of the collection with how often each occurs (the tie-break: of two
 * words one edit away, the reader more likely meant the common one).
 */
export function buildFuzzyVocabulary(counts: ReadonlyMap<string, number>): FuzzyVocabulary {
  // Corrections are to words long enough to be corrected themselves: "putn" means "putin", not "put".
  const words = [...counts.keys()].filter((w) => w.length >= MIN_FUZZY_LENGTH);
  const postings = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const g of bigrams(w)) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
  });

  return {
    correct(word: string): Correction | undefined {
      const max = allowedEdits(word.length);
      if (max === 0 || counts.has(word)) return undefined;
      const grams = bigrams(word);
      // q-gram lemma (Ukkonen 1992): one edit destroys at most two of a word's bigrams, so a word
      // within `max` edits shares at least |bigrams| − 2·max of them with it.
      const needed = Math.max(1, grams.length - 2 * max);
      const shared = new Map<number, number>();
      for (const g of grams) for (const i of postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      let best: Correction | undefined;
      let bestCount = 0;
      for (const [i, n] of shared) {
        if (n < needed) continue;
        const candidate = words[i]!;
        const edits = editDistance(word, candidate, max);
        if (edits > max) continue;
        const count = counts.get(candidate) ?? 0;
        if (
          !best ||
          edits < best.edits ||
          (edits === best.edits && (count > bestCount || (count === bestCount && candidate < best.word)))
        ) {
          best = { word: candidate, edits };
          bestCount = count;
        }
      }
      return best;
    },
  };
}
