/**
 * One attempt being played in this tab. Holds the engine snapshot and applies an event only
 * after the store has committed it: the next input is accepted only once the previous one is
 * safe. A write refused because another tab moved on reloads the attempt instead of applying
 * anything twice.
 */
import {
  awaitsTimerStart,
  currentStep,
  isFinished,
  saveSnapshot,
  step as advance,
  type CompiledScenario,
  type EngineEvent,
  type EngineSnapshot,
  type Issue,
  type SavedSnapshot,
} from '../domain/scenario';
import type { Step } from '../domain/scenario/schema';
import { scoreAttempt, summarise } from '../domain/scoring';
import { storageStatus } from '../state/storage.svelte';
import { toStorageError } from '../storage/errors';
import type { AttemptRecord } from '../storage/records';
import { feedbackFor, type Feedback } from './feedback';
import { resume } from './resume';
import { findAttempt, type AttemptStore } from './store';

export type SessionPhase = 'loading' | 'notFound' | 'broken' | 'ready';
/** Why the attempt was reloaded from storage, for a message in words. */
export type SessionNotice = 'conflict' | 'updatedElsewhere' | undefined;

const CHANNEL = 'profproba-attempts';
/** How long a save may take before the page shows it is busy. */
const SAVING_SHOWN_AFTER_MS = 150;

interface Broadcast {
  attemptId: string;
  eventCount: number;
}

/**
 * Rewrites what is stored for one accepted event, e.g. a counsellor's assessment seals written
 * answers before they reach the clear attempt log. The engine in memory keeps the real values.
 */
export type ProtectStored = (
  attempt: AttemptRecord,
  event: EngineEvent,
  saved: SavedSnapshot,
) => Promise<{ event: EngineEvent; saved: SavedSnapshot }>;

export interface PlayerSessionOptions {
  protect?: ProtectStored;
}

export class PlayerSession {
  phase = $state<SessionPhase>('loading');
  attempt = $state.raw<AttemptRecord | undefined>(undefined);
  compiled = $state.raw<CompiledScenario | undefined>(undefined);
  snapshot = $state.raw<EngineSnapshot | undefined>(undefined);
  issues = $state.raw<Issue[]>([]);
  /** A write is in flight: further input is refused (see `send`). */
  saving = $state(false);
  /**
   * The write in flight has taken longer than a glance: only now are the inputs shown disabled and
   * "saving" said. A usual save takes a few milliseconds, and marking the page busy and back
   * for it would cost a frame of layout and paint between the choice and the next step.
   */
  savingShown = $state(false);
  /** The last event that could not be written; the step stays as it was so it can be retried. */
  failed = $state.raw<EngineEvent | undefined>(undefined);
  notice = $state<SessionNotice>(undefined);
  /** Practice mode: feedback on the decision just saved, shown before the next step. */
  feedback = $state.raw<{ step: Step; feedback: Feedback } | undefined>(undefined);
  persistent = $state(true);
  /** Variable values before the last applied event, to show how the meters moved. */
  previousVars = $state.raw<Record<string, unknown> | undefined>(undefined);

  #store: AttemptStore | undefined;
  #channel: BroadcastChannel | undefined;
  #attemptId = '';
  #protect: ProtectStored | undefined;

  constructor(options: PlayerSessionOptions = {}) {
    this.#protect = options.protect;
  }

  readonly step = $derived.by(() =>
    this.compiled && this.snapshot ? currentStep(this.compiled, this.snapshot) : undefined,
  );
  readonly finished = $derived(this.snapshot ? isFinished(this.snapshot) : false);
  /**
   * A timed step is on screen (no debrief over it) but its clock has not started: its answers
   * stay disabled until `timer.start` is saved.
   */
  readonly awaitingTimer = $derived(
    this.compiled && this.snapshot && !this.feedback ? awaitsTimerStart(this.compiled, this.snapshot) : false,
  );

  async load(attemptId: string, storageAvailable: boolean): Promise<void> {
    this.#attemptId = attemptId;
    const found = await findAttempt(attemptId, storageAvailable);
    if (!found) {
      this.phase = 'notFound';
      return;
    }
    const resumed = resume(found.loaded);
    if (!resumed.ok) {
      this.issues = resumed.issues;
      this.phase = 'broken';
      return;
    }
    this.#store = found.store;
    this.persistent = found.store.persistent;
    this.attempt = found.loaded.attempt;
    this.compiled = resumed.compiled;
    this.snapshot = resumed.snapshot;
    this.phase = 'ready';
    this.#listen();
  }

