/**
 * Candidates among the claims with anchors: the article names every anchor of the claim (or of one
 * of its variants that names fewer), found through the postings of each claim's rarest anchor.
 * Anchors are found by their aliases and, once an article gives a name in full, by one word of it
 * (ShortNames).
 */
import { aliasEndAt } from '../claim-index/anchors';
import { fullMask, type ClaimIndex } from '../claim-index/layout';
import { isCompoundHead, nextWord, startsUpper, type Term } from '../text/analyze';
import type { ClaimHit, RelaxedGroup } from './hits';

/**
 * The terms that begin one of the index's aliases, in order: the only places findAnchors looks. A
 * match reads the article's anchors three times (its two passes and the places of each name), and
 * looking each of ~10,000 terms up in the aliases' table was most of findAnchors' time; the
 * lookups are made once per article and dataset.
 */
export function aliasStarts(index: ClaimIndex, terms: readonly Term[]): Int32Array {
  const starts: number[] = [];
  if (index.aliasesByFirstKey.size === 0) return new Int32Array(0);
  for (let i = 0; i < terms.length; i++)
    // A compound's verb names nothing: "Hanover" is not "Han", nor "Cookout" Tim Cook.
    if (index.aliasesByFirstKey.has(terms[i]!.key) && !isCompoundHead(terms, i)) starts.push(i);
  return Int32Array.from(starts);
}

/** Sentences in which each anchor occurs, for every anchor the text names. */
export function findAnchors(
  index: ClaimIndex,
  terms: Term[],
  sentenceOf: Int32Array,
  names?: ShortNames,
  starts: Int32Array = aliasStarts(index, terms),
): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  for (const i of starts) {
    const patterns = index.aliasesByFirstKey.get(terms[i]!.key)!;
    for (const p of patterns) {
      const last = aliasEndAt(terms, i, p);
      if (last < 0) continue;
      let set = found.get(p.anchor);
      if (!set) found.set(p.anchor, (set = new Set()));
      set.add(sentenceOf[i]!);
      if (names && p.words.length > 1) names.learn(terms, i, last, p.anchor);
    }
  }
  if (names && names.keys.size > 0)
    for (let i = 0; i < terms.length; i++) {
      const anchor = names.keys.get(terms[i]!.key);
      if (anchor === undefined || isCompoundHead(terms, i) || !names.capitalised(terms[i]!)) continue;
      let set = found.get(anchor);
      if (!set) found.set(anchor, (set = new Set()));
      set.add(sentenceOf[i]!);
    }
  return found;
}

/** Shortest name a person or body goes by once named in full: one capitalised word of it. */
const SHORT_NAME_MIN_LENGTH = 3;

/**
 * The single words of the multi-word anchor names an article gives in full ("Kim Jong Un",
 * "Sergei Lavrov"): news then say "Kim" or "Sergei" alone, and an anchor's aliases rarely list
 * every such word (a bare "Kim" would be anyone's). Learnt from the article itself (and its
 * headline), so a word counts as the anchor only where the full name has been given.
 */
export class ShortNames {
  readonly keys: Map<string, number>;
  constructor(
    private readonly text: string,
    seed?: ReadonlyMap<string, number>,
  ) {
    this.keys = new Map(seed);
  }

  capitalised(t: Term): boolean {
    return t.end - t.start >= SHORT_NAME_MIN_LENGTH && startsUpper(this.text, t.start);
  }

  /** The words of a full name found at terms[first..last] (aliasEndAt). */
  learn(terms: readonly Term[], first: number, last: number, anchor: number): void {
    for (let k = first; k <= last; k = nextWord(terms, k)) {
      const t = terms[k]!;
      if (!t.stop && !t.numeric && this.capitalised(t) && !this.keys.has(t.key)) this.keys.set(t.key, anchor);
    }
  }
}

export function claimAnchors(index: ClaimIndex, claim: number): number[] {
  return Array.from(
    index.claimAnchors.subarray(index.claimAnchorStart[claim]!, index.claimAnchorStart[claim + 1]!),
  );
}

/** Sentences holding every one of the anchors: their sentence sets intersected, smallest first. */
function sentencesWithAll(anchors: Map<number, Set<number>>, own: readonly number[]): number[] {
  const sets = own.map((a) => anchors.get(a)!).sort((a, b) => a.size - b.size);
  return [...sets[0]!].filter((s) => s >= 0 && sets.every((set) => set.has(s))).sort((a, b) => a - b);
}

export function anchoredCandidates(index: ClaimIndex, anchors: Map<number, Set<number>>): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const seen = new Set<number>();
  for (const anchor of anchors.keys()) {
    for (let e = index.anchorPostStart[anchor]!; e < index.anchorPostStart[anchor + 1]!; e++) {
      const claim = index.anchorPost[e]!;
      if (seen.has(claim)) continue;
      seen.add(claim);
      const own = claimAnchors(index, claim);
      const all = own.every((a) => anchors.has(a));
      const relaxed = relaxedGroups(index, claim, own, anchors);
      if (!all && relaxed.length === 0) continue;
      hits.push({
        claim,
        anchors: own,
        scored: [],
        windows: all ? sentencesWithAll(anchors, own) : [],
        ...(relaxed.length > 0 ? { relaxed } : {}),
      });
    }
  }
  return hits;
}

/** The claim's variants that name fewer of its anchors, grouped by the anchors they name, where the article names those. */
function relaxedGroups(
  index: ClaimIndex,
  claim: number,
  own: readonly number[],
  anchors: Map<number, Set<number>>,
): RelaxedGroup[] {
  const full = fullMask(own.length);
  const groups = new Map<number, RelaxedGroup>();
  for (let v = index.claimVariantStart[claim]!; v < index.claimVariantStart[claim + 1]!; v++) {
    const mask = index.variantAnchorMask[v]!;
    if (mask === full || mask === 0) continue;
    const group = groups.get(mask);
    if (group) {
      group.variants.push(v);
      continue;
    }
    const named = own.filter((_, i) => (mask >>> i) & 1);
    if (named.every((a) => anchors.has(a)))
      groups.set(mask, { anchors: named, variants: [v], windows: sentencesWithAll(anchors, named) });
  }
  return [...groups.values()];
}

/**
 * The anchor a claim is about: the one its text names first ("Kazakhstan will suspend its membership
 * in the CSTO", "Lionel Messi has agreed a deal to join… Al-Hilal"); -1 when the text names none.
 * Reads the claim itself, so only for a window that already states it.
 */
export function subjectAnchor(index: ClaimIndex, claim: number, anchors: readonly number[]): number {
  const { claim: c } = index.claims.get(claim);
  const text = c.text.toLowerCase();
  let subject = -1;
  let first = Infinity;
  for (const a of anchors) {
    const anchor = c.anchors.find((x) => x.name === index.anchorNames[a]);
    if (!anchor) continue;
    for (const alias of [anchor.name, ...anchor.aliases]) {
      const at = alias ? text.indexOf(alias.toLowerCase()) : -1;
      if (at >= 0 && at < first) {
        first = at;
        subject = a;
      }
    }
  }
  return subject;
}
