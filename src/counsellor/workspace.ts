import { z } from 'zod';
import { fixedTimePolicy } from '../player/timing';
import {
  clearSessionState,
  ensureDropboxKeys,
  loadDropboxPrivateKey,
  loadSessionState,
  newSessionId,
  openAllSealedAttempts,
  openSealedAttempts,
  saveSessionState,
  type SealedAttempt,
} from '../storage/assessment';
import { sealedRepository, VAULT_OWNER } from '../storage/sealed';
import { batterySchema, timeScaleOfPolicy, type Battery, type BatteryData } from './battery';
import { canBeAssessed, type Candidate } from './candidate';
import { openWritten } from './protect';
import type { VaultKey } from './vault';

/**
 * The counsellor's assessment records, all sealed with the vault key: batteries (owner VAULT_OWNER),
 * and per candidate their sessions, ratings of written answers and comments (owner = candidate id,
 * so erasing a candidate erases them). Sealed attempts are read with the drop-box private key.
 */

export const sessionRecordSchema = z.object({
  sessionId: z.string(),
  batteryId: z.string(),
  batteryName: z.string(),
  scenarios: z.array(z.string()),
  language: z.enum(['ru', 'en']),
  timePolicy: batterySchema.shape.timePolicy,
  startedAt: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const ratingSchema = z.object({
  attemptId: z.string(),
  stepId: z.string(),
  points: z.record(z.string(), z.number().int().min(0).max(10)),
  ratedAt: z.number(),
});
export type RatingData = z.infer<typeof ratingSchema>;

export const MAX_COMMENT = 4000;
export const commentSchema = z.object({
  text: z.string().trim().min(1).max(MAX_COMMENT),
  sessionId: z.string().optional(),
  createdAt: z.number(),
});
export type CommentData = z.infer<typeof commentSchema>;

export function workspace(vault: VaultKey) {
  const sealed = sealedRepository(vault);
  const parseBattery = (value: unknown) => batterySchema.parse(value);
  const parseSession = (value: unknown) => sessionRecordSchema.parse(value);
  const parseRating = (value: unknown) => ratingSchema.parse(value);
  const parseComment = (value: unknown) => commentSchema.parse(value);
  let privateKey: Promise<CryptoKey> | undefined;
  const keyOf = (): Promise<CryptoKey> =>
    (privateKey ??= ensureDropboxKeys(vault).then(() => loadDropboxPrivateKey(vault)));

  return {
    async batteries(): Promise<Battery[]> {
      const records = await sealed.listByKind('battery', parseBattery);
      return records
        .map((r) => ({ id: r.id, updatedAt: r.updatedAt, ...r.value }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
    },
    async battery(id: string): Promise<Battery | undefined> {
      const record = await sealed.get(id, parseBattery);
      return record && record.kind === 'battery'
        ? { id: record.id, updatedAt: record.updatedAt, ...record.value }
        : undefined;
    },
    saveBattery(data: BatteryData, id?: string): Promise<string> {
      return sealed.put('battery', VAULT_OWNER, batterySchema.parse(data), id);
    },
    removeBattery(id: string): Promise<void> {
      return sealed.remove(id);
    },

    /**
     * Starts an assessment of `candidate` on this device: records the session (sealed), writes the
     * clear public state the candidate's tab runs on, and returns its id. The caller then locks the vault.
     */
    async startSession(candidate: Candidate, battery: Battery, now = Date.now()): Promise<string> {
      if (!canBeAssessed(candidate)) throw new Error('The candidate has no recorded consent');
      await keyOf();
      await clearSessionState();
      const sessionId = newSessionId();
      const record: SessionRecord = {
        sessionId,
        batteryId: battery.id,
        batteryName: battery.name,
        scenarios: [...battery.scenarios],
        language: battery.language,
        timePolicy: battery.timePolicy,
        startedAt: now,
      };
      await sealed.put('session', candidate.id, record, sessionId);
      await saveSessionState({
        sessionId,
        candidateId: candidate.id,
        scenarios: [...battery.scenarios],
        language: battery.language,
        timeScale: timeScaleOfPolicy(battery.timePolicy),
        showSummary: battery.showSummary,
        position: 0,
        startedAt: now,
      });
      return sessionId;
    },

    /** The session running on this device, if any (its candidate's id is in clear; the name is not). */
    activeSession: loadSessionState,
    endActiveSession: clearSessionState,

    async sessions(candidateId: string): Promise<SessionRecord[]> {
      const records = await sealed.listByOwner(candidateId, 'session', parseSession);
      return records.map((r) => r.value).sort((a, b) => a.startedAt - b.startedAt);
    },
    async allSessions(): Promise<{ owner: string; value: SessionRecord }[]> {
      return (await sealed.listByKind('session', parseSession)).map((r) => ({
        owner: r.owner,
        value: r.value,
      }));
    },

    /** The candidate's sealed attempts, opened, with their written answers opened too. */
    async attempts(candidateId: string): Promise<SealedAttempt[]> {
      const key = await keyOf();
      const opened = await openSealedAttempts(key, candidateId);
      return Promise.all(
        opened.map(async (a) => ({ ...a, log: await openWritten(key, a.attempt.id, a.log) })),
      );
    },
    /** Every candidate's sealed attempts (item statistics need no written text, so it stays sealed). */
    async allAttempts(): Promise<{ owner: string; value: SealedAttempt }[]> {
      return openAllSealedAttempts(await keyOf());
    },

    async ratings(candidateId: string): Promise<{ id: string; value: RatingData }[]> {
      return (await sealed.listByOwner(candidateId, 'rating', parseRating)).map((r) => ({
        id: r.id,
        value: r.value,
      }));
    },
    /** One rating per (attempt, step): a new rating replaces the previous one. */
    async rate(candidateId: string, rating: RatingData): Promise<void> {
      const existing = (await this.ratings(candidateId)).find(
        (r) => r.value.attemptId === rating.attemptId && r.value.stepId === rating.stepId,
      );
      await sealed.put('rating', candidateId, ratingSchema.parse(rating), existing?.id);
    },

    async comments(candidateId: string): Promise<{ id: string; value: CommentData }[]> {
      return (await sealed.listByOwner(candidateId, 'comment', parseComment))
        .map((r) => ({ id: r.id, value: r.value }))
        .sort((a, b) => a.value.createdAt - b.value.createdAt);
    },
    async addComment(candidateId: string, comment: CommentData): Promise<void> {
      await sealed.put('comment', candidateId, commentSchema.parse(comment));
    },
    removeComment(id: string): Promise<void> {
      return sealed.remove(id);
    },
  };
}
export type Workspace = ReturnType<typeof workspace>;

/** The player settings of a session attempt: the battery's time policy, fixed. */
export function sessionSettings(timeScale: number | null): Record<string, unknown> {
  return { timePolicy: fixedTimePolicy(timeScale) };
}
