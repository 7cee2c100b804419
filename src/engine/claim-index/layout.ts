/**
 * The claim index as it lives in memory: a term dictionary and flat typed arrays (CSR lists), so
 * 100k claims cost a few tens of megabytes, serialise as they stand and load without rebuilding.
 * Claims themselves stay in a ClaimStore: the objects the index was built from, or, for an index
 * loaded from its serialised form, JSON decoded only when a claim is matched or asked for.
 */
import { SUPPORTED, type Language } from '../lang/language';
import type { Claim } from '../model';

/** Bump when the layout or the analysis changes: a cached index of another version is rebuilt. */
export const ENGINE_INDEX_VERSION = 7;

/** One alias as a sequence of word keys; each position lists the keys it accepts. */
export interface AliasPattern {
  words: string[][];
  anchor: number;
}

export interface DatasetMeta {
  id: string;
  title: string;
  version: number;
  asOf: string;
  publisher: string;
  license: string;
  claims: number;
}

export interface IndexedClaim {
  claim: Claim;
  datasetId: string;
  datasetAsOf: string;
}

export interface ClaimStore {
  readonly length: number;
  id(i: number): string;
  get(i: number): IndexedClaim;
}

export const NO_TERM = 0xffffffff;

/**
 * A variant's language is stored as its index here (a byte): en, ru, uk and und keep the places
 * they had, the languages added after them follow.
 */
export const LANGUAGES: readonly Language[] = [
  'en',
  'ru',
  'uk',
  'und',
  ...SUPPORTED.filter((l) => l !== 'en' && l !== 'ru' && l !== 'uk'),
];

export interface ClaimIndex {
  version: number;
  /** Term keys (folded, stemmed) of every claim variant, and their ids. */
  keys: string[];
  keyId: Map<string, number>;
  /** BM25-style idf over claims, floored (MIN_TERM_WEIGHT), by key id. */
  termWeight: Float32Array;

  /** Alias patterns by the keys their first word accepts. */
  aliasesByFirstKey: Map<string, AliasPattern[]>;
  anchorNames: string[];

  /** Claim c's anchors (sorted ids): claimAnchors[claimAnchorStart[c] .. claimAnchorStart[c+1]). */
  claimAnchorStart: Uint32Array;
  claimAnchors: Uint32Array;
  /** Claim c's variants (its text, then each paraphrase) are [claimVariantStart[c], claimVariantStart[c+1]). */
  claimVariantStart: Uint32Array;
  claimDataset: Uint16Array;

  /** Variant v's predicate terms (unique, in first-occurrence order): variantTerms[variantTermStart[v] ..]. */
  variantTermStart: Uint32Array;
  variantTerms: Uint32Array;
  /** Σ termWeight of the variant's terms. */
  variantTotal: Float32Array;
  /** Index into LANGUAGES. */
  variantLanguage: Uint8Array;
  variantClaim: Uint32Array;
  /** How many of a derived variant's required terms a sentence must hold (DERIVED_MIN_REQUIRED unless tuned). */
  derivedMinRequired: number;
  /**
   * For a variant of a claim without anchors, its first posting record in derivedPost, where its
   * required terms (its rarest) are listed; NO_TERM for variants of anchored claims.
   */
  variantRecord: Uint32Array;
  /**
   * Names (capitalised words) of variants of claims without anchors, which a sentence must hold
   * too: "Kazakhstan will suspend…" is not stated by "Uzbekistan will suspend…".
   */
  variantNameStart: Uint32Array;
  variantNames: Uint32Array;
  /**
   * Which of its claim's anchors (bit i: the claim's i-th anchor id, in sorted order) a variant
   * names; all of them when it names none. A variant naming fewer ("Zelensky left Ukraine and is now
   * in Poland" of "Zelensky has fled Kyiv") needs only those in a sentence; 0 for claims without anchors.
   */
  variantAnchorMask: Uint32Array;

  /** Anchor a → claims whose rarest anchor it is. */
  anchorPostStart: Uint32Array;
  anchorPost: Uint32Array;
  /**
   * Key k → records of the variants (of claims without anchors) whose rarest term it is: records
   * [derivedPostStart[k], derivedPostStart[k+1]) of derivedRecordWidth u32s each — the variant id,
   * then its required terms, rarest first, NO_TERM-padded. Inline, so checking a posting reads
   * memory in order instead of chasing each variant's required terms.
   */
  derivedPostStart: Uint32Array;
  derivedPost: Uint32Array;
  derivedRecordWidth: number;

  claims: ClaimStore;
  datasets: DatasetMeta[];
}

export function arrayStore(claims: IndexedClaim[]): ClaimStore {
  return { length: claims.length, id: (i) => claims[i]!.claim.id, get: (i) => claims[i]! };
}

/** The variantAnchorMask of a variant naming all of its claim's `anchors` (unsigned, as stored). */
export function fullMask(anchors: number): number {
  return anchors >= 32 ? 0xffffffff : 2 ** anchors - 1;
}

/** Where variant v's required terms are in derivedPost: [start, end); empty for anchored claims. */
export function requiredRange(index: ClaimIndex, v: number): [number, number] {
  const record = index.variantRecord[v]!;
  if (record === NO_TERM) return [0, 0];
  const start = record * index.derivedRecordWidth + 1;
  let end = start;
  while (end < start + index.derivedRecordWidth - 1 && index.derivedPost[end] !== NO_TERM) end++;
  return [start, end];
}

/** Entries of CSR list i. */
export function range(start: Uint32Array, i: number): [number, number] {
  return [start[i]!, start[i + 1]!];
}
