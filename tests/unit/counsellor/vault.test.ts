import { describe, expect, it } from 'vitest';
import {
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
  TamperedRecordError,
  VaultLockedError,
  WeakVaultError,
  WrongPassphraseError,
  checkPassphrase,
  createVault,
  unlockVault,
} from '../../../src/counsellor/vault';
import { FAST, PASSPHRASE } from './fast';

describe('vault', () => {
  it('refuses passphrases shorter than the minimum, counting characters not bytes', async () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10);
    expect(checkPassphrase('короткая1')).toBe('tooShort');
    expect(checkPassphrase('длиннаяфра')).toBeUndefined();
    await expect(createVault('short', FAST)).rejects.toThrow();
  });

  it('derives with 600,000 PBKDF2-SHA-256 iterations unless a test asks otherwise', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const { metadata } = await createVault(PASSPHRASE);
    expect(metadata.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
  });

  it('opens with the right passphrase and refuses a wrong one', async () => {
    const { metadata, key } = await createVault(PASSPHRASE, FAST);
    const sealed = await key.seal({ name: 'Анна' }, 'ctx');
    const again = await unlockVault(metadata, PASSPHRASE, FAST);
    expect(await again.open(sealed, 'ctx')).toEqual({ name: 'Анна' });
    await expect(unlockVault(metadata, 'неправильная фраза', FAST)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('round-trips values and uses a fresh IV every time', async () => {
    const { key } = await createVault(PASSPHRASE, FAST);
    const value = { name: 'Иван', scores: [1, 2, 3], nested: { ok: true } };
    const one = await key.seal(value);
    const two = await key.seal(value);
    expect(one.iv).toHaveLength(12);
    expect(Buffer.from(one.iv).equals(Buffer.from(two.iv))).toBe(false);
    expect(Buffer.from(one.data).equals(Buffer.from(two.data))).toBe(false);
    expect(await key.open(one)).toEqual(value);
    expect(await key.open(two)).toEqual(value);
  });

  it('detects a tampered ciphertext, a changed IV and a record moved to another context', async () => {
    const { key } = await createVault(PASSPHRASE, FAST);
    const sealed = await key.seal('секрет', 'candidate:A');
    const flipped = new Uint8Array(sealed.data.slice(0));
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    await expect(key.open({ iv: sealed.iv, data: flipped.buffer }, 'candidate:A')).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
    const iv = new Uint8Array(sealed.iv);
    iv[0] = (iv[0] ?? 0) ^ 1;
    await expect(key.open({ iv, data: sealed.data }, 'candidate:A')).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
    await expect(key.open(sealed, 'candidate:B')).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('a key from another vault cannot open records', async () => {
    const first = await createVault(PASSPHRASE, FAST);
    const second = await createVault(PASSPHRASE, FAST);
    const sealed = await first.key.seal('x');
    await expect(second.key.open(sealed)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('a forgotten key opens nothing', async () => {
    const { key } = await createVault(PASSPHRASE, FAST);
    const sealed = await key.seal('x');
    key.forget();
    expect(key.usable).toBe(false);
    await expect(key.open(sealed)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(key.seal('y')).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('refuses metadata that asks for fewer iterations than required', async () => {
    const { metadata } = await createVault(PASSPHRASE, FAST);
    await expect(unlockVault(metadata, PASSPHRASE)).rejects.toBeInstanceOf(WeakVaultError);
  });

  it('pads plaintexts so short names share a ciphertext length', async () => {
    const { key } = await createVault(PASSPHRASE, FAST);
    const a = await key.seal({ name: 'Ян' });
    const b = await key.seal({ name: 'Мария' });
    expect(a.data.byteLength).toBe(b.data.byteLength);
  });
});
