/**
 * The matcher's parameters, resolved once per call into one object: production runs with
 * DEFAULT_PARAMS (the named constants of constants.ts, each citing the run that set it); the tuning
 * grids and the tests reach other values only through tuning.ts, a test-only entry point the rest
 * of src/ does not import.
 */
import type { ScanTuning } from './derived-scan';
import {
  DERIVED_MIN_COVERAGE,
  DERIVED_MIN_PREDICATE,
  DERIVED_MIN_WORDS,
  DERIVED_NAMES_AGREE,
  DERIVED_NUMBERS_AGREE,
  ELSEWHERE_MIN_COVERAGE,
  ELSEWHERE_MIN_WORDS,
  MATCH_MIN_COVERAGE,
  MATCH_MIN_COVERAGE_NAMES_ONLY,
  MATCH_MIN_COVERAGE_ONE_ANCHOR,
  MATCH_MIN_PREDICATE_WORDS,
  MATCH_MIN_PREDICATE_WORDS_ONE_ANCHOR,
  MAIN_WORD_SWAP,
  SAME_LANGUAGE_VARIANTS,
} from './constants';

export interface MatchParams {
  /** Anchored claims: the share of predicate weight a window needs, by what the anchors say. */
  matchMinCoverage: number;
  matchMinCoverageOneAnchor: number;
  matchMinCoverageNamesOnly: number;
  /** Anchored claims: distinct predicate words a window needs (with one anchor, at least the second). */
  matchMinWords: number;
  matchMinWordsOneAnchor: number;
  /** Score an anchored claim only on its variants in the article's language, when it has any. */
  sameLanguage: boolean;
  /** A paraphrase may take one word of the claim's main text (MAIN_WORD_SWAP). */
  mainWordSwap: boolean;
  /**
   * Anchored claims with two or more anchors: a window naming all of them but one, which the article
   * names elsewhere, states the claim at this share of its predicate weight and this many words.
   */
  elsewhereMinCoverage: number;
  elsewhereMinWords: number;
  /** Claims without anchors (derived required terms). */
  derivedMinCoverage: number;
  derivedMinWords: number;
  derivedNumbersAgree: boolean;
  derivedNamesAgree: boolean;
  derivedMinPredicate: number;
  /** Segment the whole article in one pass: the reference the two-pass path must agree with. */
  segmentAll: boolean;
  /** The postings scan's fold table and loop (tests: neither may change a result). */
  scan: ScanTuning | undefined;
}

export const DEFAULT_PARAMS: Readonly<MatchParams> = Object.freeze({
  matchMinCoverage: MATCH_MIN_COVERAGE,
  matchMinCoverageOneAnchor: MATCH_MIN_COVERAGE_ONE_ANCHOR,
  matchMinCoverageNamesOnly: MATCH_MIN_COVERAGE_NAMES_ONLY,
  matchMinWords: MATCH_MIN_PREDICATE_WORDS,
  matchMinWordsOneAnchor: MATCH_MIN_PREDICATE_WORDS_ONE_ANCHOR,
  sameLanguage: SAME_LANGUAGE_VARIANTS,
  mainWordSwap: MAIN_WORD_SWAP,
  elsewhereMinCoverage: ELSEWHERE_MIN_COVERAGE,
  elsewhereMinWords: ELSEWHERE_MIN_WORDS,
  derivedMinCoverage: DERIVED_MIN_COVERAGE,
  derivedMinWords: DERIVED_MIN_WORDS,
  derivedNumbersAgree: DERIVED_NUMBERS_AGREE,
  derivedNamesAgree: DERIVED_NAMES_AGREE,
  derivedMinPredicate: DERIVED_MIN_PREDICATE,
  segmentAll: false,
  scan: undefined,
});
