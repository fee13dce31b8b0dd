import { z } from 'zod';
import { fromBase64, fromUtf8, ownBytes, randomBytes, toBase64, utf8 } from './bytes';

/**
 * The counsellor's vault: a key derived from a passphrase, used to seal (encrypt and authenticate)
 * everything personal before it reaches IndexedDB. Plain TypeScript over Web Crypto only, so it runs
 * the same in browsers and in Node 20 tests.
 *
 * Why PBKDF2-SHA-256: it is the one slow key-derivation function Web Crypto implements natively, so
 * the vault needs no WebAssembly build of Argon2 or scrypt (no extra download, no supply-chain risk).
 * Its weakness against GPU guessing is offset by a high iteration count (OWASP's 2023 advice for
 * PBKDF2-HMAC-SHA-256 is 600,000) and a minimum passphrase length. The parameters live in the vault
 * metadata, so a later version can raise them (re-deriving on the next unlock) without a format break.
 *
 * The derived AES-GCM key is non-extractable: script on the page can use it while unlocked but can
 * never read its bytes. Locking means dropping every reference to it (`VaultKey.forget`).
 */

export const MIN_PASSPHRASE_LENGTH = 10;
/** The strength the app always uses. Only tests may pass a lower count, explicitly, through options. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** 96-bit IVs are what AES-GCM is specified for; a fresh random one for every seal. */
const IV_BYTES = 12;
/** Plaintexts are padded to a multiple of this, so a ciphertext's length hints less at a name's length. */
const PAD_TO = 32;
const CHECK_TEXT = 'profproba-vault-check-v1';
const CHECK_CONTEXT = 'profproba:vault-check';

export const kdfSchema = z.object({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.base64(),
});
export type KdfParams = z.infer<typeof kdfSchema>;

/** What the vault keeps in clear: how to derive the key, and a record that proves a key right. */
export const vaultMetadataSchema = z.object({
  format: z.literal(1),
  kdf: kdfSchema,
  check: z.object({ iv: z.base64(), data: z.base64() }),
  createdAt: z.number(),
});
export type VaultMetadata = z.infer<typeof vaultMetadataSchema>;

/** An encrypted value: the IV it was sealed with and the ciphertext with its 128-bit GCM tag. */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this vault');
    this.name = 'WrongPassphraseError';
  }
}

/** A sealed value that does not open with the right key: altered, truncated or moved to another record. */
export class TamperedRecordError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('A sealed record failed its integrity check', options);
    this.name = 'TamperedRecordError';
  }
}

/** Vault metadata asking for less key-derivation work than this app accepts (a downgrade). */
export class WeakVaultError extends Error {
  constructor(iterations: number) {
    super(`The vault uses ${iterations} PBKDF2 iterations, fewer than this app accepts`);
    this.name = 'WeakVaultError';
  }
}

export class VaultLockedError extends Error {
  constructor() {
    super('The counsellor vault is locked');
    this.name = 'VaultLockedError';
  }
}

export type PassphraseProblem = 'tooShort';

/** Unicode-normalised, so the same passphrase typed on another system derives the same key. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function checkPassphrase(passphrase: string): PassphraseProblem | undefined {
  return [...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH ? 'tooShort' : undefined;
}

/** Options for tests only: the app never passes them, so it always derives with PBKDF2_ITERATIONS. */
export interface KdfOptions {
  iterations?: number;
  minIterations?: number;
}

/** The unlocked key. Holds the CryptoKey privately; `forget` drops it, after which every call throws. */
export class VaultKey {
  #key: CryptoKey | undefined;

  constructor(key: CryptoKey) {
    this.#key = key;
  }

  get usable(): boolean {
    return this.#key !== undefined;
  }

  forget(): void {
    this.#key = undefined;
  }

  /**
   * Encrypts a JSON value. `context` is authenticated but not encrypted (GCM additional data): the
   * storage layer passes the record's id, kind and owner, so a ciphertext copied into another record
   * (another candidate's result, say) fails to open instead of being believed.
   */
  async seal(value: unknown, context = ''): Promise<Sealed> {
    const iv = randomBytes(IV_BYTES);
    const data = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(context) },
      this.#require(),
      utf8(pad(JSON.stringify(value ?? null))),
    );
    return { iv, data };
  }

  async open(sealed: Sealed, context = ''): Promise<unknown> {
    let plain: ArrayBuffer;
    try {
      plain = await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: ownBytes(sealed.iv), additionalData: utf8(context) },
        this.#require(),
        ownBytes(sealed.data),
      );
    } catch (error) {
      if (error instanceof VaultLockedError) throw error;
      throw new TamperedRecordError({ cause: error });
    }
    return JSON.parse(fromUtf8(plain)) as unknown;
  }

  #require(): CryptoKey {
    if (!this.#key) throw new VaultLockedError();
    return this.#key;
  }
}

function pad(json: string): string {
  const length = utf8(json).length;
  // JSON.parse ignores trailing whitespace, so spaces are a padding that needs no unpadding step.
  return json + ' '.repeat((PAD_TO - (length % PAD_TO)) % PAD_TO);
}

async function deriveKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', utf8(normalisePassphrase(passphrase)), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Sets up a new vault: the caller stores the metadata and keeps the key while unlocked. */
export async function createVault(
  passphrase: string,
  options: KdfOptions = {},
): Promise<{ metadata: VaultMetadata; key: VaultKey }> {
  if (checkPassphrase(passphrase))
    throw new Error(`The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`);
  const kdf: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: options.iterations ?? PBKDF2_ITERATIONS,
    salt: toBase64(randomBytes(SALT_BYTES)),
  };
  const key = new VaultKey(await deriveKey(passphrase, kdf));
  const check = await key.seal(CHECK_TEXT, CHECK_CONTEXT);
  const metadata: VaultMetadata = {
    format: 1,
    kdf,
    check: { iv: toBase64(check.iv), data: toBase64(new Uint8Array(check.data)) },
    createdAt: Date.now(),
  };
  return { metadata, key };
}

/**
 * Derives the key from the passphrase and proves it on the key-check record. A wrong passphrase
 * throws WrongPassphraseError and yields no key, so it can never open (or mis-open) any record.
 */
export async function unlockVault(
  metadata: VaultMetadata,
  passphrase: string,
  options: KdfOptions = {},
): Promise<VaultKey> {
  const minimum = options.minIterations ?? PBKDF2_ITERATIONS;
  if (metadata.kdf.iterations < minimum) throw new WeakVaultError(metadata.kdf.iterations);
  const key = new VaultKey(await deriveKey(passphrase, metadata.kdf));
  try {
    const check = await key.open(
      { iv: fromBase64(metadata.check.iv), data: fromBase64(metadata.check.data).buffer },
      CHECK_CONTEXT,
    );
    if (check !== CHECK_TEXT) throw new TamperedRecordError();
  } catch {
    key.forget();
    throw new WrongPassphraseError();
  }
  return key;
}

/** The authenticated context of a stored record: binds its ciphertext to its id, kind and owner. */
export function recordContext(record: { id: string; kind: string; owner: string }): string {
  return `profproba:sealed:${record.kind}:${record.owner}:${record.id}`;
}
