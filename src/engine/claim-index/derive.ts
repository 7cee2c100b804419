/**
 * Required terms for claims that come without anchors (imported fact-checks, plain JSONL): each
 * variant's k rarest terms (DERIVED_REQUIRED_TERMS) stand in for anchor entities. A sentence states
 * the variant only if it holds m of them (DERIVED_MIN_REQUIRED) and its paragraph holds the rarest,
 * under which alone the variant is posted: the article's common words reach almost nothing, and
 * the rarest word keeps the window on the claim's subject (see constants.ts).
 */
import { U32List } from './grow';

export interface DeriveInput {
  variantTermStart: Uint32Array;
  variantTerms: Uint32Array;
  variantClaim: Uint32Array;
  claimAnchorStart: Uint32Array;
  /** Claims holding each key. */
  df: Uint32Array;
  /** Per variant, the word it is posted under among equally rare ones (VariantTerms.preferred). */
  preferred?: Uint32Array;
  requiredTerms: number;
  minRequired: number;
}

export interface Derived {
  /** Variant v's required terms, rarest first: required[requiredStart[v] .. requiredStart[v+1]). */
  requiredStart: Uint32Array;
  required: Uint32Array;
  /** (key, variant): each derived variant under its rarest term. */
  postKeys: U32List;
  postVariants: U32List;
}

/** Whether key x comes before key y among a variant's required words: rarer, then preferred, then first in key order. */
function rarer(x: number, y: number, df: Uint32Array, preferred: number | undefined): boolean {
  const d = df[x]! - df[y]!;
  if (d !== 0) return d < 0;
  if (x === preferred || y === preferred) return x === preferred;
  return x < y;
}

export function deriveRequired(input: DeriveInput): Derived {
  const { variantTermStart, variantTerms, variantClaim, claimAnchorStart, df, requiredTerms, minRequired } =
    input;
  const preferred = input.preferred;
  const variants = variantTermStart.length - 1;
  const requiredStart = new Uint32Array(variants + 1);
  const required = new U32List();
  const postKeys = new U32List();
  const postVariants = new U32List();
  // The k rarest words of each variant, in order, kept while reading its words: k is small (6) and
  // a variant may be long, so this is a bounded insertion rather than a sort of all its words.
  // (At least the rarest, under which the variant is posted.)
  const keep = Math.max(1, requiredTerms);
  const pick = new Uint32Array(keep);
  for (let v = 0; v < variants; v++) {
    requiredStart[v] = required.length;
    const c = variantClaim[v]!;
    const anchored = claimAnchorStart[c + 1]! > claimAnchorStart[c]!;
    const a = variantTermStart[v]!;
    const b = variantTermStart[v + 1]!;
    // A variant needs two words to state anything (MATCH_MIN_PREDICATE_WORDS); anchored claims keep
    // their anchors; a variant of stop words only has no word to be posted under (with minRequired 0).
    if (anchored || b - a < Math.max(1, minRequired)) continue;
    // Among equally rare words the name a retelling keeps comes first: in a small dataset every
    // word of a claim is as rare as the others, and "Lionel", first in key order, was the word an
    // article saying "Messi" had to hold (npm run eval:articles, dev, imported).
    const p = preferred?.[v];
    let k = 0;
    for (let i = a; i < b; i++) {
      const x = variantTerms[i]!;
      if (k === keep && !rarer(x, pick[k - 1]!, df, p)) continue;
      let j = k < keep ? k++ : k - 1;
      for (; j > 0 && rarer(x, pick[j - 1]!, df, p); j--) pick[j] = pick[j - 1]!;
      pick[j] = x;
    }
    for (let i = 0; i < Math.min(k, requiredTerms); i++) required.push(pick[i]!);
    postKeys.push(pick[0]!);
    postVariants.push(v);
  }
  requiredStart[variants] = required.length;
  return { requiredStart, required: required.toArray(), postKeys, postVariants };
}
