/** The engine's public surface: build an index from datasets, match articles, derive verdicts. */
export { buildIndex, type ClaimIndex, type DatasetMeta } from './claim-index/build';
export { matchArticle } from './match/percolate';
export { verdictFor } from './verdict';
export { deriveStatus, chronological } from './status';
export { parseDate, formatDate, daysBetween } from './dates';
export { detectLanguage } from './lang/language';
export { segmentSentences } from './text/segment';
export { tokenize } from './text/tokenize';
export * from './model';
export * from './types';
