/**
 * The claim index. It is a percolator: claims are stored queries keyed by a few rare required
 * terms — their rarest anchor entity, or for claims that come without anchors (imported
 * fact-checks) their rarest words — so reading an article touches only the claims posted under
 * words the article contains: the cost follows the article, the postings under its words and the
 * candidates, not the whole dataset (DESIGN.md, "performance").
 *
 * Built in phases, each a function below: collect (every claim's anchors and each variant's
 * predicate words, with document frequencies), weigh (idf per word, total per variant), post the
 * anchored claims under their rarest anchors, post the others under their rarest words (derive.ts),
 * and assemble the layout (layout.ts).
 */
import { fromTag, type Language } from '../lang/language';
import type { Claim, Dataset } from '../model';
import { analyze, CLAIM_WORDS, contentKeys, startsUpper } from '../text/analyze';
import {
  DERIVED_MIN_REQUIRED,
  DERIVED_NAMES_FROM_FIRST_WORD,
  DERIVED_REQUIRED_TERMS,
  MIN_TERM_WEIGHT,
} from '../match/constants';
import { anchorCovered, anchorMask, AnchorTable } from './anchors';
import { deriveRequired } from './derive';
import { U32List } from './grow';
import {
  arrayStore,
  ENGINE_INDEX_VERSION,
  fullMask,
  NO_TERM,
  type ClaimIndex,
  type DatasetMeta,
  type IndexedClaim,
} from './layout';
import { appositiveWords, subjectWords } from './subject';
import { VariantTerms } from './variants';

export type { AliasPattern, ClaimIndex, DatasetMeta } from './layout';

/** Evaluation-only overrides of the derived-term constants (test/bench/eval tunes them on train). */
export interface BuildTuning {
  requiredTerms?: number;
  minRequired?: number;
  namesFromFirstWord?: boolean;
}

interface BuildParams {
  requiredTerms: number;
  minRequired: number;
  namesFromFirstWord: boolean;
}

/** Phase 1's output: the claims, their anchors, and every variant's predicate words. */
interface Collected {
  claims: IndexedClaim[];
  claimDataset: number[];
  claimAnchorStart: Uint32Array;
  claimAnchors: Uint32Array;
  claimVariantStart: Uint32Array;
  variants: VariantTerms;
  variantTermStart: Uint32Array;
  variantTerms: Uint32Array;
  variantClaim: Uint32Array;
  variantAnchorMask: Uint32Array;
  df: Uint32Array;
}

/** A language for each tag, parsed once per build (a dataset repeats a handful of tags). */
function languageCache(): (tag: string) => Language {
  const seen = new Map<string, Language>();
  return (tag) => {
    let language = seen.get(tag);
    if (language === undefined) seen.set(tag, (language = fromTag(tag) ?? 'und'));
    return language;
  };
}

/** CSR from (key, value) pairs given in value order: start[k]..start[k+1] lists key k's values. */
function csr(keys: U32List, values: U32List, keyCount: number): { start: Uint32Array; items: Uint32Array } {
  const start = new Uint32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys.at(i) + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const items = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) items[fill[keys.at(i)]!++] = values.at(i);
  return { start, items };
}

export function buildIndex(datasets: readonly Dataset[], tuning: BuildTuning = {}): ClaimIndex {
  const requiredTerms = tuning.requiredTerms ?? DERIVED_REQUIRED_TERMS;
  const params: BuildParams = {
    requiredTerms,
    minRequired: Math.min(requiredTerms, tuning.minRequired ?? DERIVED_MIN_REQUIRED),
    namesFromFirstWord: tuning.namesFromFirstWord ?? DERIVED_NAMES_FROM_FIRST_WORD,
  };
  const anchors = new AnchorTable();
  const collected = collect(datasets, anchors, params);
  const weights = weigh(collected);
  const anchorPostings = postAnchored(collected, anchors);
  const derived = postDerived(collected, params);
  const v = collected.variants;
  return {
    version: ENGINE_INDEX_VERSION,
    keys: v.keys,
    keyId: v.keyId,
    termWeight: weights.termWeight,
    aliasesByFirstKey: anchors.aliasesByFirstKey,
    anchorNames: anchors.names,
    claimAnchorStart: collected.claimAnchorStart,
    claimAnchors: collected.claimAnchors,
    claimVariantStart: collected.claimVariantStart,
    claimDataset: Uint16Array.from(collected.claimDataset),
    variantTermStart: collected.variantTermStart,
    variantTerms: collected.variantTerms,
    variantTotal: weights.variantTotal,
    variantLanguage: Uint8Array.from(v.language.toArray()),
    variantClaim: collected.variantClaim,
    derivedMinRequired: params.minRequired,
    variantRecord: derived.variantRecord,
    variantNameStart: v.nameStart.toArray(),
    variantNames: v.names.toArray(),
    variantAnchorMask: collected.variantAnchorMask,
    anchorPostStart: anchorPostings.start,
    anchorPost: anchorPostings.items,
    derivedPostStart: derived.start,
    derivedPost: derived.post,
    derivedRecordWidth: derived.width,
    claims: arrayStore(collected.claims),
    datasets: datasets.map(datasetMeta),
  };
}

