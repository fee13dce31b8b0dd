import { attemptRepository } from '../storage/attempts';
import type { AttemptRecord } from '../storage/records';
import { memoryAttemptsFor } from '../player/store';

/** The trainee's attempt headers, from IndexedDB and from this tab's memory (storage blocked). */
export async function attemptsOf(traineeId: string, storageAvailable: boolean): Promise<AttemptRecord[]> {
  const stored = storageAvailable ? await attemptRepository.listForTrainee(traineeId) : [];
  return [...stored, ...memoryAttemptsFor(traineeId)];
}

/** Who plays when no trainee profile can be kept (storage blocked): attempts live in memory. */
export const GUEST_TRAINEE_ID = 'guest';
