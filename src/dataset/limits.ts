/**
 * The limits every dataset file is held to. A dataset comes from a publisher the reader chose, but
 * its bytes are still untrusted: each limit bounds the memory or time one file can cost the
 * reader's browser, and is set well above what a real dataset needs (figures in the comments).
 */
export const LIMITS = {
  /**
   * Bytes of one dataset file. Checked before anything is parsed. A claim imported from
   * ClaimReview takes about 1 KB in the canonical (indented) form, so 200,000 claims fit in about
   * 200 MB only when compact; 128 MiB keeps JSON.parse in a service worker under ~1 s and ~0.5 GB.
   */
  fileBytes: 128 * 1024 * 1024,
  /**
   * Claims in one dataset. All of Google's Fact Check Explorer holds a few hundred thousand
   * reviews; 200,000 is more than any one publisher's output and keeps the index build in seconds.
   */
  claims: 200_000,
  /**
   * Nesting of JSON containers. A valid dataset nests 5 deep (root, claims, claim, events, event,
   * source); anything much deeper is not a dataset, and bounding it bounds every walker's stack.
   */
  depth: 16,
  /** Nesting for importer inputs: a DataCommons feed nests about 10 deep (feed, item, review, itemReviewed, appearance, author). */
  importDepth: 32,
  /** Bytes of an importer's input (the command line only): the DataCommons feed is tens of MB. */
  importBytes: 256 * 1024 * 1024,
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
