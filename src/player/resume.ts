/**
 * Rebuilding a running attempt from what storage holds: the attempt's own copy of the scenario,
 * its snapshot (a cache) and its event log (the truth). Pure apart from validation cost.
 */
import {
  compile,
  ENGINE_EVENT_TYPES,
  replay,
  restoreSnapshot,
  validateScenario,
  type CompiledScenario,
  type EngineEvent,
  type EngineSnapshot,
  type Issue,
  type SavedSnapshot,
} from '../domain/scenario';
import type { LoadedAttempt } from '../storage/attempts';
import { attemptTimeScale } from './timing';

export type Resumed =
  | {
      ok: true;
      compiled: CompiledScenario;
      snapshot: EngineSnapshot;
      events: EngineEvent[];
      replayed: boolean;
    }
  | { ok: false; issues: Issue[] };

function isSaved(value: unknown): value is SavedSnapshot {
  const v = value as SavedSnapshot;
  return (
    typeof v === 'object' && v !== null && typeof v.scenarioId === 'string' && typeof v.hash === 'string'
  );
}

const EVENT_TYPES = new Set<string>(ENGINE_EVENT_TYPES);

function isEngineEvent(value: unknown): value is EngineEvent {
  const v = value as { type?: unknown; at?: unknown };
  return typeof v === 'object' && v !== null && EVENT_TYPES.has(v.type as string) && typeof v.at === 'number';
}

/**
 * Whether a stored snapshot matches the log's length. Every accepted event but `timer.start` adds
 * one decision; a start adds a deadline, so a snapshot still waiting for its start is stale too.
 */
function isCurrent(snapshot: EngineSnapshot, events: readonly EngineEvent[]): boolean {
  const decisions = events.filter((e) => e.type !== 'timer.start').length;
  if (snapshot.context.history.length !== decisions) return false;
  return events.at(-1)?.type !== 'timer.start' || snapshot.context.deadline !== null;
}

export function resume(loaded: LoadedAttempt): Resumed {
  const validation = validateScenario(loaded.document);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const compiled = compile(validation.scenario);
  const events = loaded.log.events.flatMap((record): EngineEvent[] =>
    isEngineEvent(record.event) ? [record.event] : [],
  );
  const restored = isSaved(loaded.log.snapshot) ? restoreSnapshot(compiled, loaded.log.snapshot) : undefined;
  if (restored?.ok && isCurrent(restored.snapshot, events)) {
    return { ok: true, compiled, snapshot: restored.snapshot, events, replayed: false };
  }
  const input = { startedAt: loaded.attempt.startedAt, timeScale: attemptTimeScale(loaded.attempt.settings) };
  return { ok: true, compiled, snapshot: replay(compiled, input, events).snapshot, events, replayed: true };
}
