/**
 * Rebuilding a running attempt from what storage holds: the attempt's own copy of the scenario,
 * its snapshot (a cache) and its event log (the truth). Pure apart from validation cost.
 */
import {
  compile,
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

const EVENT_TYPES = new Set(['user.choose', 'user.submit', 'user.continue', 'timer.expire']);

function isEngineEvent(value: unknown): value is EngineEvent {
  const v = value as { type?: unknown; at?: unknown };
  return typeof v === 'object' && v !== null && EVENT_TYPES.has(v.type as string) && typeof v.at === 'number';
}

export function resume(loaded: LoadedAttempt): Resumed {
  const validation = validateScenario(loaded.document);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const compiled = compile(validation.scenario);
  const events = loaded.log.events.flatMap((record): EngineEvent[] =>
    isEngineEvent(record.event) ? [record.event] : [],
  );
  const restored = isSaved(loaded.log.snapshot) ? restoreSnapshot(compiled, loaded.log.snapshot) : undefined;
  // Every accepted event adds one decision, so a snapshot whose history is shorter than the log is stale.
  if (restored?.ok && restored.snapshot.context.history.length === events.length) {
    return { ok: true, compiled, snapshot: restored.snapshot, events, replayed: false };
  }
  const input = { startedAt: loaded.attempt.startedAt, timeScale: attemptTimeScale(loaded.attempt.settings) };
  return { ok: true, compiled, snapshot: replay(compiled, input, events).snapshot, events, replayed: true };
}
