/**
 * A trainee's marks on a scenario, from the attempt headers alone (no logs, no rescoring):
 * whether it is untouched, in progress or done, and the best overall result so far.
 */
import { readSummary } from '../domain/scoring/summary';
import type { AttemptMode, AttemptRecord } from '../storage/records';

export type MarkStatus = 'notStarted' | 'inProgress' | 'completed';

export interface ScenarioMarks {
  status: MarkStatus;
  /** Best overall result (0–100) over completed attempts; null when none has enough evidence. */
  best: number | null;
  completedCount: number;
  /** The newest unfinished attempt per mode, for "Resume". */
  active: Partial<Record<AttemptMode, AttemptRecord>>;
}

export function marksFor(attempts: readonly AttemptRecord[], scenarioId: string): ScenarioMarks {
  const mine = attempts.filter((a) => a.scenarioId === scenarioId);
  const completed = mine.filter((a) => a.status === 'completed');
  const active: ScenarioMarks['active'] = {};
  for (const attempt of mine) {
    if (attempt.status !== 'active') continue;
    const seen = active[attempt.mode];
    if (!seen || attempt.updatedAt > seen.updatedAt) active[attempt.mode] = attempt;
  }
  let best: number | null = null;
  for (const attempt of completed) {
    const overall = readSummary(attempt.result)?.overall;
    if (typeof overall === 'number' && (best === null || overall > best)) best = overall;
  }
  const status: MarkStatus =
    active.practice || active.assessment ? 'inProgress' : completed.length ? 'completed' : 'notStarted';
  return { status, best, completedCount: completed.length, active };
}

/** Marks of every scenario id at once. */
export function marksByScenario(attempts: readonly AttemptRecord[]): Map<string, ScenarioMarks> {
  const ids = new Set(attempts.map((a) => a.scenarioId));
  return new Map([...ids].map((id) => [id, marksFor(attempts, id)]));
}

export const NO_MARKS: ScenarioMarks = { status: 'notStarted', best: null, completedCount: 0, active: {} };
