/**
 * A query as the ranker reads it: cleaned text, the tweet author or debate context as weaker
 * evidence, each turned into weighted dictionary terms, plus what the second stage compares
 * (ordered terms for phrases, names and numbers, the date).
 */
import type { RankIndex } from './build';
import type { WeightedTerm } from './bm25f';
import { cleanQuery } from './query';
import { rankTerms, type RankTerm } from './text';
import type { RankQuery } from './types';
import { readDay } from './when';
import type { Language } from '../lang/language';

export interface QueryWeights {
  /** Weight of the tweet author's name words (the embed signature). */
  author: number;
  /** Weight of the previous sentences' words (debate transcripts). */
  context: number;
  /** Extra weight per repetition of a word in the query text: weight = 1 + repeat·(tf − 1). */
  repeat: number;
  /** Weight of the speaker's name words (a debate transcript's speaker column). */
  speaker?: number;
}

export interface PreparedQuery {
  /** Cleaned text's terms in order (ids −1 for words the collection never uses). */
  ids: Int32Array;
  flags: Uint8Array;
  terms: WeightedTerm[];
  /** Terms of the context alone (for a context-only score). */
  contextTerms: WeightedTerm[];
  authorIds: Int32Array;
  speakerIds: Int32Array;
  day: number;
}

function toIds(index: RankIndex, ts: RankTerm[]): Int32Array {
  const out = new Int32Array(ts.length);
  for (let i = 0; i < ts.length; i++) out[i] = index.vocab.get(ts[i]!.key) ?? -1;
  return out;
}

function addWeighted(into: Map<number, number>, ids: Int32Array, weight: number, repeat: number): void {
  const seen = new Set<number>();
  for (const id of ids) {
    if (id < 0) continue;
    const had = into.get(id);
    if (seen.has(id)) into.set(id, had! + repeat * weight);
    else into.set(id, (had ?? 0) + weight);
    seen.add(id);
  }
}

/** Speaker columns say "PRESIDENT OBAMA", "Donald Trump", "Instagram posts": titles are no name. */
const SPEAKER_TITLE =
  /\b(?:president|vice|senator|sen|governor|gov|rep|mr|mrs|ms|dr|secretary|former|candidate|moderator)\b\.?/gi;

export function prepareQuery(
  index: RankIndex,
  q: RankQuery,
  w: QueryWeights,
  language: Language = 'en',
): PreparedQuery {
  const clean = cleanQuery(q.text, q.date);
  const main = rankTerms(clean.text, language);
  const ids = toIds(index, main);
  const flags = Uint8Array.from(main.map((t) => t.flags));
  const authorIds = toIds(index, rankTerms(clean.author, language));
  const contextIds = toIds(index, rankTerms((q.context ?? []).join('\n'), language));
  const speakerIds = toIds(index, rankTerms((q.speaker ?? '').replace(SPEAKER_TITLE, ' '), language));
  const weights = new Map<number, number>();
  addWeighted(weights, ids, 1, w.repeat);
  if (w.author > 0) addWeighted(weights, authorIds, w.author, 0);
  if (w.context > 0) addWeighted(weights, contextIds, w.context, 0);
  if (w.speaker) addWeighted(weights, speakerIds, w.speaker, 0);
  const ctx = new Map<number, number>();
  addWeighted(ctx, contextIds, 1, 0);
  return {
    ids,
    flags,
    terms: [...weights].map(([id, weight]) => ({ id, weight })),
    contextTerms: [...ctx].map(([id, weight]) => ({ id, weight })),
    authorIds,
    speakerIds,
    day: Number.isNaN(clean.day) ? readDay(q.date) : clean.day,
  };
}
