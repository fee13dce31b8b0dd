/**
 * Undo/redo over immutable document states. Edits never mutate a stored state, so the history
 * holds references, not copies. Typing in one field within `coalesceMs` makes one undo step,
 * not one per keystroke.
 */
export interface HistoryOptions {
  /** Oldest states are dropped beyond this many. */
  limit?: number;
  /** Edits with the same key closer together than this are merged into one step. */
  coalesceMs?: number;
}

export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  #lastKey: string | undefined;
  #lastAt = -Infinity;
  readonly #limit: number;
  readonly #coalesceMs: number;

  constructor(initial: T, options: HistoryOptions = {}) {
    this.#present = initial;
    this.#limit = options.limit ?? 200;
    this.#coalesceMs = options.coalesceMs ?? 1000;
  }

  get present(): T {
    return this.#present;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Records a new state. `key` names the field edited, for coalescing; `at` is the time in ms. */
  push(next: T, key?: string, at = Date.now()): void {
    if (next === this.#present) return;
    const merge = key !== undefined && key === this.#lastKey && at - this.#lastAt < this.#coalesceMs;
    if (!merge) {
      this.#past.push(this.#present);
      if (this.#past.length > this.#limit) this.#past.shift();
    }
    this.#present = next;
    this.#future = [];
    this.#lastKey = key;
    this.#lastAt = at;
  }

  undo(): T | undefined {
    const previous = this.#past.pop();
    if (previous === undefined) return undefined;
    this.#future.push(this.#present);
    this.#present = previous;
    this.#lastKey = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push(this.#present);
    this.#present = next;
    this.#lastKey = undefined;
    return next;
  }

  /** Starts over from `state` (e.g. after loading another document). */
  reset(state: T): void {
    this.#past = [];
    this.#future = [];
    this.#present = state;
    this.#lastKey = undefined;
  }
}
