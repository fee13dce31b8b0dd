import { db } from './db';
import { StorageError, toStorageError } from './errors';
import { newId } from './ids';
import type {
  AttemptEventRecord,
  AttemptLogRecord,
  AttemptMode,
  AttemptRecord,
  AttemptStatus,
} from './records';

export interface StartAttemptInput {
  traineeId: string;
  scenarioId: string;
  scenarioVersion: number;
  scenarioHash: string;
  scenarioTitle: { ru?: string; en?: string };
  /** The exact document played; kept by hash so later edits never change this attempt. */
  document: unknown;
  mode: AttemptMode;
  language: 'ru' | 'en';
  snapshot: unknown;
  sessionId?: string;
  settings?: Record<string, unknown>;
  now?: number;
}

export interface AppendInput {
  attemptId: string;
  /** The event count the caller saw; if another tab appended meanwhile, the append is refused. */
  expectedCount: number;
  event: Record<string, unknown>;
  at: number;
  snapshot: unknown;
  status?: AttemptStatus;
  result?: unknown;
}

export interface LoadedAttempt {
  attempt: AttemptRecord;
  log: AttemptLogRecord;
  document: unknown;
}

/** Thrown when the log moved on since the caller read it (the same attempt open in two tabs). */
export class ConflictError extends StorageError {
  constructor(readonly actualCount: number) {
    super('conflict', `The attempt has ${actualCount} events already`);
    this.name = 'ConflictError';
  }
}

/** The header of a new attempt, before any event. Shared by every attempt store. */
export function newAttemptRecord(input: StartAttemptInput): AttemptRecord {
  const now = input.now ?? Date.now();
  return {
    id: newId(),
    traineeId: input.traineeId,
    scenarioId: input.scenarioId,
    scenarioVersion: input.scenarioVersion,
    scenarioHash: input.scenarioHash,
    scenarioTitle: input.scenarioTitle,
    mode: input.mode,
    status: 'active',
    language: input.language,
    startedAt: now,
    updatedAt: now,
    eventCount: 0,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    ...(input.settings ? { settings: input.settings } : {}),
  };
}

/**
 * The header after appending one event; throws ConflictError when the caller's view of the log
 * is stale or the attempt has ended. Shared by every attempt store.
 */
export function appendedRecord(attempt: AttemptRecord, input: AppendInput): AttemptRecord {
  if (attempt.eventCount !== input.expectedCount || attempt.status !== 'active') {
    throw new ConflictError(attempt.eventCount);
  }
  return {
    ...attempt,
    eventCount: input.expectedCount + 1,
    updatedAt: input.at,
    status: input.status ?? attempt.status,
    ...(input.result !== undefined ? { result: input.result } : {}),
  };
}

/**
 * Attempts: a small header, the event log with the snapshot, and the scenario copy by hash.
 * Every write that changes an attempt touches header and log in one transaction.
 */
export const attemptRepository = {
  async start(input: StartAttemptInput): Promise<AttemptRecord> {
    const attempt = newAttemptRecord(input);
    const now = attempt.startedAt;
    const database = db();
    try {
      await database.transaction(
        'rw',
        database.attempts,
        database.attemptLogs,
        database.scenarioCopies,
        async () => {
          const existing = await database.scenarioCopies.get(input.scenarioHash);
          if (!existing) {
            await database.scenarioCopies.add({
              hash: input.scenarioHash,
              scenarioId: input.scenarioId,
              version: input.scenarioVersion,
              document: input.document,
              savedAt: now,
            });
          }
          await database.attempts.add(attempt);
          await database.attemptLogs.add({ attemptId: attempt.id, events: [], snapshot: input.snapshot });
        },
      );
    } catch (error) {
      throw toStorageError(error);
    }
    return attempt;
  },

  /**
   * Appends one accepted event and the new snapshot atomically. Resolves only once the write
   * has committed, so the caller may then show the next step.
   */
  async append(input: AppendInput): Promise<AttemptRecord> {
    const database = db();
    try {
      return await database.transaction('rw', database.attempts, database.attemptLogs, async () => {
        // Both reads, then both writes, are sent together: each await here is a round trip to
        // the browser's storage process, and this write stands between a choice and the next step.
        const [attempt, log] = await Promise.all([
          database.attempts.get(input.attemptId),
          database.attemptLogs.get(input.attemptId),
        ]);
        if (!attempt || !log) throw new StorageError('unknown', `No attempt ${input.attemptId}`);
        if (log.events.length !== input.expectedCount) throw new ConflictError(attempt.eventCount);
        const updated = appendedRecord(attempt, input);
        const record: AttemptEventRecord = { seq: input.expectedCount, at: input.at, event: input.event };
        await Promise.all([
          database.attemptLogs.put({ ...log, events: [...log.events, record], snapshot: input.snapshot }),
          database.attempts.put(updated),
        ]);
        return updated;
      });
    } catch (error) {
      throw toStorageError(error);
    }
  },

  async load(attemptId: string): Promise<LoadedAttempt | undefined> {
    const database = db();
    return database.transaction(
      'r',
      database.attempts,
      database.attemptLogs,
      database.scenarioCopies,
      async () => {
        const attempt = await database.attempts.get(attemptId);
        if (!attempt) return undefined;
        const log = await database.attemptLogs.get(attemptId);
        const copy = await database.scenarioCopies.get(attempt.scenarioHash);
        if (!log || !copy) return undefined;
        return { attempt, log, document: copy.document };
      },
    );
  },

  async get(attemptId: string): Promise<AttemptRecord | undefined> {
    return db().attempts.get(attemptId);
  },

  /** Headers only, oldest first; fast even with thousands of attempts. */
  async listForTrainee(traineeId: string): Promise<AttemptRecord[]> {
    return db()
      .attempts.where('[traineeId+startedAt]')
      .between([traineeId, -Infinity], [traineeId, Infinity])
      .toArray();
  },

  async listForSession(sessionId: string): Promise<AttemptRecord[]> {
    return db().attempts.where('sessionId').equals(sessionId).toArray();
  },

  /** The trainee's unfinished attempt on a scenario, if any (newest first). */
  async findActive(
    traineeId: string,
    scenarioId: string,
    mode: AttemptMode,
  ): Promise<AttemptRecord | undefined> {
    const all = await db().attempts.where('[traineeId+scenarioId]').equals([traineeId, scenarioId]).toArray();
    return all
      .filter((a) => a.status === 'active' && a.mode === mode)
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  },

  async setStatus(attemptId: string, status: AttemptStatus, result?: unknown): Promise<void> {
    try {
      await db().attempts.update(attemptId, {
        status,
        updatedAt: Date.now(),
        ...(result !== undefined ? { result } : {}),
      });
    } catch (error) {
      throw toStorageError(error);
    }
  },

  async remove(attemptId: string): Promise<void> {
    const database = db();
    await database.transaction('rw', database.attempts, database.attemptLogs, async () => {
      await database.attemptLogs.delete(attemptId);
      await database.attempts.delete(attemptId);
    });
  },
};
