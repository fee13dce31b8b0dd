/**
 * Shapes of the records kept in IndexedDB. Everything read back is treated as untrusted and
 * checked by the repository that reads it (see repair helpers in each repository).
 */

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A trainee profile on this device: a display name only. */
export interface TraineeRecord {
  id: string;
  name: string;
  createdAt: number;
}

export type AttemptStatus = 'active' | 'completed' | 'abandoned';
export type AttemptMode = 'practice' | 'assessment';

/** One accepted user action, in order. The log is the truth; snapshots are a cache. */
export interface AttemptEventRecord {
  seq: number;
  at: number;
  event: Record<string, unknown>;
}

/**
 * The header of an attempt: small, so lists and the progress page load thousands quickly.
 * The event log and the snapshot live in `attemptLogs` under the same id.
 */
export interface AttemptRecord {
  id: string;
  traineeId: string;
  scenarioId: string;
  scenarioVersion: number;
  /** Content hash of the exact scenario document the attempt runs on; the document is in scenarioCopies. */
  scenarioHash: string;
  /** The scenario's title at start, for lists that should not load the whole document. */
  scenarioTitle: { ru?: string; en?: string };
  mode: AttemptMode;
  status: AttemptStatus;
  language: 'ru' | 'en';
  startedAt: number;
  updatedAt: number;
  /** Number of events in the log: the optimistic-concurrency token for the next append. */
  eventCount: number;
  /** Summary written when the attempt ends, so lists and progress pages need not rescore. */
  result?: unknown;
  /** Set when the attempt belongs to a counsellor's assessment session. */
  sessionId?: string;
  /** Player settings fixed for this attempt (time policy, etc.). */
  settings?: Record<string, unknown>;
}

/** The attempt's ordered event log (the truth) and the actor's persisted snapshot (a cache). */
export interface AttemptLogRecord {
  attemptId: string;
  events: AttemptEventRecord[];
  snapshot: unknown;
}

/** A scenario document kept by content hash, so attempts never depend on a file that may change. */
export interface ScenarioCopyRecord {
  hash: string;
  scenarioId: string;
  version: number;
  document: unknown;
  savedAt: number;
}

export type CustomScenarioStatus = 'draft' | 'published';

/** A trainer's scenario in the studio. */
export interface CustomScenarioRecord {
  id: string;
  status: CustomScenarioStatus;
  document: unknown;
  updatedAt: number;
  createdAt: number;
  deletedAt?: number;
  publishedHash?: string;
}

/** One saved version of a custom scenario (key = `${scenarioId}@${version}`). */
export interface ScenarioVersionRecord {
  key: string;
  scenarioId: string;
  version: number;
  document: unknown;
  savedAt: number;
  note?: string;
}

/** Counsellor vault metadata (salt, KDF parameters, key check); never a key or a passphrase. */
export interface VaultRecord {
  key: string;
  value: unknown;
}

/** An encrypted record of the counsellor area: only the kind and an opaque owner id are in clear. */
export interface SealedRecord {
  id: string;
  kind: string;
  owner: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  updatedAt: number;
}
