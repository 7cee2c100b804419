/**
 * Second-stage evidence for one candidate claim. Each feature is a number a linear model weighs
 * (model.ts); they are scale-free (shares, ratios, logs) so one set of weights serves tweets and
 * debate sentences alike.
 */
import { FIELD_CLAIM, FIELD_SPEAKER, FIELD_SUBTITLE, FIELD_TITLE, FIELDS, type RankIndex } from './build';
import { idf } from './bm25f';
import type { PreparedQuery } from './prepare';
import { TERM_CAPITALISED, TERM_NUMBER } from './text';

export const FEATURE_NAMES = [
  'bm25-relative',
  'bm25-per-query-idf',
  'claim-coverage',
  'title-coverage',
  'subtitle-coverage',
  'query-coverage',
  'claim-bigrams',
  'title-bigrams',
  'numbers-agree',
  'numbers-conflict',
  'names-coverage',
  'names-missing',
  'date-distance',
  'date-unknown',
  'speaker-match',
  'author-match',
  'context-coverage',
  'first-stage-rank',
  'date-within-2-days',
  'date-within-30-days',
  'claim-dated-after-query',
  'speaker-named-in-claim',
  'claim-length',
] as const;

export const FEATURES = FEATURE_NAMES.length;

/** Markers of the query's terms over the dictionary, rebuilt per query. */
export interface QueryView {
  q: PreparedQuery;
  /** bit 1: main text, 2: author, 4: context, 8: speaker. */
  mark: Uint8Array;
  /** Pairs of main-text terms standing within two words of each other, in order. */
  pairs: Set<number>;
  idfSum: number;
  hasNumbers: boolean;
}

const MAIN = 1;
const AUTHOR = 2;
const CONTEXT = 4;
const SPEAKER = 8;

const markers = new WeakMap<RankIndex, Uint8Array>();

export function viewQuery(index: RankIndex, q: PreparedQuery): QueryView {
  let mark = markers.get(index);
  if (!mark) markers.set(index, (mark = new Uint8Array(index.terms.length)));
  const set = (ids: Int32Array, bit: number) => {
    for (const id of ids) if (id >= 0) mark![id]! |= bit;
  };
  set(q.ids, MAIN);
  set(q.authorIds, AUTHOR);
  for (const t of q.contextTerms) mark[t.id]! |= CONTEXT;
  set(q.speakerIds, SPEAKER);
  const v = index.terms.length;
  const pairs = new Set<number>();
  for (let i = 0; i < q.ids.length; i++) {
    for (let j = i + 1; j <= i + 2 && j < q.ids.length; j++) {
      if (q.ids[i]! >= 0 && q.ids[j]! >= 0) pairs.add(q.ids[i]! * v + q.ids[j]!);
    }
  }
  let idfSum = 0;
  for (const t of new Set(q.ids)) if (t >= 0) idfSum += idf(index, t);
  return { q, mark, pairs, idfSum, hasNumbers: q.flags.some((f) => (f & TERM_NUMBER) !== 0) };
}

/** Clears the markers viewQuery set; call once the query's candidates are scored. */
export function releaseQuery(view: QueryView): void {
  const clear = (ids: Int32Array) => {
    for (const id of ids) if (id >= 0) view.mark[id] = 0;
  };
  clear(view.q.ids);
  clear(view.q.authorIds);
  clear(view.q.speakerIds);
  for (const t of view.q.contextTerms) view.mark[t.id] = 0;
}

function fieldRange(index: RankIndex, doc: number, field: number): [number, number] {
  return [index.fwdStart[doc * FIELDS + field]!, index.fwdStart[doc * FIELDS + field + 1]!];
}

