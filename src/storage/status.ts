import { db } from './db';
import { classifyStorageError } from './errors';

export type StorageState = { kind: 'ok'; persistent: boolean } | { kind: 'unavailable'; reason: string };

/**
 * Opens the database and asks the browser to keep our data (navigator.storage.persist).
 * Never throws: an app without storage must still open and say what will not be kept.
 */
export async function openStorage(): Promise<StorageState> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return { kind: 'unavailable', reason: 'IndexedDB is not available' };
    }
    await db().open();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'unavailable', reason: `${classifyStorageError(error)} (${reason})` };
  }
  return { kind: 'ok', persistent: await requestPersistence() };
}

async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    // The answer is advisory; a browser that cannot say is treated as "not persistent".
    return false;
  }
}
