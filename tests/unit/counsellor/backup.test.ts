import { beforeEach, describe, expect, it } from 'vitest';
import { BackupFormatError, buildBackup, parseBackup, verifyBackup } from '../../../src/counsellor/backup';
import {
  createVault,
  TamperedRecordError,
  WrongPassphraseError,
  type VaultKey,
} from '../../../src/counsellor/vault';
import { candidateRepository } from '../../../src/storage/candidates';
import { ProfprobaDB, useDatabase } from '../../../src/storage/db';
import {
  allSealedRecords,
  loadVaultMetadata,
  replaceVault,
  saveNewVaultMetadata,
  sealedRepository,
} from '../../../src/storage/sealed';
import { FAST, PASSPHRASE } from './fast';

let counter = 0;
let key: VaultKey;

beforeEach(async () => {
  useDatabase(new ProfprobaDB(`backup-test-${++counter}`));
  const vault = await createVault(PASSPHRASE, FAST);
  await saveNewVaultMetadata(vault.metadata);
  key = vault.key;
});

async function exportText(): Promise<string> {
  const metadata = await loadVaultMetadata();
  if (!metadata) throw new Error('no vault');
  return JSON.stringify(buildBackup(metadata, await allSealedRecords()));
}

const input = {
  name: 'Мария Кузнецова',
  contact: '+7 900 000-00-00',
  note: 'Пришла по направлению',
  consentDate: '2025-02-10',
  consentPurpose: 'Оценка',
};

describe('encrypted backup', () => {
  it('round-trips into a fresh database and opens with the same passphrase', async () => {
    const id = await candidateRepository(key).create(input);
    await sealedRepository(key).put('result', id, { score: 77 });
    const text = await exportText();
    for (const secret of ['Мария', '+7 900', 'Пришла', '"score"']) expect(text).not.toContain(secret);

    useDatabase(new ProfprobaDB(`backup-restore-${counter}`));
    const restored = await verifyBackup(parseBackup(text), PASSPHRASE, FAST);
    await replaceVault(restored.metadata, restored.records);
    const candidates = await candidateRepository(restored.key).list();
    expect(candidates.map((c) => [c.name, c.contact, c.note])).toEqual([
      [input.name, input.contact, input.note],
    ]);
    expect((await sealedRepository(restored.key).listByOwner(id, 'result', (v) => v))[0]?.value).toEqual({
      score: 77,
    });
  });

  it('needs the backup’s passphrase', async () => {
    await candidateRepository(key).create(input);
    const backup = parseBackup(await exportText());
    await expect(verifyBackup(backup, 'другая длинная фраза', FAST)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('refuses a backup with any altered record, as a whole', async () => {
    await candidateRepository(key).create(input);
    const backup = parseBackup(await exportText());
    const record = backup.records[1];
    if (!record) throw new Error('missing');
    const bytes = Buffer.from(record.data, 'base64');
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    record.data = bytes.toString('base64');
    await expect(verifyBackup(backup, PASSPHRASE, FAST)).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('refuses files that are not backups', () => {
    expect(() => parseBackup('not json')).toThrow(BackupFormatError);
    expect(() => parseBackup('{"format":"other"}')).toThrow(BackupFormatError);
  });
});
