import { db } from './db';
import { toStorageError } from './errors';

/** Small key-value settings (language, timer preference, active trainee). */
export const settingsRepository = {
  async get<T>(key: string, check: (value: unknown) => value is T): Promise<T | undefined> {
    const record = await db().settings.get(key);
    return record && check(record.value) ? record.value : undefined;
  },

  async set(key: string, value: unknown): Promise<void> {
    try {
      await db().settings.put({ key, value });
    } catch (error) {
      throw toStorageError(error);
    }
  },
};
