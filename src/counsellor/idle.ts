/**
 * Calls `onIdle` once no activity has been reported for `timeoutMs`. Works on a deadline rather than
 * trusting one timer: browsers delay timers in background tabs and while the computer sleeps, so
 * `check()` (called when the tab becomes visible again) locks as soon as the deadline has passed.
 */
export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Activity within this long of the last reset is not re-armed, so mouse moves cost nothing. */
const RESET_GRANULARITY_MS = 1000;

export class IdleTimer {
  #deadline = 0;
  #handle: unknown;
  #armedAt = 0;
  #running = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly onIdle: () => void,
    private readonly clock: IdleClock = systemClock,
  ) {}

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    this.clock.clearTimeout(this.#handle);
    this.#handle = undefined;
  }

  /** Reports user activity: pushes the deadline back. */
  activity(): void {
    if (!this.#running) return;
    if (this.clock.now() - this.#armedAt < RESET_GRANULARITY_MS) {
      this.#deadline = this.clock.now() + this.timeoutMs;
      return;
    }
    this.#arm();
  }

  /** Fires now if the deadline has passed (after sleep or a throttled background tab). */
  check(): void {
    if (this.#running && this.clock.now() >= this.#deadline) this.#fire();
  }

  #arm(): void {
    this.clock.clearTimeout(this.#handle);
    this.#armedAt = this.clock.now();
    this.#deadline = this.#armedAt + this.timeoutMs;
    this.#handle = this.clock.setTimeout(() => this.#onTimer(), this.timeoutMs);
  }

  #onTimer(): void {
    if (!this.#running) return;
    const left = this.#deadline - this.clock.now();
    // Activity inside the granularity window moved the deadline without re-arming: wait the rest.
    if (left > 0) this.#handle = this.clock.setTimeout(() => this.#onTimer(), left);
    else this.#fire();
  }

  #fire(): void {
    this.stop();
    this.onIdle();
  }
}
