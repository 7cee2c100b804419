/** Detached Ed25519 signatures: both implementations agree, and every forgery or mix-up is refused. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64 } from '../../src/dataset/base64';
import { ed25519, nobleEd25519, pickEd25519, webCryptoEd25519 } from '../../src/dataset/ed25519';
import { DatasetError } from '../../src/dataset/errors';
import {
  generateKeyPair,
  keyIdOf,
  readPublicKey,
  signBytes,
  SignatureError,
  toJsonFile,
  verifyBytes,
} from '../../src/dataset/sign';
import { encode, sampleDataset } from '../support/dataset-samples';

const data = encode(JSON.stringify(sampleDataset(), null, 2));

async function signed() {
  const pair = await generateKeyPair();
  const signature = await signBytes(data, toJsonFile(pair.secret));
  const publicKey = await readPublicKey(toJsonFile(pair.public));
  return { pair, signature, publicKey };
}

async function refusal(p: Promise<unknown>): Promise<SignatureError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SignatureError);
  expect(e).toBeInstanceOf(DatasetError);
  return e as SignatureError;
}

describe('Ed25519 implementations', () => {
  // RFC 8032 §7.1, test 2: a one-byte message.
  const rfc = {
    secret: fromHex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'),
    public: fromHex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'),
    message: fromHex('72'),
    signature: fromHex(
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    ),
  };

  for (const impl of [webCryptoEd25519, nobleEd25519]) {
    it(`${impl.name} reproduces the RFC 8032 test vector`, async () => {
      expect(await impl.publicKeyOf(rfc.secret)).toEqual(rfc.public);
      expect(await impl.sign(rfc.message, rfc.secret)).toEqual(rfc.signature);
      expect(await impl.verify(rfc.signature, rfc.message, rfc.public)).toBe(true);
      expect(await impl.verify(rfc.signature, fromHex('73'), rfc.public)).toBe(false);
    });
  }

  it('each verifies the other’s signatures, and both refuse a malleated one (S + L)', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const pub = await nobleEd25519.publicKeyOf(secret);
    const sig = await webCryptoEd25519.sign(data, secret);
    expect(await nobleEd25519.sign(data, secret)).toEqual(sig);
    expect(await nobleEd25519.verify(sig, data, pub)).toBe(true);
    // Adding the group order L to S gives the same point equation but a non-canonical S: RFC 8032 refuses it.
    const L = fromHex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');
    const malleated = new Uint8Array(sig);
    let carry = 0;
    for (let i = 0; i < 32; i++) {
      const sum = malleated[32 + i]! + L[i]! + carry;
      malleated[32 + i] = sum & 0xff;
      carry = sum >> 8;
    }
    for (const impl of [webCryptoEd25519, nobleEd25519])
      expect(await impl.verify(malleated, data, pub), impl.name).toBe(false);
  });

  it('uses WebCrypto where the runtime has Ed25519 (Node 20 does)', async () => {
    expect((await ed25519()).name).toBe('webcrypto');
  });

  it('falls back to noble where WebCrypto has no Ed25519 or gets the test vector wrong', async () => {
    const unsupported = {
      ...webCryptoEd25519,
      verify: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
    };
    const wrong = { ...webCryptoEd25519, verify: () => Promise.resolve(false) };
    expect((await pickEd25519(unsupported)).name).toBe('noble');
    expect((await pickEd25519(wrong)).name).toBe('noble');
  });
});

describe('keys and signature files', () => {
  it('a key id is the first 16 hex digits of SHA-256 of the raw public key', async () => {
    const { pair } = await signed();
    const raw = fromBase64(pair.public.publicKey)!;
    expect(pair.public.keyId).toBe(createHash('sha256').update(raw).digest('hex').slice(0, 16));
    expect(await keyIdOf(raw)).toBe(pair.public.keyId);
  });

  it('signs and verifies the exact bytes', async () => {
    const { signature, publicKey } = await signed();
    expect(Object.keys(signature)).toEqual(['format', 'algorithm', 'keyId', 'signature']);
    expect(await verifyBytes(data, toJsonFile(signature), [publicKey])).toBe(publicKey.keyId);
  });

  it('refuses a signature over other bytes, even one byte or a trailing newline apart', async () => {
    const { signature, publicKey } = await signed();
    for (const other of [
      encode(JSON.stringify(sampleDataset(), null, 2) + '\n'),
      data.map((b, i) => (i === 10 ? b ^ 1 : b)),
    ]) {
      const e = await refusal(verifyBytes(other, toJsonFile(signature), [publicKey]));
      expect(e.message).toBe(
        '$.signature: does not match these bytes: the file was changed after signing, or the signature is for another file',
      );
    }
  });

  it('refuses a signature by an unknown key, naming both', async () => {
    const { signature } = await signed();
    const other = await signed();
    const e = await refusal(verifyBytes(data, toJsonFile(signature), [other.publicKey]));
    expect(e.message).toBe(
      `$.keyId: names key ${signature.keyId}, which is not a trusted key (trusted: ${other.publicKey.keyId})`,
    );
    expect((await refusal(verifyBytes(data, toJsonFile(signature), []))).problem).toMatch(/trusted: none/);
  });

  it('refuses a signature that claims a trusted key id but was made by another key', async () => {
    const { publicKey } = await signed();
    const forger = await signed();
    const forged = { ...forger.signature, keyId: publicKey.keyId };
    expect((await refusal(verifyBytes(data, toJsonFile(forged), [publicKey]))).path).toBe('$.signature');
  });

  it('refuses a public key file whose key id does not match its key', async () => {
    const { pair } = await signed();
    const e = await refusal(readPublicKey(toJsonFile({ ...pair.public, keyId: '0000000000000000' })));
    expect(e.message).toMatch(/^\$\.keyId: is "0000000000000000" but the key's id is "[0-9a-f]{16}"$/);
  });

  it('refuses a secret key file whose public key is not its own', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const e = await refusal(signBytes(data, toJsonFile({ ...a.secret, publicKey: b.public.publicKey })));
    expect(e.message).toBe('$.publicKey: is not the public key of this secret key');
  });

  it('refuses malformed signature files with the field at fault', async () => {
    const { signature, publicKey } = await signed();
    const bad: [unknown, string][] = [
      [{ ...signature, algorithm: 'RSA' }, '$.algorithm'],
      [{ ...signature, signature: signature.signature.slice(4) }, '$.signature'],
      [{ ...signature, signature: signature.signature.replace(/=+$/, '') }, '$.signature'],
      [{ ...signature, keyId: 'ABC' }, '$.keyId'],
      [{ ...signature, extra: 1 }, '$.extra'],
      ['not an object', '$'],
    ];
    for (const [file, path] of bad)
      expect(
        (await refusal(verifyBytes(data, toJsonFile(file as object), [publicKey]))).path,
        JSON.stringify(file),
      ).toBe(path);
    expect((await refusal(verifyBytes(data, encode('{"format": '), [publicKey]))).problem).toMatch(
      /truncated/,
    );
    expect((await refusal(verifyBytes(data, new Uint8Array(5000), [publicKey]))).problem).toMatch(
      /limit is 4.0 KiB/,
    );
  });
});

describe('base64', () => {
  it('round-trips and accepts only the canonical padded spelling', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(64));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]));
    for (const bad of ['QQ', 'QR==', 'Q Q==', 'QQ==QQ==', '-_-_'])
      expect(fromBase64(bad), bad).toBeUndefined();
  });
});