/** idf share of a field's distinct terms that the query (given bits) carries. */
function coverage(index: RankIndex, view: QueryView, doc: number, field: number, bits: number): number {
  const [a, b] = fieldRange(index, doc, field);
  let total = 0;
  let hit = 0;
  for (let i = a; i < b; i++) {
    const t = index.fwdTerm[i]!;
    let dup = false;
    for (let j = a; j < i; j++) if (index.fwdTerm[j] === t) dup = true;
    if (dup) continue;
    const w = idf(index, t);
    total += w;
    if (view.mark[t]! & bits) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

function bigramShare(index: RankIndex, view: QueryView, doc: number, field: number): number {
  const [a, b] = fieldRange(index, doc, field);
  if (b - a < 2) return 0;
  const v = index.terms.length;
  let hit = 0;
  for (let i = a; i + 1 < b; i++) if (view.pairs.has(index.fwdTerm[i]! * v + index.fwdTerm[i + 1]!)) hit++;
  return hit / (b - a - 1);
}

export function featuresOf(
  index: RankIndex,
  view: QueryView,
  doc: number,
  bm25: number,
  bm25Top: number,
  rank: number,
  out: Float64Array,
): void {
  out.fill(0);
  out[0] = bm25Top > 0 ? bm25 / bm25Top : 0;
  out[1] = view.idfSum > 0 ? bm25 / view.idfSum : 0;
  out[2] = coverage(index, view, doc, FIELD_CLAIM, MAIN);
  out[3] = coverage(index, view, doc, FIELD_TITLE, MAIN);
  out[4] = coverage(index, view, doc, FIELD_SUBTITLE, MAIN);

  // Query side: idf share of the query's words found anywhere in the claim's text fields.
  const [a, b] = [index.fwdStart[doc * FIELDS]!, index.fwdStart[doc * FIELDS + FIELD_SPEAKER]!];
  const inDoc = new Set<number>();
  for (let i = a; i < b; i++) inDoc.add(index.fwdTerm[i]!);
  let qHit = 0;
  for (const t of new Set(view.q.ids)) if (t >= 0 && inDoc.has(t)) qHit += idf(index, t);
  out[5] = view.idfSum > 0 ? qHit / view.idfSum : 0;

  out[6] = bigramShare(index, view, doc, FIELD_CLAIM);
  out[7] = bigramShare(index, view, doc, FIELD_TITLE);

  // Numbers and names of the claim and title: agreeing ones are evidence, missing ones count against.
  let nums = 0;
  let numsHit = 0;
  let names = 0;
  let namesHit = 0;
  const seen = new Set<number>();
  for (let i = a; i < index.fwdStart[doc * FIELDS + FIELD_SUBTITLE]!; i++) {
    const t = index.fwdTerm[i]!;
    if (seen.has(t)) continue;
    seen.add(t);
    const f = index.fwdFlags[i]!;
    const present = (view.mark[t]! & (MAIN | AUTHOR)) !== 0;
    if (f & TERM_NUMBER) {
      nums++;
      if (present) numsHit++;
    } else if (f & TERM_CAPITALISED) {
      names++;
      if (present) namesHit++;
    }
  }
  out[8] = nums > 0 ? numsHit / nums : 0;
  out[9] = nums > 0 && view.hasNumbers && numsHit === 0 ? 1 : 0;
  out[10] = names > 0 ? namesHit / names : 0;
  out[11] = Math.log1p(names - namesHit);

  const cd = index.day[doc]!;
  if (Number.isNaN(cd) || Number.isNaN(view.q.day)) out[13] = 1;
  else {
    const gap = Math.abs(view.q.day - cd);
    out[12] = Math.log1p(gap) / 10;
    out[18] = gap <= 2 ? 1 : 0;
    out[19] = gap <= 30 ? 1 : 0;
    out[20] = cd > view.q.day ? 1 : 0;
  }

  out[14] = coverage(index, view, doc, FIELD_SPEAKER, SPEAKER) > 0 ? 1 : 0;
  if (view.q.authorIds.length > 0) out[15] = coverage(index, view, doc, FIELD_CLAIM, AUTHOR) > 0 ? 1 : 0;
  out[16] = coverage(index, view, doc, FIELD_CLAIM, CONTEXT);
  if (view.q.speakerIds.length > 0)
    out[21] =
      coverage(index, view, doc, FIELD_CLAIM, SPEAKER) > 0 ||
      coverage(index, view, doc, FIELD_TITLE, SPEAKER) > 0
        ? 1
        : 0;
  out[22] = Math.log1p(index.fieldLen[doc * FIELDS + FIELD_CLAIM]!) / 4;
  out[17] = 1 / Math.log2(rank + 2);
}
