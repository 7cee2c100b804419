/**
 * The claim index, built in one pass over the datasets. It is a percolator: claims are stored
 * queries keyed by a few rare required terms — their rarest anchor entity, or for claims that come
 * without anchors (imported fact-checks) their rarest words — so reading an article touches
 * only the claims posted under words the article contains: the cost follows the article, the
 * postings under its words and the candidates, not the whole dataset (README, "speed and size").
 */
import { fromTag, type Language } from '../lang/language';
import type { Claim, Dataset } from '../model';
import {
  aliasWordKeys,
  analyze,
  contentKeys,
  startsUpper,
  withClaimWordMemo,
  type Term,
  type TermKey,
} from '../text/analyze';
import {
  DERIVED_MIN_REQUIRED,
  DERIVED_NAMES_FROM_FIRST_WORD,
  DERIVED_REQUIRED_TERMS,
  MIN_TERM_WEIGHT,
  SUBJECT_WORDS_MAX,
  TITLE_CASE_SHARE,
} from '../match/constants';
import { deriveRequired } from './derive';

/** A key that is a word (not a number): a lowercase one is a word of what the claim says. */
const LETTER = /^\p{L}/u;
import { addToList, U32List } from './grow';
import {
  arrayStore,
  ENGINE_INDEX_VERSION,
  fullMask,
  LANGUAGES,
  NO_TERM,
  type AliasPattern,
  type ClaimIndex,
  type DatasetMeta,
  type IndexedClaim,
} from './layout';

export type { AliasPattern, ClaimIndex, DatasetMeta } from './layout';

function languageOf(tag: string): Language {
  return fromTag(tag) ?? 'und';
}

function anchorSignature(aliases: string[]): string {
  return [...new Set(aliases.map((a) => a.normalize('NFC').toLowerCase().trim()))].sort().join('\u0001');
}

/**
 * Marks the term positions covered by an occurrence of one of the claim's own anchors. Another
 * claim's anchor is an ordinary word here: "hospital" names what happened in one claim (an anchor)
 * and is part of what another claim says of Erdoğan ("had a heart attack and is in hospital").
 */
function anchorCovered(
  terms: Term[],
  patterns: Map<string, AliasPattern[]>,
  anchors: readonly number[],
  named?: Set<number>,
): boolean[] | undefined {
  let covered: boolean[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    const list = patterns.get(terms[i]!.key);
    if (!list) continue;
    for (const p of list) {
      if (!anchors.includes(p.anchor) || !matchesAt(terms, i, p)) continue;
      named?.add(p.anchor);
      covered ??= new Array<boolean>(terms.length).fill(false);
      for (let k = 0; k < p.words.length; k++) covered[i + k] = true;
    }
  }
  return covered;
}

/**
 * How many leading terms of an anchored variant only describe its subject: the words before the
 * first anchor when they run straight into it ("Ukrainian President | Volodymyr Zelensky has fled
 * Kyiv", "Der nordkoreanische Machthaber | Kim Jong Un …"). News name the subject with other titles
 * or none ("Zelensky fled…"), so those words are neither evidence nor missing; and a hard negative
 * that shares only them ("Ukrainian President Volodymyr Zelensky turned down…") gets no credit for
 * them. At most SUBJECT_WORDS_MAX content words, with no stop word between them and the anchor
 * except one that opens the variant ("The North Korean leader…", "Der nordkoreanische…").
 */
function subjectWords(terms: Term[], covered: boolean[]): number {
  const first = covered.indexOf(true);
  if (first <= 0) return 0;
  let content = 0;
  for (let i = first - 1; i >= 0; i--) {
    if (terms[i]!.stop) return i === 0 ? first : 0;
    if (++content > SUBJECT_WORDS_MAX) return 0;
  }
  return first;
}

/** Definite articles that open an appositive descriptor: "the Saudi club | Al-Hilal", "la revue | Die Aktuelle". */
const DEFINITE = new Set([
  'the',
  'le',
  'la',
  'les',
  'l',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'het',
]);

/**
 * The words of an anchored variant that only describe one of its later anchors: a definite article,
 * up to SUBJECT_WORDS_MAX content words, then the anchor ("to join the Saudi club Al-Hilal", "to the
 * magazine Die Aktuelle"). News name the club or the magazine without them, and a sentence that
 * shares only them ("senior figures from Al Hilal, the Saudi Arabian club") says nothing of the claim.
 */
