/**
 * The article's terms grouped by sentence, as the index's key ids: where each key first stands in
 * each sentence (for phrase evidence) and which sentences hold each key (to find the windows a
 * claim's required terms share). Keys no claim uses are kept only as positions.
 */
import type { ClaimIndex } from '../claim-index/layout';
import type { Term } from '../text/analyze';
import type { SentenceSpan } from '../text/segment';

export interface SentenceTerms {
  span: SentenceSpan;
  /** Key id → first position (in words) within the sentence. */
  first: Map<number, number>;
  /** Whether the sentence holds a number term, and which. */
  numbers: Set<number> | undefined;
}

export interface ArticleTerms {
  sentences: SentenceTerms[];
  /** Sentence of each article term (−1 outside every sentence). */
  sentenceOf: Int32Array;
  /** Key id → sentences holding it, ascending, for keys the index knows. */
  sentencesOfKey: Map<number, number[]>;
}

export function indexSentences(index: ClaimIndex, terms: Term[], spans: SentenceSpan[]): ArticleTerms {
  const sentences: SentenceTerms[] = spans.map((span) => ({ span, first: new Map(), numbers: undefined }));
  const sentenceOf = new Int32Array(terms.length).fill(-1);
  const sentencesOfKey = new Map<number, number[]>();
  const length = new Int32Array(spans.length);
  let s = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s >= spans.length) break;
    if (t.start < spans[s]!.start) continue;
    sentenceOf[i] = s;
    const pos = length[s]!++;
    const id = index.keyId.get(t.key);
    if (id === undefined) continue;
    const st = sentences[s]!;
    if (!st.first.has(id)) {
      st.first.set(id, pos);
      if (t.numeric) (st.numbers ??= new Set()).add(id);
      const list = sentencesOfKey.get(id);
      if (!list) sentencesOfKey.set(id, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
  }
  return { sentences, sentenceOf, sentencesOfKey };
}
