/**
 * The dataset model the engine reads (format "afterword-dataset", versions 1 and 1.1).
 * src/dataset validates untrusted files into these shapes; the engine trusts them.
 * A claim's status is never stored: it is derived from its events (see status.ts).
 */

export const DATASET_FORMAT = 'afterword-dataset';
/** The version a file without outlets is written in, so readers that know only version 1 still read it. */
export const DATASET_FORMAT_VERSION = 1;
/** Version 1.1 adds outlets (`outlets`, `outletId`); every version 1 file is also a valid 1.1 file. */
export const DATASET_FORMAT_VERSION_OUTLETS = 1.1;
export const DATASET_FORMAT_VERSIONS = [DATASET_FORMAT_VERSION, DATASET_FORMAT_VERSION_OUTLETS] as const;
export type DatasetFormatVersion = (typeof DATASET_FORMAT_VERSIONS)[number];

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
  /** The dataset's outlet this actor is, when the actor is an outlet (a Telegram channel whose post was carried). */
  outletId?: string;
}

export interface Source {
  outlet: string;
  url?: string;
  language?: string;
  /** The outlet this fact reached us through, when the source was cited by another outlet ("via mk.ru"). */
  via?: string;
  /** The dataset's outlet this source is; without it the source is linked by its URL's domain or its name. */
  outletId?: string;
}

export const OUTLET_KINDS = [
  'news',
  'agency',
  'broadcaster',
  'telegram',
  'social',
  'blog',
  'official',
  'fact-checker',
  'other',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * A publisher that events cite (format 1.1): how to recognise it on a page (its registrable
 * domains, its handles on social platforms) and in a dataset (its name and aliases).
 */
export interface Outlet {
  id: string;
  name: string;
  kind: OutletKind;
  /** Registrable domains ("tass.com", "bbc.co.uk"), lower case; never a platform hosting many outlets (t.me). */
  domains: string[];
  /** Handles on social platforms, with the "@" ("@yellow_folder"). */
  handles: string[];
  aliases: string[];
  url?: string;
  /** ISO 3166-1 alpha-2 country code ("KZ"). */
  country?: string;
  language?: string;
  /** Where the publisher of the dataset read the outlet's domains and handles. */
  source?: Source;
  note?: string;
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
  formatVersion: DatasetFormatVersion;
  id: string;
  /** Monotonic integer: an update must carry a higher version than the installed one. */
  version: number;
  title: string;
  asOf: IsoDate;
  publisher: Publisher;
  license: License;
  /** The outlets the events cite (format 1.1); absent in version 1 files. */
  outlets?: Outlet[];
  claims: Claim[];
}