  /** Re-reads the attempt after another tab moved it on. */
  async reload(notice: SessionNotice): Promise<void> {
    if (!this.#store) return;
    const loaded = await this.#store.load(this.#attemptId);
    if (!loaded) return;
    const resumed = resume(loaded);
    if (!resumed.ok) return;
    this.attempt = loaded.attempt;
    this.compiled = resumed.compiled;
    this.snapshot = resumed.snapshot;
    this.previousVars = undefined;
    this.feedback = undefined;
    this.failed = undefined;
    this.notice = notice;
  }

  /**
   * Sends one event: validates it against the engine, writes event + snapshot (+ result at the
   * ending) in one transaction, and only then shows the new state. Resolves true when applied.
   */
  async send(event: EngineEvent): Promise<boolean> {
    const { compiled, snapshot, attempt } = this;
    const store = this.#store;
    if (this.saving || !compiled || !snapshot || !attempt || !store || attempt.status !== 'active')
      return false;
    const next = advance(compiled, snapshot, event);
    if (!next.accepted) return false;
    const finished = isFinished(next.snapshot);
    // An assessment session's result is the counsellor's: it is never stored in clear on the header.
    const result =
      finished && !attempt.sessionId
        ? summarise(
            scoreAttempt({
              scenario: compiled.scenario,
              decisions: next.snapshot.context.history,
              endingStepId: next.snapshot.context.stepId,
            }),
          )
        : undefined;
    this.saving = true;
    const showSaving = setTimeout(() => (this.savingShown = true), SAVING_SHOWN_AFTER_MS);
    this.notice = undefined;
    try {
      let stored = { event: { ...event } as EngineEvent, saved: saveSnapshot(compiled, next.snapshot) };
      if (this.#protect) stored = await this.#protect(attempt, stored.event, stored.saved);
      const updated = await store.append({
        attemptId: attempt.id,
        expectedCount: attempt.eventCount,
        event: { ...stored.event },
        at: event.at,
        snapshot: stored.saved,
        ...(finished ? { status: 'completed' as const, ...(result ? { result } : {}) } : {}),
      });
      this.attempt = updated;
      this.snapshot = next.snapshot;
      if (this.failed) storageStatus.dismissFailure();
      this.failed = undefined;
      // A timer start is no decision: the meters and any debrief stay as they were.
      if (event.type !== 'timer.start') {
        const previous = currentStep(compiled, snapshot);
        const decision = next.snapshot.context.history[next.snapshot.context.history.length - 1];
        const feedback =
          attempt.mode === 'practice' && decision ? feedbackFor(previous, decision) : undefined;
        this.previousVars = snapshot.context.vars;
        this.feedback = feedback ? { step: previous, feedback } : undefined;
      }
      this.#channel?.postMessage({
        attemptId: updated.id,
        eventCount: updated.eventCount,
      } satisfies Broadcast);
      return true;
    } catch (error) {
      if (toStorageError(error).failure === 'conflict') {
        await this.reload('conflict');
      } else {
        // Said in words by the storage banner; the step stays, so the same choice can be retried.
        this.failed = event;
        storageStatus.reportWriteFailure(error);
      }
      return false;
    } finally {
      clearTimeout(showSaving);
      this.saving = false;
      this.savingShown = false;
    }
  }

  /**
   * Starts the clock of a timed step the trainee now sees (assessment: right after entering it;
   * practice: once the debrief is closed; after a reload: when the restored step is shown). The
   * start is saved like any event; a second tab that tries too gets a conflict and reloads the
   * deadline the first one saved, so nobody can restart the clock.
   */
  async startTimerIfShown(now: number): Promise<boolean> {
    if (!this.awaitingTimer || this.failed) return false;
    return this.send({ type: 'timer.start', at: now });
  }

  /** Sends `timer.expire` when the current step's deadline has passed (also right after a resume). */
  async expireIfDue(now: number): Promise<boolean> {
    const deadline = this.snapshot?.context.deadline;
    if (deadline === null || deadline === undefined || now < deadline) return false;
    return this.send({ type: 'timer.expire', at: deadline });
  }

  dismissFeedback(): void {
    this.feedback = undefined;
  }

  #listen(): void {
    if (typeof BroadcastChannel === 'undefined' || !this.persistent || this.#channel) return;
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (message: MessageEvent<Broadcast>) => {
      const data = message.data;
      const mine = this.attempt;
      if (!mine || data?.attemptId !== mine.id || data.eventCount <= mine.eventCount || this.saving) return;
      void this.reload('updatedElsewhere');
    };
  }

  dispose(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }
}
