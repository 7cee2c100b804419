/**
 * The engine's public surface: build an index from datasets, match articles, derive verdicts. The
 * rest of src/ imports the engine through this file only (ESLint's afterword/zones rule); tests may
 * reach further in.
 */
export { buildIndex, claimAt, datasetMeta, type ClaimIndex, type DatasetMeta } from './claim-index/build';
export { ENGINE_INDEX_VERSION, type ClaimStore, type IndexedClaim } from './claim-index/layout';
export { matchArticle } from './match/percolate';
export { releaseArticleWork } from './match/article-work';
export { verdictFor } from './verdict';
export { deriveStatus, chronological } from './status';
export {
  parseDate,
  formatDate,
  formatDistance,
  daysBetween,
  compareAtPrecision,
  sortKey,
  distance,
  type CalendarDate,
  type DistanceUnit,
} from './dates';
export { detectLanguage } from './lang/language';
export { segmentSentences } from './text/segment';
export { tokenize } from './text/tokenize';
export { textHash } from './text/word-table';
export { foldWord } from './text/normalize';
export {
  buildLookup,
  compareResults as compareLookupResults,
  MAX_QUERY_CHARS,
  type ClaimLookup,
  type LookupAnswer,
  type LookupResult,
} from './lookup';
export * from './model';
export * from './types';
export {
  claimRecord,
  type ClaimRecords,
  IndexFormatError,
  loadIndex,
  serializedVersion,
  serializeIndex,
  splitClaims,
} from './claim-index/serialize';
export { buildRankIndex, type RankIndex } from './rank/build';
export { rankClaims } from './rank/rank';
export type { RankClaim, RankQuery, RankedClaim } from './rank/types';
export * from './outlets/index';
export { HANDLE_PATTERN, handleKey, isSocialPlatform } from './outlets/domains';
