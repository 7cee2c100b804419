/**
 * Accepting a downloaded dataset update, the check the options page and the background run before
 * a new file replaces an installed one: the signature first (nothing of an unsigned or forged file
 * is parsed), then the whole dataset gate, then the rule that an update must carry a higher version.
 */
import type { Dataset } from '../engine/index';
import { DatasetError } from './errors';
import { parseDataset } from './parse';
import { verifyBytes, type PublicKey } from './sign';

export interface UpdateCheck {
  bytes: Uint8Array;
  /** The detached signature file's bytes, when the source publishes one. */
  signature?: Uint8Array;
  /** Keys the reader trusts for this source; when there are any, a signature is required. */
  trustedKeys: readonly PublicKey[];
  /** The dataset installed from this source, if any. */
  installed?: Pick<Dataset, 'id' | 'version'>;
}

export async function acceptUpdate(check: UpdateCheck): Promise<{ dataset: Dataset; keyId?: string }> {
  let keyId: string | undefined;
  if (check.trustedKeys.length > 0) {
    if (!check.signature)
      throw new DatasetError('is not signed, but this source has trusted keys: a signature is required', '$');
    keyId = await verifyBytes(check.bytes, check.signature, check.trustedKeys);
  }
  const dataset = parseDataset(check.bytes);
  const installed = check.installed;
  if (installed && installed.id !== dataset.id) {
    throw new DatasetError(`is "${dataset.id}", but this source installed "${installed.id}"`, '$.id');
  }
  if (installed && dataset.version <= installed.version) {
    throw new DatasetError(
      `is ${dataset.version}; the installed version is ${installed.version}, and an update must be higher`,
      '$.version',
    );
  }
  return keyId ? { dataset, keyId } : { dataset };
}
