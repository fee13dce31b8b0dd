import { beforeEach, describe, expect, it } from 'vitest';
import { createVault, TamperedRecordError, type VaultKey } from '../../../src/counsellor/vault';
import { candidateRepository } from '../../../src/storage/candidates';
import { ProfprobaDB, db, useDatabase } from '../../../src/storage/db';
import { loadVaultMetadata, saveNewVaultMetadata, sealedRepository } from '../../../src/storage/sealed';
import { FAST, PASSPHRASE } from './fast';

let counter = 0;
let key: VaultKey;

beforeEach(async () => {
  useDatabase(new ProfprobaDB(`sealed-test-${++counter}`));
  const vault = await createVault(PASSPHRASE, FAST);
  await saveNewVaultMetadata(vault.metadata);
  key = vault.key;
});

const input = (name: string) => ({
  name,
  contact: 'anna@example.org',
  note: 'Заметка о кандидате',
  consentDate: '2025-03-01',
  consentPurpose: 'Профессиональная проба',
});

const anyValue = (value: unknown) => value;

describe('sealed records', () => {
  it('stores candidates with consent and reads them back', async () => {
    const candidates = candidateRepository(key);
    const id = await candidates.create(input('  Анна   Петрова '));
    const anna = await candidates.get(id);
    expect(anna).toMatchObject({ id, name: 'Анна Петрова', contact: 'anna@example.org' });
    expect(anna?.consent).toMatchObject({ date: '2025-03-01', purpose: 'Профессиональная проба' });
    await candidates.update(id, { ...input('Анна Иванова'), consentPurpose: 'Оценка' });
    expect((await candidates.list()).map((c) => [c.name, c.consent?.purpose])).toEqual([
      ['Анна Иванова', 'Оценка'],
    ]);
    expect(await db().sealed.where('owner').equals(id).count()).toBe(2);
  });

  it('keeps nothing personal in clear', async () => {
    await candidateRepository(key).create(input('Секретное Имя'));
    const raw = JSON.stringify(
      (await db().sealed.toArray()).map((r) => ({ ...r, data: Buffer.from(r.data).toString('latin1') })),
    );
    const meta = JSON.stringify(await db().vault.toArray());
    for (const text of ['Секретное', 'anna@example.org', 'Заметка', 'Профессиональная']) {
      expect(raw).not.toContain(text);
      expect(meta).not.toContain(text);
      expect(
        Buffer.concat((await db().sealed.toArray()).map((r) => Buffer.from(r.data))).includes(
          Buffer.from(text),
        ),
      ).toBe(false);
    }
  });

  it('deleting a candidate removes every record they own and nobody else’s', async () => {
    const candidates = candidateRepository(key);
    const sealed = sealedRepository(key);
    const anna = await candidates.create(input('Анна'));
    const boris = await candidates.create(input('Борис'));
    for (const kind of ['session', 'result', 'comment', 'rating'] as const) {
      await sealed.put(kind, anna, { kind });
      await sealed.put(kind, boris, { kind });
    }
    expect(await db().sealed.where('owner').equals(anna).count()).toBe(6);
    expect(await candidates.remove(anna)).toBe(6);
    expect(await db().sealed.where('owner').equals(anna).count()).toBe(0);
    expect(await candidates.get(anna)).toBeUndefined();
    expect((await candidates.list()).map((c) => c.name)).toEqual(['Борис']);
    expect(await sealed.listByOwner(boris, 'result', anyValue)).toHaveLength(1);
  });

  it('refuses a record whose ciphertext was moved to another owner', async () => {
    const candidates = candidateRepository(key);
    const sealed = sealedRepository(key);
    const anna = await candidates.create(input('Анна'));
    const boris = await candidates.create(input('Борис'));
    const resultId = await sealed.put('result', anna, { score: 90 });
    const stolen = await db().sealed.get(resultId);
    if (!stolen) throw new Error('missing');
    await db().sealed.put({ ...stolen, id: 'moved', owner: boris });
    await expect(sealed.get('moved', anyValue)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('refuses to set up a second vault over an existing one', async () => {
    const other = await createVault(PASSPHRASE, FAST);
    await expect(saveNewVaultMetadata(other.metadata)).rejects.toThrow();
    expect((await loadVaultMetadata())?.kdf.salt).not.toBe(other.metadata.kdf.salt);
  });
});
