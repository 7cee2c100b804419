/**
 * Reading a dataset file at the claim limit: what installing or updating the largest dataset the
 * format allows costs before its index is built (the bytes checked for depth and forbidden keys,
 * parsed, and every claim validated), against JSON.parse of the same text, the least any reader of
 * the file must do. The unit tests check that such a file is accepted (dataset-hostile); how long
 * it takes is measured here, where a slower machine cannot fail it and a slow parser cannot hide.
 */
import { plainCopy } from '../../src/dataset/importers/common';
import { LIMITS } from '../../src/dataset/limits';
import { parseDataset } from '../../src/dataset/parse';
import { claimsDataset, generateClaims } from './engine/data';
import { gc, mb, timeMedian } from './engine/stats';
import type { RankClaim } from '../../src/engine/rank/types';

const RUNS = 5;

/**
 * The bench's claims (real text, grown to the limit), as an importer writes them: each with the one
 * event a file's claim must have, and without the invisible characters an import removes.
 */
function datasetAtLimit(real: readonly RankClaim[]): Uint8Array {
  const dataset = claimsDataset(generateClaims(real, LIMITS.claims));
  const event = { date: '2024-01-02', type: 'reported', source: { outlet: 'Bench News' } };
  const claims = dataset.claims.map((c) => ({ ...c, events: [event] }));
  const file = plainCopy({ ...dataset, claims }, []);
  return new TextEncoder().encode(JSON.stringify(file));
}

export function printDatasetRead(real: readonly RankClaim[]): void {
  const bytes = datasetAtLimit(real);
  gc();
  const readMs = timeMedian(() => parseDataset(bytes).claims.length, RUNS, 1);
  gc();
  const jsonMs = timeMedian(() => JSON.parse(new TextDecoder().decode(bytes)).claims.length, RUNS, 1);
  console.log(
    `\nReading a dataset at the limit (${LIMITS.claims.toLocaleString('en-US')} claims, ${mb(bytes.length)}), median of ${RUNS}:`,
  );
  console.log(`  parseDataset (depth and key checks, parse, validation): ${readMs.toFixed(0)} ms`);
  console.log(
    `  JSON.parse of the same text (peer): ${jsonMs.toFixed(0)} ms — parseDataset ${(readMs / jsonMs).toFixed(1)}× its time`,
  );
}
