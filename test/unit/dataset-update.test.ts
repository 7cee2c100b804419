/** Accepting a dataset update: signature before anything else, then validity, then a higher version. */
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/dataset/errors';
import {
  generateKeyPair,
  readPublicKey,
  signBytes,
  SignatureError,
  toJsonFile,
} from '../../src/dataset/sign';
import { acceptUpdate } from '../../src/dataset/update';
import { encode, sampleDataset } from '../support/dataset-samples';

async function publisher() {
  const pair = await generateKeyPair();
  return { pair, key: await readPublicKey(toJsonFile(pair.public)) };
}
const sign = async (bytes: Uint8Array, pair: Awaited<ReturnType<typeof generateKeyPair>>) =>
  toJsonFile(await signBytes(bytes, toJsonFile(pair.secret)));

async function refusal(p: Promise<unknown>): Promise<DatasetError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DatasetError);
  return e as DatasetError;
}

describe('acceptUpdate', () => {
  const v2 = encode({ ...sampleDataset(), version: 2 });

  it('accepts a signed, valid, newer dataset and names the key', async () => {
    const { pair, key } = await publisher();
    const result = await acceptUpdate({
      bytes: v2,
      signature: await sign(v2, pair),
      trustedKeys: [key],
      installed: { id: 'sample', version: 1 },
    });
    expect(result.keyId).toBe(key.keyId);
    expect(result.dataset.version).toBe(2);
  });

  it('checks the signature before parsing: a forged file is refused even when it is not JSON', async () => {
    const { pair, key } = await publisher();
    const signature = await sign(v2, pair);
    const e = await refusal(
      acceptUpdate({ bytes: encode('{"__proto__": ['), signature, trustedKeys: [key] }),
    );
    expect(e).toBeInstanceOf(SignatureError);
    expect(e.path).toBe('$.signature');
  });

  it('requires a signature when the source has trusted keys, and refuses an unknown signer', async () => {
    const { key } = await publisher();
    expect((await refusal(acceptUpdate({ bytes: v2, trustedKeys: [key] }))).problem).toMatch(
      /a signature is required/,
    );
    const stranger = await publisher();
    const e = await refusal(
      acceptUpdate({ bytes: v2, signature: await sign(v2, stranger.pair), trustedKeys: [key] }),
    );
    expect(e.path).toBe('$.keyId');
  });

  it('refuses the same or a lower version, and another dataset in its place', async () => {
    expect(
      (await refusal(acceptUpdate({ bytes: v2, trustedKeys: [], installed: { id: 'sample', version: 2 } })))
        .message,
    ).toBe('$.version: is 2; the installed version is 2, and an update must be higher');
    expect(
      (await refusal(acceptUpdate({ bytes: v2, trustedKeys: [], installed: { id: 'other', version: 1 } })))
        .path,
    ).toBe('$.id');
  });

  it('accepts an unsigned update from a source without keys, still validating it', async () => {
    expect((await acceptUpdate({ bytes: v2, trustedKeys: [] })).keyId).toBeUndefined();
    expect(
      (await refusal(acceptUpdate({ bytes: encode({ ...sampleDataset(), asOf: 'soon' }), trustedKeys: [] })))
        .path,
    ).toBe('$.asOf');
  });
});
