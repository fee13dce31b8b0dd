import { beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, verifyBackup } from '../../../src/counsellor/backup';
import { openWith, sealFor } from '../../../src/counsellor/dropbox';
import { openWritten, writtenSealer } from '../../../src/counsellor/protect';
import {
  createVault,
  recordContext,
  TamperedRecordError,
  type VaultKey,
} from '../../../src/counsellor/vault';
import { workspace } from '../../../src/counsellor/workspace';
import { saveSnapshot, compile, start } from '../../../src/domain/scenario';
import {
  ensureDropboxKeys,
  eraseCounsellorArea,
  loadDropboxPrivateKey,
  loadDropboxPublicKey,
  loadSessionState,
  openSealedAttempts,
  saveSessionState,
  sealFinishedAttempt,
} from '../../../src/storage/assessment';
import { attemptRepository } from '../../../src/storage/attempts';
import { candidateRepository } from '../../../src/storage/candidates';
import { ProfprobaDB, db, useDatabase } from '../../../src/storage/db';
import {
  allSealedRecords,
  loadVaultMetadata,
  saveNewVaultMetadata,
  sealedRepository,
} from '../../../src/storage/sealed';
import { FAST, PASSPHRASE } from '../counsellor/fast';
import { dialogue, option, scenario } from '../scoring/fixture';

let counter = 0;
let key: VaultKey;

beforeEach(async () => {
  useDatabase(new ProfprobaDB(`assessment-test-${++counter}`));
  const vault = await createVault(PASSPHRASE, FAST);
  await saveNewVaultMetadata(vault.metadata);
  key = vault.key;
});

const s = scenario('seal', [
  dialogue('a', [option('good', { 's.negotiation': 2 }), option('bad', { 's.negotiation': -1 })]),
]);

async function finishedAttempt(sessionId: string): Promise<string> {
  const compiled = compile(s);
  const attempt = await attemptRepository.start({
    traineeId: `assessment:${sessionId}`,
    scenarioId: s.id,
    scenarioVersion: 1,
    scenarioHash: compiled.hash,
    scenarioTitle: s.title,
    document: s,
    mode: 'assessment',
    language: 'ru',
    snapshot: saveSnapshot(compiled, start(compiled, { startedAt: 1 })),
    sessionId,
  });
  await attemptRepository.append({
    attemptId: attempt.id,
    expectedCount: 0,
    event: { type: 'user.choose', optionId: 'good', at: 2 },
    at: 2,
    snapshot: null,
    status: 'completed',
  });
  return attempt.id;
}