const NO_ANCHORS: readonly number[] = [];

/** Phase 1: anchors, each variant's predicate terms (as key ids) and document frequencies. */
function collect(datasets: readonly Dataset[], anchorTable: AnchorTable, params: BuildParams): Collected {
  const claims: IndexedClaim[] = [];
  const claimDataset: number[] = [];
  const claimAnchorStart = new U32List();
  const claimAnchors = new U32List();
  const claimVariantStart = new U32List();
  const variants = new VariantTerms(params.namesFromFirstWord);
  const { aliasesByFirstKey } = anchorTable;
  const languageOf = languageCache();
  datasets.forEach((dataset, d) => {
    for (const claim of dataset.claims) {
      const c = claims.length;
      claims.push({ claim, datasetId: dataset.id, datasetAsOf: dataset.asOf });
      claimDataset.push(d);
      const anchors =
        claim.anchors.length === 0
          ? NO_ANCHORS
          : [...new Set(claim.anchors.map((a) => anchorTable.idOf(a.name, a.aliases)))].sort((a, b) => a - b);
      claimAnchorStart.push(claimAnchors.length);
      for (const a of anchors) {
        claimAnchors.push(a);
        anchorTable.df[a]!++;
      }
      claimVariantStart.push(variants.claim.length);
      for (const { text, language } of [
        { text: claim.text, language: claim.language },
        ...claim.paraphrases,
      ]) {
        const lang = languageOf(language);
        if (aliasesByFirstKey.size === 0) {
          variants.begin(c, lang, 0);
          contentKeys(text, lang, variants, CLAIM_WORDS);
        } else {
          // Words that spell an anchor's alias are the claim's subject, not its predicate; so are
          // the words that only describe the subject (subjectWords) or a later anchor
          // (appositiveWords).
          const terms = analyze(text, lang, CLAIM_WORDS);
          const named = new Set<number>();
          const covered = anchorCovered(terms, aliasesByFirstKey, anchors, named);
          variants.begin(c, lang, anchorMask(anchors, named));
          const subject = covered ? subjectWords(terms, covered) : 0;
          const described = covered ? appositiveWords(text, terms, covered) : undefined;
          for (let i = subject; i < terms.length; i++) {
            const t = terms[i]!;
            if (t.stop || covered?.[i] || described?.[i]) continue;
            variants.addKey(t.key, startsUpper(text, t.start), i);
          }
        }
        variants.end(anchors.length > 0);
      }
    }
  });
  claimAnchorStart.push(claimAnchors.length);
  claimVariantStart.push(variants.claim.length);
  const { df } = variants.finish();
  return {
    claims,
    claimDataset,
    claimAnchorStart: claimAnchorStart.toArray(),
    claimAnchors: claimAnchors.toArray(),
    claimVariantStart: claimVariantStart.toArray(),
    variants,
    variantTermStart: variants.termStart.toArray(),
    variantTerms: variants.terms.toArray(),
    variantClaim: variants.claim.toArray(),
    variantAnchorMask: variants.anchorMask.toArray(),
    df,
  };
}