function appositiveWords(text: string, terms: Term[], covered: boolean[]): boolean[] {
  const out = new Array<boolean>(terms.length).fill(false);
  const first = covered.indexOf(true);
  for (let i = first + 1; i < terms.length; i++) {
    if (!covered[i] || covered[i - 1]) continue;
    let j = i - 1;
    while (j > first && !terms[j]!.stop && !covered[j] && i - j <= SUBJECT_WORDS_MAX) j--;
    const t = terms[j]!;
    if (j === i - 1 || !t.stop || !DEFINITE.has(text.slice(t.start, t.end).toLowerCase())) continue;
    for (let k = j + 1; k < i; k++) out[k] = true;
  }
  return out;
}

/** Bit i for each of the claim's (sorted) anchors the variant names; a claim has at most 32 used here. */
function anchorMask(anchors: readonly number[], named: ReadonlySet<number>): number {
  let mask = 0;
  for (let i = 0; i < anchors.length && i < 32; i++) if (named.has(anchors[i]!)) mask |= 1 << i;
  // A variant naming none of them (its aliases missed an inflection) is read as naming them all.
  return mask === 0 ? fullMask(anchors.length) : mask >>> 0;
}

export function matchesAt(terms: Term[], i: number, p: AliasPattern): boolean {
  if (i + p.words.length > terms.length) return false;
  for (let k = 1; k < p.words.length; k++) if (!p.words[k]!.includes(terms[i + k]!.key)) return false;
  return true;
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

/** Evaluation-only overrides of the derived-term constants (test/bench/eval tunes them on train). */
export interface BuildTuning {
  requiredTerms?: number;
  minRequired?: number;
  namesFromFirstWord?: boolean;
}

/** Numbers builds, for the key ids cached on the analyser's memo entries (TermKey.build). */
let builds = 0;

export function buildIndex(datasets: readonly Dataset[], tuning: BuildTuning = {}): ClaimIndex {
  return withClaimWordMemo(() => buildWithMemo(datasets, tuning));
}

function buildWithMemo(datasets: readonly Dataset[], tuning: BuildTuning): ClaimIndex {
  const build = ++builds;
  const requiredTerms = tuning.requiredTerms ?? DERIVED_REQUIRED_TERMS;
  const minRequired = Math.min(requiredTerms, tuning.minRequired ?? DERIVED_MIN_REQUIRED);
  const namesFromFirstWord = tuning.namesFromFirstWord ?? DERIVED_NAMES_FROM_FIRST_WORD;
  const aliasesByFirstKey = new Map<string, AliasPattern[]>();
  const anchorIds = new Map<string, number>();
  const anchorNames: string[] = [];
  const anchorDf: number[] = [];
  const keys: string[] = [];
  const keyId = new Map<string, number>();
  const idOf = (key: string) => {
    let id = keyId.get(key);
    if (id === undefined) {
      id = keys.length;
      keyId.set(key, id);
      keys.push(key);
    }
    return id;
  };

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
      for (const key of words[0]!) addToList(aliasesByFirstKey, key, pattern);
    }
    return id;
  };

  // Pass 1: anchors, each variant's predicate terms (as key ids) and document frequencies.
  const claims: IndexedClaim[] = [];
  const claimDataset: number[] = [];
  const claimAnchorStart = new U32List();
  const claimAnchors = new U32List();
  const claimVariantStart = new U32List();
  const variantTermStart = new U32List();
  const variantTerms = new U32List();
  const variantLanguage = new U32List();
  const variantClaim = new U32List();
  let df = new Uint32Array(1024);
  let lastSeen = new Int32Array(1024).fill(-1);
  let lastVariant = new Int32Array(1024).fill(-1);
  // Adds a predicate word to variant v of claim c: once per variant, counted once per claim. For
  // claims without anchors, capitalised words are kept as the names a sentence must agree on.
  let c = 0;
  let v = 0;
  let words = 0;
  let capitalised = 0;
  let lowercase = 0;
  let opening = -1;
  const names: number[] = [];
  const variantNameStart = new U32List();
  const variantAnchorMask = new U32List();
  const variantNames = new U32List();
  const add = (key: string | TermKey, isName: boolean, position: number) => {
    words++;
    if (isName) capitalised++;
    else if (LETTER.test(typeof key === 'string' ? key : key.key)) lowercase++;
    let id: number;
    if (typeof key === 'string') id = idOf(key);
    else if (key.build === build) id = key.id;
    else {
      id = key.id = idOf(key.key);
      key.build = build;
    }
    if (id >= df.length) {
      const grown = new Uint32Array(df.length * 2);
      grown.set(df);
      df = grown;
      const seen = new Int32Array(lastSeen.length * 2).fill(-1);
      seen.set(lastSeen);
      lastSeen = seen;
      const inV = new Int32Array(lastVariant.length * 2).fill(-1);
      inV.set(lastVariant);
      lastVariant = inV;
    }
    if (lastVariant[id] === v) return;
    lastVariant[id] = v;
    variantTerms.push(id);
    if (isName && (position > 0 || namesFromFirstWord)) names.push(id);
    // A capitalised first word is a name when the next is one too ("Ukrainian President Volodymyr
    // Zelensky…"), not when it only opens the sentence ("Photos show…"); see TITLE_CASE_SHARE.
    if (position === 0) opening = isName ? id : -1;
    else if (position === 1 && isName && opening >= 0 && !names.includes(opening)) names.push(opening);
    if (lastSeen[id] !== c) {
      lastSeen[id] = c;
      df[id]!++;
    }
  };
  datasets.forEach((dataset, d) => {
    for (const claim of dataset.claims) {
      c = claims.length;
      claims.push({ claim, datasetId: dataset.id, datasetAsOf: dataset.asOf });
      claimDataset.push(d);
      const anchors = [...new Set(claim.anchors.map((a) => anchorId(a.name, a.aliases)))].sort(
        (a, b) => a - b,
      );
      claimAnchorStart.push(claimAnchors.length);
      for (const a of anchors) {
        claimAnchors.push(a);
        anchorDf[a]!++;
      }
      claimVariantStart.push(variantTermStart.length);
      for (const { text, language } of [
        { text: claim.text, language: claim.language },
        ...claim.paraphrases,
      ]) {
        const lang = languageOf(language);
        variantTermStart.push(variantTerms.length);
        variantLanguage.push(LANGUAGES.indexOf(lang));
        variantClaim.push(c);
        v = variantClaim.length - 1;
        words = 0;
        capitalised = 0;
        lowercase = 0;
        opening = -1;
        names.length = 0;
        variantNameStart.push(variantNames.length);
        if (aliasesByFirstKey.size === 0) {
          contentKeys(text, lang, add);
          variantAnchorMask.push(0);
        } else {
          // Words that spell an anchor's alias are the claim's subject, not its predicate; so are
          // the words that only describe the subject (subjectWords) or a later anchor
          // (appositiveWords).
          const terms = analyze(text, lang);
          const named = new Set<number>();
          const covered = anchorCovered(terms, aliasesByFirstKey, anchors, named);
          variantAnchorMask.push(anchorMask(anchors, named));
          const subject = covered ? subjectWords(terms, covered) : 0;
          const described = covered ? appositiveWords(text, terms, covered) : undefined;
          for (let i = subject; i < terms.length; i++) {
            const t = terms[i]!;
            if (t.stop || covered?.[i] || described?.[i]) continue;
            add(t.key, startsUpper(text, t.start), i);
          }
        }
        // Anchored claims agree on their anchors; a title-cased variant names nothing in particular
        // (TITLE_CASE_SHARE: mostly capitalised, and no lowercase word).
        if (anchors.length === 0 && !(capitalised > TITLE_CASE_SHARE * words && lowercase === 0))
          for (const id of names) variantNames.push(id);
      }
    }
  });
  const n = claims.length;
  claimAnchorStart.push(claimAnchors.length);
  claimVariantStart.push(variantTermStart.length);
  variantTermStart.push(variantTerms.length);
  variantNameStart.push(variantNames.length);

  // Pass 2: weights (BM25 idf over claims, floored), variant totals, postings.
  const termWeight = new Float32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const d = df[k]!;
    termWeight[k] = Math.max(MIN_TERM_WEIGHT, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  }
  const vTermStart = variantTermStart.toArray();
  const vTerms = variantTerms.toArray();
  const variants = vTermStart.length - 1;
  const variantTotal = new Float32Array(variants);
  for (let v = 0; v < variants; v++) {
    let total = 0;
    for (let i = vTermStart[v]!; i < vTermStart[v + 1]!; i++) total += termWeight[vTerms[i]!]!;
    variantTotal[v] = total;
  }

  const cAnchorStart = claimAnchorStart.toArray();
  const cAnchors = claimAnchors.toArray();
  const anchorKeys = new U32List();
  const anchorValues = new U32List();
  const vMask = variantAnchorMask.toArray();
  const cVariantStart = claimVariantStart.toArray();
  for (let c = 0; c < n; c++) {
    // Posted under its rarest anchor, and under the rarest anchor of each smaller set of its anchors
    // that one of its variants names alone (a "Zelensky left Ukraine for Poland" without Kyiv).
    const from = cAnchorStart[c]!;
    const to = cAnchorStart[c + 1]!;
    if (from === to) continue;
    const full = fullMask(to - from);
    const posted: number[] = [];
    for (const mask of [full, ...vMask.subarray(cVariantStart[c]!, cVariantStart[c + 1]!)]) {
      if (mask === 0) continue;
      let rarest = -1;
      for (let i = from; i < to; i++) {
        const a = cAnchors[i]!;
        if (mask & (1 << (i - from)) && (rarest < 0 || anchorDf[a]! < anchorDf[rarest]!)) rarest = a;
      }
      if (rarest < 0 || posted.includes(rarest)) continue;
      posted.push(rarest);
      anchorKeys.push(rarest);
      anchorValues.push(c);
    }
  }
  const anchorPostings = csr(anchorKeys, anchorValues, anchorNames.length);

  const vClaim = variantClaim.toArray();
  const derived = deriveRequired({
    variantTermStart: vTermStart,
    variantTerms: vTerms,
    variantClaim: vClaim,
    claimAnchorStart: cAnchorStart,
    df,
    requiredTerms,
    minRequired,
  });
  const entries = new U32List();
  for (let i = 0; i < derived.postKeys.length; i++) entries.push(i);
  const derivedPostings = csr(derived.postKeys, entries, keys.length);
  const width = 1 + requiredTerms;
  const derivedPost = new Uint32Array(derivedPostings.items.length * width).fill(NO_TERM);
  const variantRecord = new Uint32Array(variants).fill(NO_TERM);
  derivedPostings.items.forEach((entry, r) => {
    const v = derived.postVariants.at(entry);
    variantRecord[v] = r;
    derivedPost[r * width] = v;
    const a = derived.requiredStart[v]!;
    const b = derived.requiredStart[v + 1]!;
    for (let i = a; i < b; i++) derivedPost[r * width + 1 + i - a] = derived.required[i]!;
  });

  return {
    version: ENGINE_INDEX_VERSION,
    keys,
    keyId,
    termWeight,
    aliasesByFirstKey,
    anchorNames,
    claimAnchorStart: cAnchorStart,
    claimAnchors: cAnchors,
    claimVariantStart: claimVariantStart.toArray(),
    claimDataset: Uint16Array.from(claimDataset),
    variantTermStart: vTermStart,
    variantTerms: vTerms,
    variantTotal,
    variantLanguage: Uint8Array.from(variantLanguage.toArray()),
    variantClaim: vClaim,
    derivedMinRequired: minRequired,
    variantRecord,
    variantNameStart: variantNameStart.toArray(),
    variantNames: variantNames.toArray(),
    variantAnchorMask: vMask,
    anchorPostStart: anchorPostings.start,
    anchorPost: anchorPostings.items,
    derivedPostStart: derivedPostings.start,
    derivedPost,
    derivedRecordWidth: width,
    claims: arrayStore(claims),
    datasets: datasets.map((d): DatasetMeta => ({
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

/** The claim's dataset record, for callers that list claims (the popup's look-up, the CLI). */
export function claimAt(index: ClaimIndex, i: number): Claim {
  return index.claims.get(i).claim;
}
