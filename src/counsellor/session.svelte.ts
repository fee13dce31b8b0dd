import { eraseCounsellorArea } from '../storage/assessment';
import { candidateRepository, type CandidateRepository } from '../storage/candidates';
import {
  allSealedRecords,
  loadVaultMetadata,
  replaceVault,
  saveNewVaultMetadata,
  sealedRepository,
  type SealedRepository,
} from '../storage/sealed';
import { buildBackup, verifyBackup, type CounsellorBackup } from './backup';
import { IdleTimer } from './idle';
import { VaultLockedError, createVault, unlockVault, type VaultKey } from './vault';

/**
 * Whether the counsellor area is open. The key lives only in this object's memory: a reload, a lock
 * or the inactivity timer drops it, and nothing else in the app keeps a copy. Pages never read the
 * key directly; they take repositories from here while unlocked (see CounsellorGate).
 *
 * - 'loading': reading the vault metadata
 * - 'absent': no vault on this device yet (first use: setup, or restore from a backup)
 * - 'locked' / 'unlocked'
 * - 'damaged': metadata exists but cannot be read; nothing can be opened
 */
export type CounsellorStatus = 'loading' | 'absent' | 'locked' | 'unlocked' | 'damaged';
export type LockReason = 'manual' | 'inactivity';

export const IDLE_LOCK_MS = 10 * 60 * 1000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export class CounsellorSession {
  #status = $state<CounsellorStatus>('loading');
  #lockReason = $state<LockReason | undefined>(undefined);
  #key: VaultKey | undefined;
  #idle: IdleTimer;
  /** A one-shot message for the next page (e.g. "deleted") that must not travel in the URL. */
  notice = $state('');
  #listening = false;
  /** Bumped by every transition, so a slow init() never overwrites a newer state. */
  #generation = 0;

  constructor(idleMs = IDLE_LOCK_MS) {
    this.#idle = new IdleTimer(idleMs, () => this.lock('inactivity'));
  }

  get status(): CounsellorStatus {
    return this.#status;
  }

  get unlocked(): boolean {
    return this.#status === 'unlocked';
  }

  /** Why the area was last locked, so the unlock form can say "locked after inactivity". */
  get lockReason(): LockReason | undefined {
    return this.#lockReason;
  }

  takeNotice(): string {
    const notice = this.notice;
    this.notice = '';
    return notice;
  }

  /** Reads whether a vault exists. Idempotent: pages call it on mount. */
  async init(): Promise<void> {
    if (this.#status === 'unlocked') return;
    const before = this.#generation;
    let next: CounsellorStatus;
    try {
      next = (await loadVaultMetadata()) ? 'locked' : 'absent';
    } catch {
      next = 'damaged';
    }
    // A setup, unlock, lock or import that finished meanwhile knows better than this read.
    if (before === this.#generation) this.#status = next;
  }

  async setup(passphrase: string): Promise<void> {
    const { metadata, key } = await createVault(passphrase);
    await saveNewVaultMetadata(metadata);
    this.#open(key);
  }

  /** Throws WrongPassphraseError (and stays locked) when the passphrase does not open the vault. */
  async unlock(passphrase: string): Promise<void> {
    const metadata = await loadVaultMetadata();
    if (!metadata) {
      this.#generation++;
      this.#status = 'absent';
      return;
    }
    this.#open(await unlockVault(metadata, passphrase));
  }

  lock(reason: LockReason = 'manual'): void {
    this.#forgetKey();
    if (this.#status === 'unlocked') {
      this.#status = 'locked';
      this.#lockReason = reason;
    }
  }

  /**
   * A forgotten passphrase: erases the counsellor area (see eraseCounsellorArea) and returns to
   * first use. Trainees' data stays. Nothing is decrypted, so it needs no passphrase.
   */
  async erase(): Promise<void> {
    await eraseCounsellorArea();
    this.#forgetKey();
    this.#status = 'absent';
    this.#lockReason = undefined;
  }

  /** The unlocked key for phase-2 modules that build their own repositories on sealedRepository. */
  get vault(): VaultKey {
    if (!this.#key || this.#status !== 'unlocked') throw new VaultLockedError();
    return this.#key;
  }

  get sealed(): SealedRepository {
    return sealedRepository(this.vault);
  }

  get candidates(): CandidateRepository {
    return candidateRepository(this.vault);
  }

  /** Every sealed record, still encrypted, with the metadata needed to open them again. */
  async exportBackup(): Promise<CounsellorBackup> {
    void this.vault;
    const metadata = await loadVaultMetadata();
    if (!metadata) throw new Error('No vault to back up');
    return buildBackup(metadata, await allSealedRecords());
  }

  /**
   * Restores a backup, replacing this device's vault. Allowed on first use or while unlocked, never
   * while locked (someone at a locked screen must not be able to overwrite the counsellor's data).
   */
  async importBackup(backup: CounsellorBackup, passphrase: string): Promise<number> {
    if (this.#status !== 'absent' && this.#status !== 'unlocked') throw new VaultLockedError();
    const { key, metadata, records } = await verifyBackup(backup, passphrase);
    await replaceVault(metadata, records);
    this.#key?.forget();
    this.#open(key);
    return records.length;
  }

  /** Drops the key and stops watching for activity; the caller sets the new status. */
  #forgetKey(): void {
    this.#key?.forget();
    this.#key = undefined;
    this.#idle.stop();
    this.#listen(false);
    this.notice = '';
    this.#generation++;
  }

  #open(key: VaultKey): void {
    this.#generation++;
    this.#key = key;
    this.#status = 'unlocked';
    this.#lockReason = undefined;
    this.#listen(true);
    this.#idle.start();
  }

  readonly #onActivity = (): void => this.#idle.activity();
  readonly #onVisible = (): void => {
    if (document.visibilityState === 'visible') this.#idle.check();
  };

  #listen(on: boolean): void {
    if (typeof window === 'undefined' || on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const type of ACTIVITY_EVENTS)
      window[method](type, this.#onActivity, { capture: true, passive: true });
    document[method]('visibilitychange', this.#onVisible);
  }
}

export const counsellorSession = new CounsellorSession();
