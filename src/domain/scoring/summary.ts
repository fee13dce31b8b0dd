import type { CompetencyId } from '../profile/competencies';
import type { Outcome } from '../scenario/schema';
import type { Result } from './types';

/**
 * The compact result stored on an attempt's header when it ends, so lists, the catalog and the
 * progress page never rescore. The full result is always recomputed from the log when a report opens.
 */
export interface ResultSummary {
  overall: number | null;
  outcome: Outcome | null;
  /** competency -> [score or null, observations] */
  competencies: Partial<Record<CompetencyId, [number | null, number]>>;
  pendingRatings: number;
}

export function summarise(result: Result): ResultSummary {
  const competencies: ResultSummary['competencies'] = {};
  for (const c of result.competencies) competencies[c.competency] = [c.score, c.observations];
  return {
    overall: result.overall,
    outcome: result.outcomes[0]?.outcome ?? null,
    competencies,
    pendingRatings: result.pendingRatings,
  };
}

/** Reads a stored summary back, distrusting its shape (it comes from IndexedDB). */
export function readSummary(value: unknown): ResultSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<ResultSummary>;
  if (!(v.overall === null || typeof v.overall === 'number')) return undefined;
  if (typeof v.competencies !== 'object' || v.competencies === null) return undefined;
  return {
    overall: v.overall,
    outcome: typeof v.outcome === 'string' ? v.outcome : null,
    competencies: v.competencies,
    pendingRatings: typeof v.pendingRatings === 'number' ? v.pendingRatings : 0,
  };
}
