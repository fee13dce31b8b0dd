/**
 * Where the player keeps attempts: IndexedDB through the attempts repository, or — when the
 * browser refuses storage — a map in this tab's memory with the same contract (optimistic
 * concurrency included), so the player code is one and the same.
 */
import {
  appendedRecord,
  attemptRepository,
  newAttemptRecord,
  type AppendInput,
  type LoadedAttempt,
  type StartAttemptInput,
} from '../storage/attempts';
import type { AttemptRecord, AttemptStatus } from '../storage/records';

export interface AttemptStore {
  /** False for the in-memory store: progress ends with the tab. */
  readonly persistent: boolean;
  start(input: StartAttemptInput): Promise<AttemptRecord>;
  append(input: AppendInput): Promise<AttemptRecord>;
  load(attemptId: string): Promise<LoadedAttempt | undefined>;
  setStatus(attemptId: string, status: AttemptStatus): Promise<void>;
}

export const indexedDbStore: AttemptStore = {
  persistent: true,
  start: (input) => attemptRepository.start(input),
  append: (input) => attemptRepository.append(input),
  load: (attemptId) => attemptRepository.load(attemptId),
  setStatus: (attemptId, status) => attemptRepository.setStatus(attemptId, status),
};

const memory = new Map<string, LoadedAttempt>();

const clone = <T>(value: T): T => structuredClone(value);

export const memoryStore: AttemptStore = {
  persistent: false,
  async start(input) {
    const attempt = newAttemptRecord(input);
    memory.set(attempt.id, {
      attempt,
      log: { attemptId: attempt.id, events: [], snapshot: clone(input.snapshot) },
      document: input.document,
    });
    return clone(attempt);
  },
  async append(input) {
    const found = memory.get(input.attemptId);
    if (!found) throw new Error(`No attempt ${input.attemptId}`);
    const { attempt, log } = found;
    const updated = appendedRecord(attempt, clone(input));
    memory.set(input.attemptId, {
      attempt: updated,
      log: {
        ...log,
        events: [...log.events, { seq: input.expectedCount, at: input.at, event: clone(input.event) }],
        snapshot: clone(input.snapshot),
      },
      document: found.document,
    });
    return clone(updated);
  },
  async load(attemptId) {
    const found = memory.get(attemptId);
    return found ? clone(found) : undefined;
  },
  async setStatus(attemptId, status) {
    const found = memory.get(attemptId);
    if (found)
      memory.set(attemptId, { ...found, attempt: { ...found.attempt, status, updatedAt: Date.now() } });
  },
};

/** The store for new attempts. */
export function storeFor(storageAvailable: boolean): AttemptStore {
  return storageAvailable ? indexedDbStore : memoryStore;
}

/** The store that holds an existing attempt: this tab's memory first, then IndexedDB. */
export async function findAttempt(
  attemptId: string,
  storageAvailable: boolean,
): Promise<{ store: AttemptStore; loaded: LoadedAttempt } | undefined> {
  const inMemory = await memoryStore.load(attemptId);
  if (inMemory) return { store: memoryStore, loaded: inMemory };
  if (!storageAvailable) return undefined;
  const stored = await indexedDbStore.load(attemptId);
  return stored ? { store: indexedDbStore, loaded: stored } : undefined;
}

/** Attempts of a trainee kept in this tab's memory (when storage is blocked). */
export function memoryAttemptsFor(traineeId: string): AttemptRecord[] {
  return [...memory.values()].map((l) => l.attempt).filter((a) => a.traineeId === traineeId);
}