/** Phase 2: each key's weight (BM25 idf over claims, floored) and each variant's total. */
function weigh(collected: Collected): { termWeight: Float32Array; variantTotal: Float32Array } {
  const { df, variantTermStart: start, variantTerms: terms } = collected;
  const n = collected.claims.length;
  const termWeight = new Float32Array(df.length);
  for (let k = 0; k < df.length; k++) {
    const d = df[k]!;
    termWeight[k] = Math.max(MIN_TERM_WEIGHT, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  }
  const variantTotal = new Float32Array(start.length - 1);
  for (let v = 0; v < variantTotal.length; v++) {
    let total = 0;
    for (let i = start[v]!; i < start[v + 1]!; i++) total += termWeight[terms[i]!]!;
    variantTotal[v] = total;
  }
  return { termWeight, variantTotal };
}

/**
 * Phase 3: each anchored claim posted under its rarest anchor, and under the rarest anchor of each
 * smaller set of its anchors that one of its variants names alone (a "Zelensky left Ukraine for
 * Poland" without Kyiv).
 */
function postAnchored(
  collected: Collected,
  anchorTable: AnchorTable,
): { start: Uint32Array; items: Uint32Array } {
  const {
    claimAnchorStart: cStart,
    claimAnchors: cAnchors,
    claimVariantStart,
    variantAnchorMask,
  } = collected;
  const anchorDf = anchorTable.df;
  const keys = new U32List();
  const values = new U32List();
  for (let c = 0; c < collected.claims.length; c++) {
    const from = cStart[c]!;
    const to = cStart[c + 1]!;
    if (from === to) continue;
    const posted: number[] = [];
    const masks = variantAnchorMask.subarray(claimVariantStart[c]!, claimVariantStart[c + 1]!);
    for (const mask of [fullMask(to - from), ...masks]) {
      if (mask === 0) continue;
      let rarest = -1;
      for (let i = from; i < to; i++) {
        const a = cAnchors[i]!;
        if (mask & (1 << (i - from)) && (rarest < 0 || anchorDf[a]! < anchorDf[rarest]!)) rarest = a;
      }
      if (rarest < 0 || posted.includes(rarest)) continue;
      posted.push(rarest);
      keys.push(rarest);
      values.push(c);
    }
  }
  return csr(keys, values, anchorTable.names.length);
}

/**
 * Phase 4: each variant of a claim without anchors as one record — the variant, then its required
 * terms rarest first (NO_TERM padding) — posted under its rarest term (derive.ts).
 */
function postDerived(
  collected: Collected,
  params: BuildParams,
): { start: Uint32Array; post: Uint32Array; width: number; variantRecord: Uint32Array } {
  const { variantTermStart, variantTerms, variantClaim, claimAnchorStart, df } = collected;
  const derived = deriveRequired({
    variantTermStart,
    variantTerms,
    variantClaim,
    claimAnchorStart,
    df,
    preferred: collected.variants.preferred.toArray(),
    requiredTerms: params.requiredTerms,
    minRequired: params.minRequired,
  });
  const entries = new U32List();
  for (let i = 0; i < derived.postKeys.length; i++) entries.push(i);
  const postings = csr(derived.postKeys, entries, collected.variants.keys.length);
  const width = 1 + params.requiredTerms;
  const post = new Uint32Array(postings.items.length * width).fill(NO_TERM);
  const variantRecord = new Uint32Array(variantClaim.length).fill(NO_TERM);
  postings.items.forEach((entry, r) => {
    const v = derived.postVariants.at(entry);
    variantRecord[v] = r;
    post[r * width] = v;
    const a = derived.requiredStart[v]!;
    const b = derived.requiredStart[v + 1]!;
    for (let i = a; i < b; i++) post[r * width + 1 + i - a] = derived.required[i]!;
  });
  return { start: postings.start, post, width, variantRecord };
}

/** What lists and the popup show of a dataset, without its claims or an index. */
export function datasetMeta(d: Dataset): DatasetMeta {
  return {
    id: d.id,
    title: d.title,
    version: d.version,
    asOf: d.asOf,
    publisher: d.publisher.name,
    license: d.license.id,
    claims: d.claims.length,
  };
}

/** The claim's dataset record, for callers that list claims (the popup's look-up, the CLI). */
export function claimAt(index: ClaimIndex, i: number): Claim {
  return index.claims.get(i).claim;
}
