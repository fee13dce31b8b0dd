import { fromBase64, fromUtf8, ownBytes, randomBytes, toBase64, utf8 } from './bytes';
import { TamperedRecordError, type Sealed } from './vault';

/**
 * The assessment "drop box": encryption that a candidate's tab can do but not undo.
 *
 * While a candidate plays, the counsellor's vault is locked (the AES key is forgotten), yet what the
 * candidate produces — written answers, finished attempts — must reach IndexedDB unreadable. So the
 * vault holds an ECDH P-256 key pair: the public key is kept in clear, the private key only sealed
 * with the vault key. Each value is sealed ECIES-style: a fresh ephemeral key pair, ECDH with the
 * public key, HKDF-SHA-256 to an AES-GCM-256 key, AES-GCM with the record context as additional data.
 * Only the private key (so only an unlocked vault) can derive the same AES key again.
 *
 * Why ECDH and not RSA-OAEP: RSA-OAEP alone encrypts only ~190 bytes and would need the same hybrid
 * construction anyway; P-256 keys are small, fast to generate, and native in every Web Crypto.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HKDF_INFO = utf8('profproba:assessment-dropbox:v1');
const IV_BYTES = 12;
/** An uncompressed P-256 point: 0x04 || X || Y. */
const POINT_BYTES = 65;
const PAD_TO = 32;
/** Prefix of a written answer sealed for the counsellor inside an attempt's clear event log. */
export const SEALED_TEXT_PREFIX = 'sealed:v1:';

export interface DropboxKeyPair {
  publicJwk: JsonWebKey;
  privateJwk: JsonWebKey;
}

export async function generateDropboxKeys(): Promise<DropboxKeyPair> {
  const pair = await globalThis.crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const [publicJwk, privateJwk] = await Promise.all([
    globalThis.crypto.subtle.exportKey('jwk', pair.publicKey),
    globalThis.crypto.subtle.exportKey('jwk', pair.privateKey),
  ]);
  return { publicJwk: publicPart(publicJwk), privateJwk };
}

/** The public half of a JWK (drops `d`), e.g. to rebuild the clear public key from the sealed private one. */
export function publicPart(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true, key_ops: [] };
}

export function importPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('jwk', publicPart(jwk), CURVE, false, []);
}

/** Non-extractable once imported: script can open values while unlocked, never copy the key out. */
export function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('jwk', jwk, CURVE, false, ['deriveBits']);
}

async function aesKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralPoint: Uint8Array,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const shared = await subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ownBytes(ephemeralPoint), info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function pad(json: string): string {
  const length = utf8(json).length;
  return json + ' '.repeat((PAD_TO - (length % PAD_TO)) % PAD_TO);
}

/** Seals a JSON value for the holder of the private key. `data` = ephemeral point || ciphertext. */
export async function sealFor(recipient: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const subtle = globalThis.crypto.subtle;
  const ephemeral = await subtle.generateKey(CURVE, false, ['deriveBits']);
  const point = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  const key = await aesKey(ephemeral.privateKey, recipient, point);
  const iv = randomBytes(IV_BYTES);
  const cipher = new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(context) },
      key,
      utf8(pad(JSON.stringify(value ?? null))),
    ),
  );
  const data = new Uint8Array(point.length + cipher.length);
  data.set(point, 0);
  data.set(cipher, point.length);
  return { iv, data: data.buffer };
}

export async function openWith(privateKey: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  const subtle = globalThis.crypto.subtle;
  try {
    const bytes = ownBytes(sealed.data);
    if (bytes.length <= POINT_BYTES) throw new Error('too short');
    const point = bytes.slice(0, POINT_BYTES);
    const ephemeral = await subtle.importKey('raw', point, CURVE, false, []);
    const key = await aesKey(privateKey, ephemeral, point);
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: ownBytes(sealed.iv), additionalData: utf8(context) },
      key,
      bytes.slice(POINT_BYTES),
    );
    return JSON.parse(fromUtf8(plain)) as unknown;
  } catch (error) {
    throw new TamperedRecordError({ cause: error });
  }
}

/** Context of a sealed written answer: bound to its attempt, so it cannot be moved to another one. */
export function textContext(attemptId: string): string {
  return `profproba:written:${attemptId}`;
}

export function isSealedText(text: string): boolean {
  return text.startsWith(SEALED_TEXT_PREFIX);
}

/** A written answer as a string that may sit in clear storage: `sealed:v1:<iv>.<data>` in base64. */
export async function sealText(recipient: CryptoKey, text: string, context: string): Promise<string> {
  const sealed = await sealFor(recipient, text, context);
  return `${SEALED_TEXT_PREFIX}${toBase64(sealed.iv)}.${toBase64(new Uint8Array(sealed.data))}`;
}

export async function openText(privateKey: CryptoKey, token: string, context: string): Promise<string> {
  if (!isSealedText(token)) return token;
  const [iv, data] = token.slice(SEALED_TEXT_PREFIX.length).split('.');
  if (!iv || !data) throw new TamperedRecordError();
  const value = await openWith(privateKey, { iv: fromBase64(iv), data: fromBase64(data).buffer }, context);
  if (typeof value !== 'string') throw new TamperedRecordError();
  return value;
}
