/**
 * The small API the player and scoring use to run a compiled scenario. Pure functions over
 * snapshots (`start`, `step`, `replay`) for tests, scoring and resume; `createScenarioActor` for
 * the live player. Snapshots are saved together with the scenario id, version and content hash,
 * and never restored into different content.
 */
import { createActor, initialTransition, transition, type Actor, type SnapshotFrom } from 'xstate';
import type { CompiledScenario, EngineEvent, EngineInput, ScenarioMachine } from './compile';
import type { Step } from './schema';

export type EngineSnapshot = SnapshotFrom<ScenarioMachine>;
export type ScenarioActor = Actor<ScenarioMachine>;

/** The initial snapshot of an attempt. */
export function start(compiled: CompiledScenario, input: EngineInput): EngineSnapshot {
  return initialTransition(compiled.machine, input)[0];
}

/**
 * Applies one event. `accepted` is false (and the snapshot unchanged) when the event does not fit
 * the current step: an unknown option, an invalid answer, a second `timer.start`, a choice before
 * the timer started or after the deadline, a timer before its deadline, or anything after the
 * end. Only accepted events belong in the log.
 */
export function step(
  compiled: CompiledScenario,
  snapshot: EngineSnapshot,
  event: EngineEvent,
): { snapshot: EngineSnapshot; accepted: boolean } {
  if (snapshot.status !== 'active' || !snapshot.can(event)) return { snapshot, accepted: false };
  return { snapshot: transition(compiled.machine, snapshot, event)[0], accepted: true };
}

/** Replays an event log from the start; `rejected` lists indices of events that were not accepted. */
export function replay(
  compiled: CompiledScenario,
  input: EngineInput,
  events: readonly EngineEvent[],
): { snapshot: EngineSnapshot; rejected: number[] } {
  let snapshot = start(compiled, input);
  const rejected: number[] = [];
  events.forEach((event, i) => {
    const result = step(compiled, snapshot, event);
    if (!result.accepted) rejected.push(i);
    snapshot = result.snapshot;
  });
  return { snapshot, rejected };
}

/** The step the snapshot is at. */
export function currentStep(compiled: CompiledScenario, snapshot: EngineSnapshot): Step {
  const found = compiled.steps.get(snapshot.context.stepId);
  if (!found)
    throw new Error(`Snapshot is at "${snapshot.context.stepId}", which this scenario does not have`);
  return found;
}

/** True once an ending is reached. */
export function isFinished(snapshot: EngineSnapshot): boolean {
  return snapshot.status === 'done';
}

/**
 * True at a timed step with timers on whose clock has not started: the player must send
 * `timer.start` when it shows the step, and no choice is accepted before that.
 */
export function awaitsTimerStart(compiled: CompiledScenario, snapshot: EngineSnapshot): boolean {
  const { context } = snapshot;
  return (
    snapshot.status === 'active' &&
    context.timeScale !== null &&
    context.deadline === null &&
    compiled.steps.get(context.stepId)?.kind === 'timed'
  );
}

/** Milliseconds left at `now` on the current timed step (0 when passed), or null without a deadline. */
export function remainingMs(snapshot: EngineSnapshot, now: number): number | null {
  const deadline = snapshot.context.deadline;
  return deadline === null ? null : Math.max(0, deadline - now);
}

/** A persisted snapshot with what it was made from; plain JSON. */
export interface SavedSnapshot {
  scenarioId: string;
  version: number;
  hash: string;
  snapshot: unknown;
}

export function saveSnapshot(compiled: CompiledScenario, snapshot: EngineSnapshot): SavedSnapshot {
  const { scenario } = compiled;
  return {
    scenarioId: scenario.id,
    version: scenario.version,
    hash: compiled.hash,
    snapshot: JSON.parse(JSON.stringify(compiled.machine.getPersistedSnapshot(snapshot))) as unknown,
  };
}

export type RestoreResult =
  { ok: true; snapshot: EngineSnapshot } | { ok: false; reason: 'scenario' | 'version' | 'hash' | 'invalid' };

/**
 * Restores a saved snapshot, refusing one made on another scenario, version or content.
 * On refusal, replay the attempt's event log on the attempt's own stored scenario instead.
 */
export function restoreSnapshot(compiled: CompiledScenario, saved: SavedSnapshot): RestoreResult {
  const { scenario } = compiled;
  if (saved.scenarioId !== scenario.id) return { ok: false, reason: 'scenario' };
  if (saved.version !== scenario.version) return { ok: false, reason: 'version' };
  if (saved.hash !== compiled.hash) return { ok: false, reason: 'hash' };
  try {
    const restored = createActor(compiled.machine, {
      snapshot: saved.snapshot as EngineSnapshot,
      input: { startedAt: 0 },
    }).getSnapshot();
    const context = restored.context as Partial<EngineSnapshot['context']> | undefined;
    if (
      restored.status === 'error' ||
      typeof context?.stepId !== 'string' ||
      !compiled.steps.has(context.stepId)
    ) {
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, snapshot: restored };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/**
 * A live actor for the player: fresh from `input`, or resumed from a saved snapshot (throws if
 * the snapshot does not belong to this scenario content). Call `.start()` and `.send(event)`.
 */
export function createScenarioActor(
  compiled: CompiledScenario,
  from: { input: EngineInput } | { saved: SavedSnapshot },
): ScenarioActor {
  if ('input' in from) return createActor(compiled.machine, { input: from.input });
  const restored = restoreSnapshot(compiled, from.saved);
  if (!restored.ok) throw new Error(`Cannot resume: saved snapshot does not match (${restored.reason})`);
  return createActor(compiled.machine, {
    snapshot: compiled.machine.getPersistedSnapshot(restored.snapshot),
    input: { startedAt: 0 },
  });
}
