/**
 * The limits every dataset file is held to. A dataset comes from a publisher the reader chose, but
 * its bytes are still untrusted: each limit bounds the memory or time one file can cost the
 * reader's browser, and is set well above what a real dataset needs (figures in the comments).
 */
export const LIMITS = {
  /**
   * Bytes of one dataset file, checked before anything is parsed. A claim imported from
   * ClaimReview takes about 1.25 KB in the canonical indented form (measured), so a dataset at the
   * claim limit fits; JSON.parse of 128 MiB already takes about 2 s on a 2-core machine.
   */
  fileBytes: 128 * 1024 * 1024,
  /**
   * Claims in one dataset. Measured on a 2-core machine: 100,000 claims parse and validate in about
   * 3 s and the engine's index build takes 0.6–0.8 s (`npm run bench`), which is what a reader's
   * browser pays on every update. A publisher with more claims splits them into several datasets
   * (the extension reads several); Google's whole Fact Check Explorer is a few hundred thousand.
   */
  claims: 100_000,
  /**
   * Nesting of JSON containers. A valid dataset nests 6 deep (root, claims, claim, events, event,
   * source); anything much deeper is not a dataset, and bounding it bounds every walker's stack.
   */
  depth: 16,
  /** Nesting for importer inputs: a DataCommons feed nests about 10 deep (feed, item, review, itemReviewed, appearance, author). */
  importDepth: 32,
  /** Bytes of an importer's input (the command line only): the DataCommons feed is tens of MB. */
  importBytes: 256 * 1024 * 1024,
  /** Bytes of one line of a JSONL import: a claim with its fields is a few KB. */
  importLine: 1024 * 1024,
  /** Outlets in one dataset (format 1.1): a desk cites hundreds; a directory of every outlet of a country is a few thousand. */
  outlets: 10_000,
  /** Registrable domains of one outlet: a broadcaster with national sites has a dozen. */
  domains: 32,
  /** Handles of one outlet: one per platform and language. */
  handles: 32,
  paraphrases: 50,
  anchors: 12,
  aliases: 64,
  events: 200,
  tags: 32,
  tag: 64,
  /** Names, roles, outlets, titles, rating labels: one line of UI. */
  shortText: 300,
  /** Claim text, paraphrases and notes: a paragraph. */
  text: 2_000,
  quote: 2_000,
  id: 128,
  /** The practical URL length browsers and sitemaps agree on. */
  url: 2_048,
  /** RFC 5646 §4.4.1: implementations should accept language tags of at least 35 characters. */
  languageTag: 35,
  licenseId: 64,
} as const;

/** How many problems `afterword dataset validate` lists before it stops counting. */
export const MAX_REPORTED_ISSUES = 20;
