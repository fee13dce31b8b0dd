import { z } from 'zod';
import type { SealedRecord } from '../storage/records';
import { PUBLIC_SEALED_KINDS } from '../storage/sealed';
import { fromBase64, toBase64 } from './bytes';
import {
  recordContext,
  unlockVault,
  vaultMetadataSchema,
  type KdfOptions,
  type VaultKey,
  type VaultMetadata,
} from './vault';

/**
 * The encrypted backup file. It carries the KDF parameters and salt (needed to derive the key again)
 * and every sealed record as it is stored; in clear are only the record kinds, random ids, owner ids
 * and update times. Restoring it needs the passphrase that was in force when it was exported.
 */
export const BACKUP_FORMAT = 'profproba-counsellor-backup';

const recordSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.string().min(1).max(40),
  owner: z.string().min(1).max(100),
  iv: z.base64(),
  data: z.base64(),
  updatedAt: z.number(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  vault: vaultMetadataSchema,
  records: z.array(recordSchema),
});
export type CounsellorBackup = z.infer<typeof backupSchema>;

export class BackupFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupFormatError';
  }
}

export function buildBackup(
  metadata: VaultMetadata,
  records: readonly SealedRecord[],
  now = Date.now(),
): CounsellorBackup {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now,
    vault: metadata,
    records: records.map((record) => ({
      id: record.id,
      kind: record.kind,
      owner: record.owner,
      iv: toBase64(record.iv),
      data: toBase64(new Uint8Array(record.data)),
      updatedAt: record.updatedAt,
    })),
  };
}

export function backupFileName(now = new Date()): string {
  return `profproba-counsellor-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads a backup file's text; anything that is not exactly a backup of this format is refused. */
export function parseBackup(text: string): CounsellorBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupFormatError('The file is not JSON', { cause: error });
  }
  const result = backupSchema.safeParse(json);
  if (!result.success)
    throw new BackupFormatError('The file is not a Profproba counsellor backup', { cause: result.error });
  const ids = new Set(result.data.records.map((record) => record.id));
  if (ids.size !== result.data.records.length) throw new BackupFormatError('The backup repeats a record id');
  return result.data;
}

/**
 * Proves the passphrase on the backup's own key check, then opens every record with it, so a backup
 * that was altered anywhere is refused as a whole before anything on this device is replaced.
 * Throws WrongPassphraseError or TamperedRecordError; returns the key and the records to store.
 */
export async function verifyBackup(
  backup: CounsellorBackup,
  passphrase: string,
  options: KdfOptions = {},
): Promise<{ key: VaultKey; metadata: VaultMetadata; records: SealedRecord[] }> {
  const key = await unlockVault(backup.vault, passphrase, options);
  const records: SealedRecord[] = backup.records.map((record) => ({
    id: record.id,
    kind: record.kind,
    owner: record.owner,
    iv: fromBase64(record.iv),
    data: fromBase64(record.data).buffer,
    updatedAt: record.updatedAt,
  }));
  try {
    // Attempts are sealed with the assessment drop box's public key; they open with its private key
    // (itself a vault-sealed record checked here), so their integrity is checked when they are read.
    for (const record of records)
      if (!PUBLIC_SEALED_KINDS.includes(record.kind)) await key.open(record, recordContext(record));
  } catch (error) {
    key.forget();
    throw error;
  }
  return { key, metadata: backup.vault, records };
}
