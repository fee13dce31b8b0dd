import { recordContext, vaultMetadataSchema, type VaultKey, type VaultMetadata } from '../counsellor/vault';
import { db } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { SealedRecord } from './records';

/**
 * The counsellor's storage door. Every value is sealed with the unlocked vault key before it is
 * written; in clear are only the kind, a random record id, the owner's random id and the update time.
 * Names, contacts, notes, answers and scores never reach IndexedDB unencrypted.
 */

/**
 * What a sealed record holds. New kinds may be added; the ones phase 2 is expected to use are listed.
 * 'key' is the assessment drop box's private key; 'attempt' records are sealed with the drop box's
 * public key, not the vault key (see src/storage/assessment.ts), so they are read there, not here.
 */
export type SealedKind =
  'candidate' | 'consent' | 'battery' | 'session' | 'attempt' | 'result' | 'comment' | 'rating' | 'key';

/** Kinds sealed with the drop-box public key: they open with its private key, not the vault key. */
export const PUBLIC_SEALED_KINDS: readonly string[] = ['attempt'];

/** Owner of records that belong to no candidate (e.g. a battery definition). */
export const VAULT_OWNER = 'vault';
const METADATA_KEY = 'metadata';

/** A record after opening: the clear fields plus the decrypted value, checked by the caller's parser. */
export interface OpenedRecord<T> {
  id: string;
  kind: string;
  owner: string;
  updatedAt: number;
  value: T;
}

export type Parser<T> = (value: unknown) => T;

function isSealedRecord(value: unknown): value is SealedRecord {
  const v = value as SealedRecord;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.kind === 'string' &&
    typeof v.owner === 'string' &&
    v.iv instanceof Uint8Array &&
    v.data instanceof ArrayBuffer
  );
}

async function openRecord<T>(
  vault: VaultKey,
  record: SealedRecord,
  parse: Parser<T>,
): Promise<OpenedRecord<T>> {
  const value = parse(await vault.open(record, recordContext(record)));
  return { id: record.id, kind: record.kind, owner: record.owner, updatedAt: record.updatedAt, value };
}

/**
 * Reads and writes sealed records with an unlocked vault key. Reads throw TamperedRecordError when a
 * record fails its integrity check and whatever `parse` throws when its content has the wrong shape:
 * a damaged record is reported, never silently skipped or shown half-read.
 */
export function sealedRepository(vault: VaultKey) {
  return {
    /** Seals and stores a value; pass `id` to overwrite an existing record of the same kind and owner. */
    async put(kind: SealedKind, owner: string, value: unknown, id: string = newId()): Promise<string> {
      const sealed = await vault.seal(value, recordContext({ id, kind, owner }));
      const record: SealedRecord = {
        id,
        kind,
        owner,
        iv: sealed.iv,
        data: sealed.data,
        updatedAt: Date.now(),
      };
      try {
        await db().sealed.put(record);
      } catch (error) {
        throw toStorageError(error);
      }
      return id;
    },

    async get<T>(id: string, parse: Parser<T>): Promise<OpenedRecord<T> | undefined> {
      const record = await db().sealed.get(id);
      return isSealedRecord(record) ? openRecord(vault, record, parse) : undefined;
    },

    async listByKind<T>(kind: SealedKind, parse: Parser<T>): Promise<OpenedRecord<T>[]> {
      const records = await db().sealed.where('kind').equals(kind).toArray();
      return Promise.all(records.filter(isSealedRecord).map((record) => openRecord(vault, record, parse)));
    },

    async listByOwner<T>(owner: string, kind: SealedKind, parse: Parser<T>): Promise<OpenedRecord<T>[]> {
      const records = await db().sealed.where('owner').equals(owner).toArray();
      return Promise.all(
        records
          .filter((record) => isSealedRecord(record) && record.kind === kind)
          .map((record) => openRecord(vault, record, parse)),
      );
    },

    async remove(id: string): Promise<void> {
      await db().sealed.delete(id);
    },

    /** Erasure on request: every record the owner has, of every kind, in one transaction. */
    async removeOwner(owner: string): Promise<number> {
      try {
        return await db().transaction('rw', db().sealed, () =>
          db().sealed.where('owner').equals(owner).delete(),
        );
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
export type SealedRepository = ReturnType<typeof sealedRepository>;

/** The vault's clear metadata (salt, KDF parameters, key check), or undefined when none is set up. */
export async function loadVaultMetadata(): Promise<VaultMetadata | undefined> {
  const row = await db().vault.get(METADATA_KEY);
  if (!row) return undefined;
  const parsed = vaultMetadataSchema.safeParse(row.value);
  // Damaged metadata cannot be repaired (the salt is gone); say so rather than offer a fresh setup
  // that would orphan every sealed record.
  if (!parsed.success) throw new Error('The counsellor vault metadata is damaged', { cause: parsed.error });
  return parsed.data;
}

/** Stores a new vault's metadata; refuses when one exists, so setup can never orphan sealed data. */
export async function saveNewVaultMetadata(metadata: VaultMetadata): Promise<void> {
  try {
    await db().transaction('rw', db().vault, db().sealed, async () => {
      if ((await db().vault.get(METADATA_KEY)) || (await db().sealed.count()) > 0) {
        throw new Error('A counsellor vault already exists on this device');
      }
      await db().vault.put({ key: METADATA_KEY, value: metadata });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every sealed record as stored, for an encrypted backup. */
export async function allSealedRecords(): Promise<SealedRecord[]> {
  return (await db().sealed.toArray()).filter(isSealedRecord);
}

/** Replaces the whole vault (metadata and records) with a verified backup, in one transaction. */
export async function replaceVault(metadata: VaultMetadata, records: readonly SealedRecord[]): Promise<void> {
  try {
    await db().transaction('rw', db().vault, db().sealed, async () => {
      await db().sealed.clear();
      await db().vault.clear();
      await db().vault.put({ key: METADATA_KEY, value: metadata });
      await db().sealed.bulkAdd([...records]);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
