import { db } from './db';
import { attemptRepository } from './attempts';
import { toStorageError } from './errors';
import type { AttemptRecord } from './records';

/**
 * Storage for the progress page: the trainee's attempt headers, read whole or only the newest,
 * and a derived cache of them in columns (src/progress/columns.ts) kept in the settings table
 * under one key per trainee. The cache holds nothing the attempts don't, and is dropped with the
 * trainee (traineeRepository.remove).
 */
const PREFIX = 'progress.columns:';

export function progressCacheKey(traineeId: string): string {
  return `${PREFIX}${traineeId}`;
}

export const progressStore = {
  list: (traineeId: string): Promise<AttemptRecord[]> => attemptRepository.listForTrainee(traineeId),

  count: (traineeId: string): Promise<number> =>
    db()
      .attempts.where('[traineeId+startedAt]')
      .between([traineeId, -Infinity], [traineeId, Infinity])
      .count(),

  since: (traineeId: string, startedAt: number): Promise<AttemptRecord[]> =>
    db()
      .attempts.where('[traineeId+startedAt]')
      .between([traineeId, startedAt], [traineeId, Infinity], true, true)
      .toArray(),

  get: (ids: readonly string[]): Promise<(AttemptRecord | undefined)[]> => db().attempts.bulkGet([...ids]),

  async readCache(traineeId: string): Promise<unknown> {
    return (await db().settings.get(progressCacheKey(traineeId)))?.value;
  },

  async writeCache(traineeId: string, value: unknown): Promise<void> {
    try {
      await db().settings.put({ key: progressCacheKey(traineeId), value });
    } catch (error) {
      throw toStorageError(error);
    }
  },
};
