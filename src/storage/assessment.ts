import { z } from 'zod';
import {
  generateDropboxKeys,
  importPrivateKey,
  importPublicKey,
  openWith,
  publicPart,
  sealFor,
} from '../counsellor/dropbox';
import { recordContext, type VaultKey } from '../counsellor/vault';
import { db } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { AttemptLogRecord, AttemptRecord, SealedRecord } from './records';
import { sealedRepository, VAULT_OWNER } from './sealed';

/**
 * Storage of counsellor assessment sessions.
 *
 * - The drop-box public key sits in clear in the `vault` table (row `dropbox`); its private key is a
 *   vault-sealed record (kind 'key'). A candidate's tab, with the vault locked, can seal for the
 *   counsellor but open nothing.
 * - The running session's public state (battery order, position, current attempt id, language, time
 *   scale; no name, no battery name, no score) is a clear setting, so a reload resumes it.
 * - A finished scenario's attempt (header, log, scenario copy and hash) is sealed with the public key
 *   as kind 'attempt', owned by the candidate, and its clear copy is deleted in the same transaction.
 */

const DROPBOX_ROW = 'dropbox';
const SESSION_KEY = 'assessment.session';

const jwkSchema = z.looseObject({ kty: z.string(), crv: z.string().optional() });
const dropboxRowSchema = z.object({ publicJwk: jwkSchema });

/**
 * Makes sure the vault has a drop-box key pair and that its public half is in clear. Idempotent;
 * called after unlocking (a vault made before phase 2, or restored from a backup, gets one lazily).
 */
export async function ensureDropboxKeys(vault: VaultKey): Promise<void> {
  const sealed = sealedRepository(vault);
  const [existing] = await sealed.listByKind('key', (value) => jwkSchema.parse(value) as JsonWebKey);
  let publicJwk: JsonWebKey;
  if (existing) {
    publicJwk = publicPart(existing.value);
  } else {
    const pair = await generateDropboxKeys();
    await sealed.put('key', VAULT_OWNER, pair.privateJwk);
    publicJwk = pair.publicJwk;
  }
  const row = await db().vault.get(DROPBOX_ROW);
  const current = dropboxRowSchema.safeParse(row?.value);
  if (
    !current.success ||
    current.data.publicJwk['x'] !== publicJwk.x ||
    current.data.publicJwk['y'] !== publicJwk.y
  ) {
    await db().vault.put({ key: DROPBOX_ROW, value: { publicJwk } });
  }
}

/** The clear public key; undefined when no drop box has been set up. */
export async function loadDropboxPublicKey(): Promise<CryptoKey | undefined> {
  const row = await db().vault.get(DROPBOX_ROW);
  const parsed = dropboxRowSchema.safeParse(row?.value);
  return parsed.success ? importPublicKey(parsed.data.publicJwk as JsonWebKey) : undefined;
}

/** The private key, opened with the unlocked vault. */
export async function loadDropboxPrivateKey(vault: VaultKey): Promise<CryptoKey> {
  const [record] = await sealedRepository(vault).listByKind(
    'key',
    (value) => jwkSchema.parse(value) as JsonWebKey,
  );
  if (!record) throw new Error('The vault has no assessment key');
  return importPrivateKey(record.value);
}

/* ---------- The running session's clear state ---------- */

