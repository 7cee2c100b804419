import type { ClaimEvent, NormalisedRating } from './model';

/** What the engine is asked to read: the article text as the reader sees it, plus its metadata. */
export interface ArticleInput {
  text: string;
  title?: string;
  /** Publication date of the article (ISO date or date-time), when the page states it. */
  published?: string;
  /** BCP 47 language tag from the page (<html lang>, og:locale), when known. */
  language?: string;
}

export type Stance = 'asserts' | 'hedged' | 'reports-denial' | 'debunks';

export type MatchKind = 'match' | 'related';

/** The claim's state as of the dataset, derived from its events. */
export type ClaimStatus =
  'denied' | 'confirmed' | 'rated-false' | 'rated-true' | 'rated-mixed' | 'retracted' | 'unconfirmed';

/** Where the deciding event falls relative to the article's publication date. */
export type Relation = 'before' | 'same-day' | 'after' | 'undated-article' | 'none';

/**
 * What happened to the claim, relative to the article, as data: src/ui/verdict-sentence.ts words it
 * for the reader, in the reader's language.
 */
export interface Verdict {
  status: ClaimStatus;
  relation: Relation;
  /** Whole days from the article to the deciding event: 0 the same day, negative before it; null when not day-precise. */
  days: number | null;
  /** The event the verdict rests on (first denial, confirmation, rating…), if any. */
  decidingEvent?: ClaimEvent;
  rating?: NormalisedRating;
}

export interface Span {
  start: number;
  end: number;
}

/** Where the article's stance on a claim was read: the sentence and the cue that decided it. */
export interface StanceEvidence {
  /** The headline (offsets into ArticleInput.title) or the text (offsets into ArticleInput.text). */
  where: 'headline' | 'text';
  sentence: string;
  start: number;
  end: number;
  /** The words that decided it ("denied", "according to"); null for "asserts", decided by their absence. */
  cue: string | null;
}

export interface MatchResult {
  claimId: string;
  kind: MatchKind;
  score: number;
  /** Character span (UTF-16 offsets into ArticleInput.text) of the passage shown to the reader: the first that carries the stance. */
  start: number;
  end: number;
  /** The text of that passage, as it reads in the article. */
  sentence: string;
  /** Every passage that carries the claim, in reading order. */
  passages: Span[];
  stance: Stance;
  stanceEvidence: StanceEvidence;
  verdict: Verdict;
  /** The claim's terms (folded stems) found in the passage shown; a wrong-match report keeps them. */
  matchedTerms: string[];
  /**
   * Where the passage shown writes those terms: spans (UTF-16 offsets into ArticleInput.text) of
   * its words, in reading order, so "why this hint" shows the words as the article spells them.
   */
  matchedWords: Span[];
}
