import { db } from './db';
import { toStorageError } from './errors';
import { newId } from './ids';
import type { TraineeRecord } from './records';
import { progressCacheKey } from './progressCache';

const ACTIVE_KEY = 'activeTraineeId';
export const MAX_TRAINEE_NAME = 60;

function isTrainee(value: unknown): value is TraineeRecord {
  const v = value as TraineeRecord;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string';
}

export function normaliseTraineeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_TRAINEE_NAME);
}

/** Trainee profiles on this device and which one is active. */
export const traineeRepository = {
  async list(): Promise<TraineeRecord[]> {
    const all = await db().trainees.orderBy('createdAt').toArray();
    return all.filter(isTrainee);
  },

  async create(name: string): Promise<TraineeRecord> {
    const clean = normaliseTraineeName(name);
    if (!clean) throw new Error('empty name');
    const trainee: TraineeRecord = { id: newId(), name: clean, createdAt: Date.now() };
    try {
      await db().transaction('rw', db().trainees, db().settings, async () => {
        await db().trainees.add(trainee);
        await db().settings.put({ key: ACTIVE_KEY, value: trainee.id });
      });
    } catch (error) {
      throw toStorageError(error);
    }
    return trainee;
  },

  async rename(id: string, name: string): Promise<void> {
    const clean = normaliseTraineeName(name);
    if (!clean) throw new Error('empty name');
    await db().trainees.update(id, { name: clean });
  },

  /** Deletes the trainee with every attempt of theirs. */
  async remove(id: string): Promise<void> {
    try {
      await db().transaction(
        'rw',
        [db().trainees, db().attempts, db().attemptLogs, db().settings],
        async () => {
          const attemptIds = await db().attempts.where('traineeId').equals(id).primaryKeys();
          await db().attemptLogs.bulkDelete(attemptIds);
          await db().attempts.bulkDelete(attemptIds);
          await db().trainees.delete(id);
          await db().settings.delete(progressCacheKey(id));
          const active = await db().settings.get(ACTIVE_KEY);
          if (active?.value === id) await db().settings.delete(ACTIVE_KEY);
        },
      );
    } catch (error) {
      throw toStorageError(error);
    }
  },

  async getActive(): Promise<TraineeRecord | undefined> {
    const active = await db().settings.get(ACTIVE_KEY);
    if (typeof active?.value !== 'string') return undefined;
    const trainee = await db().trainees.get(active.value);
    return isTrainee(trainee) ? trainee : undefined;
  },

  async setActive(id: string): Promise<void> {
    await db().settings.put({ key: ACTIVE_KEY, value: id });
  },
};