describe('sealing assessment attempts with the drop box', () => {
  it('encrypts with the public key and opens only with the private key from the unlocked vault', async () => {
    await ensureDropboxKeys(key);
    await ensureDropboxKeys(key); // idempotent: one key pair
    expect(await db().sealed.where('kind').equals('key').count()).toBe(1);
    const publicKey = await loadDropboxPublicKey();
    expect(publicKey).toBeDefined();
    const sealed = await sealFor(publicKey as CryptoKey, { score: 87 }, 'ctx');
    await expect(openWith(publicKey as CryptoKey, sealed, 'ctx')).rejects.toBeInstanceOf(TamperedRecordError);
    const privateKey = await loadDropboxPrivateKey(key);
    expect(await openWith(privateKey, sealed, 'ctx')).toEqual({ score: 87 });
    await expect(openWith(privateKey, sealed, 'other')).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('seals a finished attempt and deletes its clear copy; the vault key alone cannot read it', async () => {
    await ensureDropboxKeys(key);
    const candidate = await candidateRepository(key).create({
      name: 'Анна Смирнова',
      contact: '',
      note: '',
      consentDate: '2025-03-01',
      consentPurpose: 'Оценка',
    });
    const attemptId = await finishedAttempt('session-1');
    await sealFinishedAttempt((await loadDropboxPublicKey()) as CryptoKey, candidate, attemptId);
    expect(await db().attempts.count()).toBe(0);
    expect(await db().attemptLogs.count()).toBe(0);
    const record = await db().sealed.get(attemptId);
    expect(record).toMatchObject({ kind: 'attempt', owner: candidate });
    await expect(sealedRepository(key).get(attemptId, (v) => v)).rejects.toBeInstanceOf(TamperedRecordError);

    const opened = await openSealedAttempts(await loadDropboxPrivateKey(key), candidate);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.attempt).toMatchObject({ id: attemptId, sessionId: 'session-1', status: 'completed' });
    expect(opened[0]?.log.events).toHaveLength(1);

    // A ciphertext moved to another owner does not open (the context binds it).
    await db().sealed.put({ ...(record as NonNullable<typeof record>), owner: 'someone-else' });
    await expect(openSealedAttempts(await loadDropboxPrivateKey(key), 'someone-else')).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
  });

  it('a backup with sealed attempts verifies, and erasing the candidate removes them', async () => {
    const ws = workspace(key);
    await ensureDropboxKeys(key);
    const candidates = candidateRepository(key);
    const id = await candidates.create({
      name: 'Борис',
      contact: '',
      note: '',
      consentDate: '2025-03-01',
      consentPurpose: 'Оценка',
    });
    await ws.rate(id, { attemptId: 'x', stepId: 'w', points: { c1: 2 }, ratedAt: 1 });
    await ws.addComment(id, { text: 'Уверенно', createdAt: 1 });
    await sealFinishedAttempt(
      (await loadDropboxPublicKey()) as CryptoKey,
      id,
      await finishedAttempt('session-2'),
    );
    const backup = buildBackup((await loadVaultMetadata())!, await allSealedRecords());
    const verified = await verifyBackup(backup, PASSPHRASE, FAST);
    expect(verified.records.length).toBe(await db().sealed.count());
    await candidates.remove(id);
    expect(await db().sealed.where('owner').equals(id).count()).toBe(0);
  });

  it('seals written answers in the stored event and snapshot, and opens them after unlock', async () => {
    await ensureDropboxKeys(key);
    const protect = writtenSealer((await loadDropboxPublicKey()) as CryptoKey);
    const attempt = { id: 'att-1' } as Parameters<typeof protect>[0];
    const saved = {
      scenarioId: 's',
      version: 1,
      hash: 'h',
      snapshot: {
        context: { history: [{ stepId: 'w', at: 1, choice: { type: 'written', text: 'Уважаемый клиент' } }] },
      },
    };
    const stored = await protect(attempt, { type: 'user.submit', answer: 'Уважаемый клиент', at: 1 }, saved);
    const json = JSON.stringify(stored);
    expect(json).not.toContain('Уважаемый');
    expect(saved.snapshot.context.history[0]?.choice.text).toBe('Уважаемый клиент'); // memory keeps the text
    const opened = await openWritten(await loadDropboxPrivateKey(key), 'att-1', {
      events: [{ event: stored.event }],
      snapshot: stored.saved,
    });
    expect(opened.events[0]?.event).toMatchObject({ answer: 'Уважаемый клиент' });
    expect(JSON.stringify(opened.snapshot)).toContain('Уважаемый клиент');
    await expect(
      openWritten(await loadDropboxPrivateKey(key), 'another-attempt', {
        events: [{ event: stored.event }],
        snapshot: null,
      }),
    ).rejects.toBeInstanceOf(TamperedRecordError);
    expect(recordContext({ id: 'a', kind: 'attempt', owner: 'o' })).toContain('attempt');
  });

  it('erasing the counsellor area removes vault, sealed records and sessions, and keeps trainees', async () => {
    await ensureDropboxKeys(key);
    await candidateRepository(key).create({
      name: 'Анна',
      contact: '',
      note: '',
      consentDate: '2025-03-01',
      consentPurpose: 'Оценка',
    });
    const assessed = await finishedAttempt('session-2');
    await saveSessionState({
      sessionId: 'session-2',
      candidateId: 'c1',
      scenarios: ['seal'],
      language: 'ru',
      timeScale: 1,
      showSummary: false,
      position: 0,
      attemptId: assessed,
      startedAt: 1,
    });
    await db().trainees.put({ id: 't1', name: 'Тренирующийся', createdAt: 1 });
    const compiled = compile(s);
    const own = await attemptRepository.start({
      traineeId: 't1',
      scenarioId: s.id,
      scenarioVersion: 1,
      scenarioHash: compiled.hash,
      scenarioTitle: s.title,
      document: s,
      mode: 'practice',
      language: 'ru',
      snapshot: saveSnapshot(compiled, start(compiled, { startedAt: 1 })),
    });

    await eraseCounsellorArea();

    expect(await loadVaultMetadata()).toBeUndefined();
    expect(await loadDropboxPublicKey()).toBeUndefined();
    expect(await db().sealed.count()).toBe(0);
    expect(await db().vault.count()).toBe(0);
    expect(await loadSessionState()).toBeUndefined();
    expect(await db().attempts.get(assessed)).toBeUndefined();
    expect(await db().attemptLogs.get(assessed)).toBeUndefined();
    expect((await db().attempts.toArray()).map((a) => a.id)).toEqual([own.id]);
    expect(await db().attemptLogs.get(own.id)).toBeDefined();
    expect(await db().trainees.get('t1')).toMatchObject({ name: 'Тренирующийся' });
    // A new vault can be set up at once.
    const fresh = await createVault('новая фраза-пароль 9', FAST);
    await saveNewVaultMetadata(fresh.metadata);
    expect(await loadVaultMetadata()).toBeDefined();
  });
});
