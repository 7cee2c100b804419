/**
 * The dataset model the engine reads (format "afterword-dataset", version 1).
 * src/dataset validates untrusted files into these shapes; the engine trusts them.
 * A claim's status is never stored: it is derived from its events (see status.ts).
 */

export const DATASET_FORMAT = 'afterword-dataset';
export const DATASET_FORMAT_VERSION = 1;

/** ISO 8601 calendar date ("2022-09-15") or date-time ("2022-09-15T10:30:00Z"). */
export type IsoDate = string;

export type EventType = 'reported' | 'denied' | 'confirmed' | 'rated' | 'retracted' | 'corrected';

/** A fact-checker's rating, normalised so the UI can colour it; `label` keeps the publisher's own words. */
export type NormalisedRating =
  'false' | 'mostly-false' | 'mixed' | 'mostly-true' | 'true' | 'misleading' | 'unrated';

export interface Rating {
  label: string;
  value: NormalisedRating;
}

export interface Actor {
  name: string;
  role?: string;
  organisation?: string;
}

export interface Source {
  outlet: string;
  url?: string;
  language?: string;
  /** The outlet this fact reached us through, when the source was cited by another outlet ("via mk.ru"). */
  via?: string;
}

export interface ClaimEvent {
  date: IsoDate;
  type: EventType;
  actor?: Actor;
  source: Source;
  quote?: string;
  rating?: Rating;
  /** A short plain-language note on the event (e.g. "in an interview with Russia-24"). */
  note?: string;
}

export interface Text {
  text: string;
  language: string;
}

/** An entity the claim is about; any alias present in an article counts as the entity. */
export interface Anchor {
  name: string;
  aliases: string[];
}

export interface Claim {
  id: string;
  text: string;
  language: string;
  paraphrases: Text[];
  anchors: Anchor[];
  tags: string[];
  events: ClaimEvent[];
}

export interface Publisher {
  name: string;
  url?: string;
}

export interface License {
  id: string;
  url?: string;
}

export interface Dataset {
  format: typeof DATASET_FORMAT;
  formatVersion: typeof DATASET_FORMAT_VERSION;
  id: string;
  /** Monotonic integer: an update must carry a higher version than the installed one. */
  version: number;
  title: string;
  asOf: IsoDate;
  publisher: Publisher;
  license: License;
  claims: Claim[];
}
