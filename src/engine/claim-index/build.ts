/**
 * The claim index, built in one pass over the datasets. It is a percolator: claims are stored
 * queries keyed by their rarest anchor, so reading an article touches only the claims whose
 * entities the article names — the cost follows the article, not the dataset.
 */
import { fromTag, type Language } from '../lang/language';
import type { Claim, Dataset } from '../model';
import { aliasWordKeys, analyze, type Term } from '../text/analyze';
import { MIN_TERM_WEIGHT } from '../match/constants';

/** One alias as a sequence of word keys; each position lists the keys it accepts. */
export interface AliasPattern {
  words: string[][];
  anchor: number;
}

export interface CompiledVariant {
  /** Predicate terms (not anchors, not stop words), unique, in first-occurrence order. */
  terms: string[];
  weights: number[];
  total: number;
  language: Language;
}

export interface CompiledClaim {
  claim: Claim;
  datasetId: string;
  datasetAsOf: string;
  /** Anchor ids, sorted; every one must be present for the claim to be a candidate. */
  anchors: number[];
  variants: CompiledVariant[];
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

export interface ClaimIndex {
  /** Alias patterns by the keys their first word accepts. */
  aliasesByFirstKey: Map<string, AliasPattern[]>;
  /** Anchor id → claims whose rarest anchor it is. */
  postings: Map<number, number[]>;
  anchorNames: string[];
  claims: CompiledClaim[];
  datasets: DatasetMeta[];
}

function languageOf(tag: string): Language {
  return fromTag(tag) ?? 'und';
}

function anchorSignature(aliases: string[]): string {
  return [...new Set(aliases.map((a) => a.normalize('NFC').toLowerCase().trim()))].sort().join('\u0001');
}

/** Marks the term positions covered by any alias occurrence. */
function anchorCovered(terms: Term[], patterns: Map<string, AliasPattern[]>): boolean[] {
  const covered = new Array<boolean>(terms.length).fill(false);
  for (let i = 0; i < terms.length; i++) {
    for (const p of patterns.get(terms[i]!.key) ?? []) {
      if (matchesAt(terms, i, p)) for (let k = 0; k < p.words.length; k++) covered[i + k] = true;
    }
  }
  return covered;
}

export function matchesAt(terms: Term[], i: number, p: AliasPattern): boolean {
  if (i + p.words.length > terms.length) return false;
  for (let k = 1; k < p.words.length; k++) if (!p.words[k]!.includes(terms[i + k]!.key)) return false;
  return true;
}

export function buildIndex(datasets: readonly Dataset[]): ClaimIndex {
  const aliasesByFirstKey = new Map<string, AliasPattern[]>();
  const anchorIds = new Map<string, number>();
  const anchorNames: string[] = [];
  const anchorDf: number[] = [];

  const anchorId = (name: string, aliases: string[]): number => {
    const all = [name, ...aliases];
    const sig = anchorSignature(all);
    let id = anchorIds.get(sig);
    if (id !== undefined) return id;
    id = anchorNames.length;
    anchorIds.set(sig, id);
    anchorNames.push(name);
    anchorDf.push(0);
    const seen = new Set<string>();
    for (const alias of all) {
      const words = analyze(alias, 'und').map((t) => aliasWordKeys(alias.slice(t.start, t.end)));
      if (words.length === 0) continue;
      const sig2 = words.map((w) => w.join('|')).join(' ');
      if (seen.has(sig2)) continue;
      seen.add(sig2);
      const pattern: AliasPattern = { words, anchor: id };
      for (const key of words[0]!) {
        const list = aliasesByFirstKey.get(key);
        if (list) list.push(pattern);
        else aliasesByFirstKey.set(key, [pattern]);
      }
    }
    return id;
  };

  // Pass 1: anchors and each variant's predicate terms; document frequencies for weights.
  const staged: { claim: Claim; dataset: Dataset; anchors: number[]; variants: { terms: string[]; language: Language }[] }[] = [];
  const df = new Map<string, number>();
  for (const dataset of datasets) {
    for (const claim of dataset.claims) {
      const anchors = [...new Set(claim.anchors.map((a) => anchorId(a.name, a.aliases)))].sort((a, b) => a - b);
      for (const a of anchors) anchorDf[a]!++;
      const texts = [{ text: claim.text, language: claim.language }, ...claim.paraphrases];
      const variants = texts.map(({ text, language }) => {
        const lang = languageOf(language);
        const terms = analyze(text, lang);
        const covered = anchorCovered(terms, aliasesByFirstKey);
        const keys: string[] = [];
        terms.forEach((t, i) => {
          if (!t.stop && !covered[i] && !keys.includes(t.key)) keys.push(t.key);
        });
        return { terms: keys, language: lang };
      });
      const claimTerms = new Set(variants.flatMap((v) => v.terms));
      for (const t of claimTerms) df.set(t, (df.get(t) ?? 0) + 1);
      staged.push({ claim, dataset, anchors, variants });
    }
  }

  // Pass 2: weights (BM25 idf over claims, floored) and postings on each claim's rarest anchor.
  const n = staged.length;
  const weight = (t: string) => {
    const d = df.get(t) ?? 0;
    return Math.max(MIN_TERM_WEIGHT, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  };
  const postings = new Map<number, number[]>();
  const claims: CompiledClaim[] = staged.map((s, index) => {
    const rarest = s.anchors.reduce<number | undefined>((best, a) => (best === undefined || anchorDf[a]! < anchorDf[best]! ? a : best), undefined);
    if (rarest !== undefined) {
      const list = postings.get(rarest);
      if (list) list.push(index);
      else postings.set(rarest, [index]);
    }
    return {
      claim: s.claim,
      datasetId: s.dataset.id,
      datasetAsOf: s.dataset.asOf,
      anchors: s.anchors,
      variants: s.variants.map((v) => {
        const weights = v.terms.map(weight);
        return { terms: v.terms, weights, total: weights.reduce((a, b) => a + b, 0), language: v.language };
      }),
    };
  });

  return {
    aliasesByFirstKey,
    postings,
    anchorNames,
    claims,
    datasets: datasets.map((d) => ({
      id: d.id,
      title: d.title,
      version: d.version,
      asOf: d.asOf,
      publisher: d.publisher.name,
      license: d.license.id,
      claims: d.claims.length,
    })),
  };
}
