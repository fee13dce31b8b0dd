/**
 * Runs in a real browser (served by Vite, see run.ts): seeds the app's own IndexedDB through the
 * app's Dexie schema and times the progress page's data load with the app's own code.
 */
import { db } from '../../src/storage/db';
import type { AttemptRecord } from '../../src/storage/records';
import { loadProgress } from '../../src/progress/progress';
import { progressStore } from '../../src/storage/progressCache';

async function seed(headers: AttemptRecord[]): Promise<number> {
  await db().attempts.clear();
  await db().settings.clear();
  await db().attempts.bulkPut(headers);
  return db().attempts.count();
}

async function dropCache(): Promise<void> {
  await db().settings.clear();
}

async function add(header: AttemptRecord): Promise<void> {
  await db().attempts.put(header);
}

async function time(traineeId: string): Promise<{ ms: number; rows: number }> {
  const begin = performance.now();
  const data = await loadProgress(traineeId, progressStore);
  return { ms: performance.now() - begin, rows: data.rows.length };
}

(window as unknown as { bench: unknown }).bench = { seed, dropCache, add, time };
document.body.dataset['ready'] = 'true';
