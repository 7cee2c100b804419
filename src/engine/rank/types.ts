/** Ranking mode (the CheckThat! task): one query — a tweet, a debate sentence — against every claim. */

/** A claim as plain records carry it (../shared/eval's vclaims.jsonl, a dataset's claims). */
export interface RankClaim {
  id: string;
  claim: string;
  title?: string;
  subtitle?: string;
  /** Free-form date as the fact-checker wrote it ("26 May 2015", "stated on October 22, 2019 in a speech:"). */
  date?: string;
  speaker?: string;
  /** BCP 47 tag; English when absent. */
  language?: string;
}

export interface RankQuery {
  id: string;
  text: string;
  /** When the query was said or posted (ISO date); tweets carry it in their signature too. */
  date?: string;
  /** Who said it (a debate transcript's speaker column). */
  speaker?: string;
  /** What was said just before (previous sentences of a transcript), oldest first. */
  context?: string[];
}

export interface RankedClaim {
  claimId: string;
  score: number;
}