export const sessionStateSchema = z.object({
  sessionId: z.string().min(1),
  candidateId: z.string().min(1),
  /** Catalog keys, in the battery's order. */
  scenarios: z.array(z.string()).min(1),
  language: z.enum(['ru', 'en']),
  timeScale: z.number().positive().nullable(),
  showSummary: z.boolean(),
  /** Index of the scenario being played (= scenarios.length once all are done). */
  position: z.int().min(0),
  /** The clear attempt of the current scenario, once started. */
  attemptId: z.string().optional(),
  startedAt: z.number(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export async function loadSessionState(): Promise<SessionState | undefined> {
  const row = await db().settings.get(SESSION_KEY);
  const parsed = sessionStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveSessionState(state: SessionState): Promise<void> {
  try {
    await db().settings.put({ key: SESSION_KEY, value: sessionStateSchema.parse(state) });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Ends the session on this device: its clear state and any unfinished clear attempt go. */
export async function clearSessionState(): Promise<void> {
  const state = await loadSessionState();
  const database = db();
  await database.transaction('rw', database.settings, database.attempts, database.attemptLogs, async () => {
    if (state) {
      const ids = (await database.attempts
        .where('sessionId')
        .equals(state.sessionId)
        .primaryKeys()) as string[];
      await database.attemptLogs.bulkDelete(ids);
      await database.attempts.bulkDelete(ids);
    }
    await database.settings.delete(SESSION_KEY);
  });
}

/**
 * Erases the counsellor area, for a counsellor who lost the passphrase (nothing sealed can be
 * opened without it): the vault metadata, the drop-box key, every sealed record, the running
 * assessment session and the unfinished clear attempts of any session. Trainee profiles, their own
 * attempts and the studio's scenarios stay, which clearing the site's data would not spare.
 * One transaction: all of it goes, or nothing.
 */
export async function eraseCounsellorArea(): Promise<void> {
  const database = db();
  try {
    await database.transaction(
      'rw',
      [database.vault, database.sealed, database.settings, database.attempts, database.attemptLogs],
      async () => {
        // Only assessment attempts carry a session id, so only they are in this index.
        const ids = (await database.attempts.where('sessionId').notEqual('').primaryKeys()) as string[];
        await Promise.all([
          database.vault.clear(),
          database.sealed.clear(),
          database.settings.delete(SESSION_KEY),
          database.attemptLogs.bulkDelete(ids),
          database.attempts.bulkDelete(ids),
        ]);
      },
    );
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Clears the running session if it is this candidate's (erasure on request). */
export async function clearSessionStateOf(candidateId: string): Promise<void> {
  if ((await loadSessionState())?.candidateId === candidateId) await clearSessionState();
}

/* ---------- Sealed attempts ---------- */

/** What a sealed attempt holds: everything needed to replay and score it later. */
export const sealedAttemptSchema = z.object({
  attempt: z.looseObject({
    id: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string(),
    status: z.string(),
    startedAt: z.number(),
    eventCount: z.number(),
  }),
  log: z.looseObject({ attemptId: z.string(), events: z.array(z.unknown()) }),
  document: z.unknown(),
  scenarioHash: z.string(),
});
export interface SealedAttempt {
  attempt: AttemptRecord;
  log: AttemptLogRecord;
  document: unknown;
  scenarioHash: string;
}

/**
 * Seals the finished clear attempt for the counsellor and deletes the clear copy. Encryption cannot
 * run inside an IndexedDB transaction, so the attempt is read, sealed, then swapped in one
 * transaction that first checks nothing was appended meanwhile. Returns the sealed record id.
 */
export async function sealFinishedAttempt(
  publicKey: CryptoKey,
  candidateId: string,
  attemptId: string,
): Promise<string> {
  const database = db();
  const attempt = await database.attempts.get(attemptId);
  const log = await database.attemptLogs.get(attemptId);
  const copy = attempt ? await database.scenarioCopies.get(attempt.scenarioHash) : undefined;
  if (!attempt || !log || !copy) throw new Error(`No attempt ${attemptId} to seal`);
  const value: SealedAttempt = { attempt, log, document: copy.document, scenarioHash: copy.hash };
  // The attempt id is also the record id: sealing twice (a reload mid-swap) overwrites, never duplicates.
  const id = attempt.id;
  const kind = 'attempt';
  const sealed = await sealFor(publicKey, value, recordContext({ id, kind, owner: candidateId }));
  const record: SealedRecord = {
    id,
    kind,
    owner: candidateId,
    iv: sealed.iv,
    data: sealed.data,
    updatedAt: Date.now(),
  };
  try {
    await database.transaction('rw', database.attempts, database.attemptLogs, database.sealed, async () => {
      const now = await database.attempts.get(attemptId);
      if (!now || now.eventCount !== attempt.eventCount)
        throw new Error('The attempt changed while it was sealed');
      await database.sealed.put(record);
      await database.attemptLogs.delete(attemptId);
      await database.attempts.delete(attemptId);
    });
  } catch (error) {
    throw toStorageError(error);
  }
  return id;
}

/** Whether a sealed attempt with this id exists (a reload after the swap committed). */
export async function isSealed(attemptId: string): Promise<boolean> {
  return (await db().sealed.get(attemptId))?.kind === 'attempt';
}

/** The candidate's sealed attempts, opened with the drop-box private key (vault unlocked). */
export async function openSealedAttempts(privateKey: CryptoKey, owner: string): Promise<SealedAttempt[]> {
  const records = (await db().sealed.where('owner').equals(owner).toArray()).filter(
    (record) => record.kind === 'attempt',
  );
  const opened = await Promise.all(
    records.map(async (record) => {
      const value = sealedAttemptSchema.parse(await openWith(privateKey, record, recordContext(record)));
      return value as unknown as SealedAttempt;
    }),
  );
  return opened.sort((a, b) => a.attempt.startedAt - b.attempt.startedAt);
}

/** Every sealed attempt of every candidate, for item statistics across a battery. */
export async function openAllSealedAttempts(
  privateKey: CryptoKey,
): Promise<{ owner: string; value: SealedAttempt }[]> {
  const records = await db().sealed.where('kind').equals('attempt').toArray();
  return Promise.all(
    records.map(async (record) => ({
      owner: record.owner,
      value: sealedAttemptSchema.parse(
        await openWith(privateKey, record, recordContext(record)),
      ) as unknown as SealedAttempt,
    })),
  );
}

export { newId as newSessionId };
