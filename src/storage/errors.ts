/** Why a write failed, in terms the UI can explain to a person. */
export type StorageFailure = 'quota' | 'unavailable' | 'conflict' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** Dexie may wrap QuotaExceededError inside an AbortError; look through the chain. */
export function classifyStorageError(error: unknown): StorageFailure {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = errorName(current);
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'ConflictError') return 'conflict';
    if (
      name === 'MissingAPIError' ||
      name === 'InvalidStateError' ||
      name === 'SecurityError' ||
      name === 'DatabaseClosedError' ||
      name === 'OpenFailedError'
    )
      return 'unavailable';
    const next =
      (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return 'unknown';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const failure = classifyStorageError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(failure, message, { cause: error });
}
