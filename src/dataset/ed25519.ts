/**
 * Ed25519 from WebCrypto where the runtime has it (Node 20, Chrome 137+, Firefox 129+), else from
 * @noble/ed25519. Both verify by RFC 8032 rules (noble's ZIP-215 leniency is turned off), so a
 * signature is accepted or refused the same way in every browser.
 */
import * as noble from '@noble/ed25519';
import { fromHex } from './base64';

export interface Ed25519 {
  readonly name: 'webcrypto' | 'noble';
  publicKeyOf(secretKey: Uint8Array): Promise<Uint8Array>;
  sign(message: Uint8Array, secretKey: Uint8Array): Promise<Uint8Array>;
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean>;
}

/** PKCS #8 wrapping of a 32-byte Ed25519 seed (RFC 8410 §7), the only private-key form WebCrypto imports. */
const PKCS8_PREFIX = fromHex('302e020100300506032b657004220420');

const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

export const webCryptoEd25519: Ed25519 = {
  name: 'webcrypto',
  async publicKeyOf(secretKey) {
    const key = await crypto.subtle.importKey(
      'pkcs8',
      buf(new Uint8Array([...PKCS8_PREFIX, ...secretKey])),
      { name: 'Ed25519' },
      true,
      ['sign'],
    );
    const jwk = await crypto.subtle.exportKey('jwk', key);
    return Uint8Array.from(atob(jwk.x!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  },
  async sign(message, secretKey) {
    const key = await crypto.subtle.importKey(
      'pkcs8',
      buf(new Uint8Array([...PKCS8_PREFIX, ...secretKey])),
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
    return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, buf(message)));
  },
  async verify(signature, message, publicKey) {
    if (signature.length !== 64 || publicKey.length !== 32) return false;
    const key = await crypto.subtle.importKey('raw', buf(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, buf(signature), buf(message));
  },
};

export const nobleEd25519: Ed25519 = {
  name: 'noble',
  publicKeyOf: (secretKey) => noble.getPublicKeyAsync(secretKey),
  sign: (message, secretKey) => noble.signAsync(message, secretKey),
  async verify(signature, message, publicKey) {
    if (signature.length !== 64 || publicKey.length !== 32) return false;
    try {
      return await noble.verifyAsync(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
};

// RFC 8032 §7.1, test 1: the empty message signed by a known key.
const PROBE = {
  publicKey: fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
  signature: fromHex(
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  ),
};

/** `preferred` when it verifies the RFC 8032 test vector, else noble. */
export async function pickEd25519(preferred: Ed25519 = webCryptoEd25519): Promise<Ed25519> {
  try {
    return (await preferred.verify(PROBE.signature, new Uint8Array(0), PROBE.publicKey))
      ? preferred
      : nobleEd25519;
  } catch {
    return nobleEd25519;
  }
}

let chosen: Promise<Ed25519> | undefined;

/** The implementation this runtime uses, decided once. */
export function ed25519(): Promise<Ed25519> {
  chosen ??= pickEd25519();
  return chosen;
}
