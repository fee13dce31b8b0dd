import { openStorage, type StorageState } from '../storage/status';
import { toStorageError } from '../storage/errors';

/**
 * Whether the app can keep data, and the last failed write. Pages report write failures here so the
 * user is told in words, once, in one place.
 */
class StorageStatus {
  state = $state<StorageState | undefined>(undefined);
  lastFailure = $state<{ failure: string; reason: string } | undefined>(undefined);

  get available(): boolean {
    return this.state?.kind === 'ok';
  }

  async open(): Promise<void> {
    this.state = await openStorage();
  }

  reportWriteFailure(error: unknown): void {
    const storageError = toStorageError(error);
    this.lastFailure = { failure: storageError.failure, reason: storageError.message };
  }

  dismissFailure(): void {
    this.lastFailure = undefined;
  }
}

export const storageStatus = new StorageStatus();
