/**
 * Detached Ed25519 signatures over the exact bytes of a dataset file, and the key and signature
 * files that carry them (src/dataset/README.md, "Signatures"). A key id is the first 16 hex
 * digits of SHA-256 of the raw 32-byte public key, so anyone can recompute it from the key.
 */
import * as v from 'valibot';
import { fromBase64, toBase64, toHex } from './base64';
import { ed25519 } from './ed25519';
import { DatasetError } from './errors';
import { parseJson } from './parse';

export const SIGNATURE_FORMAT = 'afterword-signature';
export const PUBLIC_KEY_FORMAT = 'afterword-public-key';
export const SECRET_KEY_FORMAT = 'afterword-secret-key';

export interface SignatureFile {
  format: typeof SIGNATURE_FORMAT;
  algorithm: 'Ed25519';
  keyId: string;
  /** Base64 of the 64-byte signature. */
  signature: string;
}

export interface PublicKeyFile {
  format: typeof PUBLIC_KEY_FORMAT;
  algorithm: 'Ed25519';
  keyId: string;
  publicKey: string;
}

export interface SecretKeyFile {
  format: typeof SECRET_KEY_FORMAT;
  algorithm: 'Ed25519';
  keyId: string;
  publicKey: string;
  /** Base64 of the 32-byte seed (RFC 8032's private key). */
  secretKey: string;
}

export interface PublicKey {
  keyId: string;
  bytes: Uint8Array;
}

/** A signature or key was refused; `path` names the field at fault, "$" the file as a whole. */
export class SignatureError extends DatasetError {
  override name = 'SignatureError';
}

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(publicKey));
  return toHex(new Uint8Array(digest)).slice(0, 16);
}

const KEY_ID = /^[0-9a-f]{16}$/;
const base64Of = (length: number) =>
  v.pipe(
    v.string('must be a string'),
    v.check((s) => fromBase64(s)?.length === length, `must be ${length} bytes in standard padded base64`),
  );
const fileSchema = <F extends string, E extends v.ObjectEntries>(format: F, entries: E) =>
  v.strictObject(
    {
      format: v.literal(format, `must be "${format}"`),
      algorithm: v.literal('Ed25519', 'must be "Ed25519"'),
      keyId: v.pipe(v.string('must be a string'), v.regex(KEY_ID, 'must be 16 lower-case hex digits')),
      ...entries,
    },
    'must be an object with exactly the fields format, algorithm, keyId and the key or signature',
  );

const SignatureSchema = fileSchema(SIGNATURE_FORMAT, { signature: base64Of(64) });
const PublicKeySchema = fileSchema(PUBLIC_KEY_FORMAT, { publicKey: base64Of(32) });
const SecretKeySchema = fileSchema(SECRET_KEY_FORMAT, { publicKey: base64Of(32), secretKey: base64Of(32) });

/** Key and signature files are tiny; anything bigger is not one. */
const SMALL_FILE = { maxBytes: 4096, maxDepth: 2 };

function readSmall<S extends v.GenericSchema>(schema: S, bytes: Uint8Array): v.InferOutput<S> {
  let value: unknown;
  try {
    value = parseJson(bytes, SMALL_FILE);
  } catch (e) {
    throw e instanceof DatasetError ? new SignatureError(e.problem, e.path) : e;
  }
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = (issue.path?.[0] as { key?: string } | undefined)?.key;
  throw new SignatureError(issue.message, key ? `$.${key}` : '$');
}

async function checkedKeyId(publicKey: Uint8Array, stated: string): Promise<void> {
  const actual = await keyIdOf(publicKey);
  if (actual !== stated)
    throw new SignatureError(`is "${stated}" but the key's id is "${actual}"`, '$.keyId');
}

export async function readPublicKey(bytes: Uint8Array): Promise<PublicKey> {
  const file = readSmall(PublicKeySchema, bytes);
  const key = fromBase64(file.publicKey)!;
  await checkedKeyId(key, file.keyId);
  return { keyId: file.keyId, bytes: key };
}

export async function readSecretKey(
  bytes: Uint8Array,
): Promise<{ keyId: string; publicKey: Uint8Array; secretKey: Uint8Array }> {
  const file = readSmall(SecretKeySchema, bytes);
  const secretKey = fromBase64(file.secretKey)!;
  const publicKey = fromBase64(file.publicKey)!;
  const derived = await (await ed25519()).publicKeyOf(secretKey);
  if (toBase64(derived) !== file.publicKey)
    throw new SignatureError('is not the public key of this secret key', '$.publicKey');
  await checkedKeyId(publicKey, file.keyId);
  return { keyId: file.keyId, publicKey, secretKey };
}

export async function generateKeyPair(): Promise<{ secret: SecretKeyFile; public: PublicKeyFile }> {
  const secretKey = crypto.getRandomValues(new Uint8Array(32));
  const publicKey = await (await ed25519()).publicKeyOf(secretKey);
  const keyId = await keyIdOf(publicKey);
  const common = { algorithm: 'Ed25519', keyId, publicKey: toBase64(publicKey) } as const;
  return {
    secret: { format: SECRET_KEY_FORMAT, ...common, secretKey: toBase64(secretKey) },
    public: { format: PUBLIC_KEY_FORMAT, ...common },
  };
}

export async function signBytes(bytes: Uint8Array, secretKeyFile: Uint8Array): Promise<SignatureFile> {
  const key = await readSecretKey(secretKeyFile);
  const signature = await (await ed25519()).sign(bytes, key.secretKey);
  return { format: SIGNATURE_FORMAT, algorithm: 'Ed25519', keyId: key.keyId, signature: toBase64(signature) };
}

/**
 * Checks a detached signature over `bytes` against the trusted keys; returns the signing key's id.
 * This is the check the extension runs before it accepts a signed dataset update.
 */
export async function verifyBytes(
  bytes: Uint8Array,
  signatureFile: Uint8Array,
  trusted: readonly PublicKey[],
): Promise<string> {
  const sig = readSmall(SignatureSchema, signatureFile);
  const key = trusted.find((k) => k.keyId === sig.keyId);
  if (!key) {
    const known = trusted.map((k) => k.keyId).join(', ') || 'none';
    throw new SignatureError(
      `names key ${sig.keyId}, which is not a trusted key (trusted: ${known})`,
      '$.keyId',
    );
  }
  const ok = await (await ed25519()).verify(fromBase64(sig.signature)!, bytes, key.bytes);
  if (!ok)
    throw new SignatureError(
      'does not match these bytes: the file was changed after signing, or the signature is for another file',
      '$.signature',
    );
  return key.keyId;
}

export const toJsonFile = (value: object): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');
