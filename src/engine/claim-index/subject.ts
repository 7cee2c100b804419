/**
 * Words of an anchored variant that describe one of its anchors rather than say anything about
 * it: titles before the subject ("Ukrainian President | Volodymyr Zelensky…") and appositive
 * descriptors before a later anchor ("the Saudi club | Al-Hilal"). They are neither evidence nor
 * missing when an article names the anchor its own way.
 */
import { SUBJECT_WORDS_MAX } from '../match/constants';
import type { Term } from '../text/analyze';

/**
 * How many leading terms of an anchored variant only describe its subject: the words before the
 * first anchor when they run straight into it ("Ukrainian President | Volodymyr Zelensky has fled
 * Kyiv", "Der nordkoreanische Machthaber | Kim Jong Un …"). News name the subject with other titles
 * or none ("Zelensky fled…"), so those words are neither evidence nor missing; and a hard negative
 * that shares only them ("Ukrainian President Volodymyr Zelensky turned down…") gets no credit for
 * them. At most SUBJECT_WORDS_MAX content words, with no stop word between them and the anchor
 * except one that opens the variant ("The North Korean leader…", "Der nordkoreanische…").
 */
export function subjectWords(terms: Term[], covered: boolean[]): number {
  const first = covered.indexOf(true);
  if (first <= 0) return 0;
  let content = 0;
  for (let i = first - 1; i >= 0; i--) {
    if (terms[i]!.stop) return i === 0 ? first : 0;
    if (++content > SUBJECT_WORDS_MAX) return 0;
  }
  return first;
}

/** Definite articles that open an appositive descriptor: "the Saudi club | Al-Hilal", "la revue | Die Aktuelle". */
const DEFINITE = new Set([
  'the',
  'le',
  'la',
  'les',
  'l',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'het',
]);

/**
 * The words of an anchored variant that only describe one of its later anchors: a definite article,
 * up to SUBJECT_WORDS_MAX content words, then the anchor ("to join the Saudi club Al-Hilal", "to the
 * magazine Die Aktuelle"). News name the club or the magazine without them, and a sentence that
 * shares only them ("senior figures from Al Hilal, the Saudi Arabian club") says nothing of the claim.
 */
export function appositiveWords(text: string, terms: Term[], covered: boolean[]): boolean[] {
  const out = new Array<boolean>(terms.length).fill(false);
  const first = covered.indexOf(true);
  for (let i = first + 1; i < terms.length; i++) {
    if (!covered[i] || covered[i - 1]) continue;
    let j = i - 1;
    while (j > first && !terms[j]!.stop && !covered[j] && i - j <= SUBJECT_WORDS_MAX) j--;
    const t = terms[j]!;
    if (j === i - 1 || !t.stop || !DEFINITE.has(text.slice(t.start, t.end).toLowerCase())) continue;
    for (let k = j + 1; k < i; k++) out[k] = true;
  }
  return out;
}
