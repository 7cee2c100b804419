/**
 * The ranking index over a claim collection, built in one pass: a term dictionary, postings with
 * each field's term frequency (for BM25F), field lengths, and a forward copy of each claim's terms
 * in order (for the second stage's phrase, number and name evidence). Flat typed arrays throughout,
 * so 20k claims cost a few megabytes and the whole thing serialises as it stands.
 */
import { readDay } from './when';
import { rankLanguage, rankTerms, type RankTerm } from './text';
import type { RankClaim } from './types';

export const FIELD_CLAIM = 0;
export const FIELD_TITLE = 1;
export const FIELD_SUBTITLE = 2;
export const FIELD_SPEAKER = 3;
export const FIELDS = 4;

export interface RankIndex {
  ids: string[];
  terms: string[];
  vocab: Map<string, number>;
  /** Claims holding the term in any field. */
  df: Uint32Array;
  /** CSR postings: term t's entries are [postStart[t], postStart[t+1]). */
  postStart: Uint32Array;
  postDoc: Uint32Array;
  /** FIELDS counts per posting entry, capped at 255. */
  postTf: Uint8Array;
  /** Length in terms of each claim's fields: doc * FIELDS + field. */
  fieldLen: Uint16Array;
  avgFieldLen: Float64Array;
  /** CSR forward index: claim d's field f terms are fwdTerm[fwdStart[d*FIELDS+f] .. fwdStart[d*FIELDS+f+1]). */
  fwdStart: Uint32Array;
  fwdTerm: Uint32Array;
  fwdFlags: Uint8Array;
  /** Day number of the claim's date (NaN unknown). */
  day: Float64Array;
}

function fieldsOf(c: RankClaim): string[] {
  return [c.claim, c.title ?? '', c.subtitle ?? '', c.speaker ?? ''];
}

export function buildRankIndex(claims: readonly RankClaim[]): RankIndex {
  const n = claims.length;
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (key: string) => {
    let id = vocab.get(key);
    if (id === undefined) {
      id = terms.length;
      vocab.set(key, id);
      terms.push(key);
    }
    return id;
  };

  const fwdStart = new Uint32Array(n * FIELDS + 1);
  const fwdTermList: number[] = [];
  const fwdFlagList: number[] = [];
  const fieldLen = new Uint16Array(n * FIELDS);
  const day = new Float64Array(n);
  const lenSum = new Float64Array(FIELDS);
  for (let d = 0; d < n; d++) {
    const c = claims[d]!;
    const lang = rankLanguage(c.language);
    const fields = fieldsOf(c);
    for (let f = 0; f < FIELDS; f++) {
      fwdStart[d * FIELDS + f] = fwdTermList.length;
      const ts: RankTerm[] = fields[f] ? rankTerms(fields[f]!, lang) : [];
      for (const t of ts) {
        fwdTermList.push(idOf(t.key));
        fwdFlagList.push(t.flags);
      }
      fieldLen[d * FIELDS + f] = Math.min(65535, ts.length);
      lenSum[f]! += ts.length;
    }
    day[d] = readDay(c.date);
  }
  fwdStart[n * FIELDS] = fwdTermList.length;
  const fwdTerm = Uint32Array.from(fwdTermList);
  const fwdFlags = Uint8Array.from(fwdFlagList);

  // Postings: count entries per term (one per claim holding it), then fill in claim order.
  const v = terms.length;
  const df = new Uint32Array(v);
  const seen = new Int32Array(v).fill(-1);
  for (let d = 0; d < n; d++) {
    for (let i = fwdStart[d * FIELDS]!; i < fwdStart[(d + 1) * FIELDS]!; i++) {
      const t = fwdTerm[i]!;
      if (seen[t] !== d) {
        seen[t] = d;
        df[t]!++;
      }
    }
  }
  const postStart = new Uint32Array(v + 1);
  for (let t = 0; t < v; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const postDoc = new Uint32Array(postStart[v]!);
  const postTf = new Uint8Array(postStart[v]! * FIELDS);
  const fill = postStart.slice(0, v);
  const slot = new Int32Array(v).fill(-1);
  seen.fill(-1);
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < FIELDS; f++) {
      for (let i = fwdStart[d * FIELDS + f]!; i < fwdStart[d * FIELDS + f + 1]!; i++) {
        const t = fwdTerm[i]!;
        if (seen[t] !== d) {
          seen[t] = d;
          slot[t] = fill[t]!++;
          postDoc[slot[t]!] = d;
        }
        const at = slot[t]! * FIELDS + f;
        if (postTf[at]! < 255) postTf[at]!++;
      }
    }
  }
  const avgFieldLen = lenSum.map((s) => Math.max(1, s / Math.max(1, n)));
  return {
    ids: claims.map((c) => c.id),
    terms,
    vocab,
    df,
    postStart,
    postDoc,
    postTf,
    fieldLen,
    avgFieldLen,
    fwdStart,
    fwdTerm,
    fwdFlags,
    day,
  };
}
