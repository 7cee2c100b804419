/**
 * The datasets the matcher uses and their compiled index. The bundled default is always there;
 * it is validated like any other dataset, so a broken build fails loudly in tests, not silently.
 */
import bundled from '../../public/datasets/default.json';
import { validateDataset } from '../dataset/schema';
import { buildIndex, type ClaimIndex } from '../engine/claim-index/build';
import type { Claim } from '../engine/model';
import type { DatasetSummary } from '../shared/messages';

let index: ClaimIndex | undefined;
let claimsById: Map<string, { claim: Claim; datasetId: string }> | undefined;

export function getIndex(): ClaimIndex {
  if (!index) {
    index = buildIndex([validateDataset(bundled)]);
    claimsById = new Map();
    for (let i = 0; i < index.claims.length; i++) {
      const { claim, datasetId } = index.claims.get(i);
      claimsById.set(claim.id, { claim, datasetId });
    }
  }
  return index;
}

export function claimById(id: string): { claim: Claim; datasetId: string } | undefined {
  getIndex();
  return claimsById!.get(id);
}

export function datasetSummaries(): DatasetSummary[] {
  return getIndex().datasets.map((d) => ({ ...d }));
}
