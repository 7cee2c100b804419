/**
 * Required terms for claims that come without anchors (imported fact-checks, plain JSONL): each
 * variant's k rarest terms (DERIVED_REQUIRED_TERMS) stand in for anchor entities, and a sentence
 * must hold m of them (DERIVED_MIN_REQUIRED). Posting the variant under its k − m + 1 rarest would
 * reach every such sentence (3 of 6 present ⇒ one of the four rarest is); it is posted under
 * DERIVED_POSTED_TERMS of them (the rarest alone), which the train evaluation found as good and
 * which keeps the article's common words from reaching thousands of claims (see constants.ts).
 */
import { U32List } from './grow';

export interface DeriveInput {
  variantTermStart: Uint32Array;
  variantTerms: Uint32Array;
  variantClaim: Uint32Array;
  claimAnchorStart: Uint32Array;
  /** Claims holding each key. */
  df: Uint32Array;
  requiredTerms: number;
  minRequired: number;
  /** Post under at most this many of the rarest (fewer than k − m + 1 trades recall for speed). */
  posted: number;
}

export interface Derived {
  requiredStart: Uint32Array;
  required: Uint32Array;
  postKeys: U32List;
  postVariants: U32List;
  /** Which of the variant's rarest terms the posting is under (0 = the rarest). */
  postRanks: U32List;
}

export function deriveRequired(input: DeriveInput): Derived {
  const {
    variantTermStart,
    variantTerms,
    variantClaim,
    claimAnchorStart,
    df,
    requiredTerms,
    minRequired,
    posted: maxPosted,
  } = input;
  // Posting under this many of the rarest terms is enough for "minRequired of requiredTerms".
  const POSTED = Math.min(maxPosted, requiredTerms - minRequired + 1);
  const variants = variantTermStart.length - 1;
  const requiredStart = new Uint32Array(variants + 1);
  const required = new U32List();
  const postKeys = new U32List();
  const postVariants = new U32List();
  const postRanks = new U32List();
  const pick: number[] = [];
  for (let v = 0; v < variants; v++) {
    requiredStart[v] = required.length;
    const c = variantClaim[v]!;
    const anchored = claimAnchorStart[c + 1]! > claimAnchorStart[c]!;
    const a = variantTermStart[v]!;
    const b = variantTermStart[v + 1]!;
    // A variant needs two words to state anything (MATCH_MIN_PREDICATE_WORDS); anchored claims keep their anchors.
    if (anchored || b - a < minRequired) continue;
    pick.length = 0;
    for (let i = a; i < b; i++) pick.push(variantTerms[i]!);
    pick.sort((x, y) => df[x]! - df[y]! || x - y);
    const k = Math.min(requiredTerms, pick.length);
    for (let i = 0; i < k; i++) required.push(pick[i]!);
    const posted = Math.min(POSTED, k - minRequired + 1);
    for (let i = 0; i < posted; i++) {
      postKeys.push(pick[i]!);
      postVariants.push(v);
      postRanks.push(i);
    }
  }
  requiredStart[variants] = required.length;
  return { requiredStart, required: required.toArray(), postKeys, postVariants, postRanks };
}
