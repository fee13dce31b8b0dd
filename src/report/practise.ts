/**
 * Strengths and areas to develop, each with the catalog's scenarios that observe the competency,
 * so the trainee knows what to play next. Pure: the catalog entries are passed in.
 */
import type { CompetencyId } from '../domain/profile/competencies';
import type { ScenarioText } from '../domain/scenario';
import type { Result } from '../domain/scoring';

/** The part of a catalog entry this needs (see src/library/catalog.ts). */
export interface PractiseEntry {
  key: string;
  scenarioId: string;
  title: ScenarioText;
  observes: readonly CompetencyId[];
}

export interface Suggestion {
  competency: CompetencyId;
  score: number;
  required: number;
  /** score − required */
  gap: number;
  /** Scenarios that observe it; ones not in this report first. */
  scenarios: PractiseEntry[];
}

export interface Suggestions {
  strengths: Suggestion[];
  develop: Suggestion[];
  /** Observed too rarely for a score in this report. */
  insufficient: { competency: CompetencyId; scenarios: PractiseEntry[] }[];
}

/** At most this many scenarios are suggested per competency; the catalog filter shows the rest. */
export const MAX_SUGGESTED = 4;

export function scenariosObserving(
  competency: CompetencyId,
  catalog: readonly PractiseEntry[],
  played: readonly string[] = [],
): PractiseEntry[] {
  const seen = new Set(played);
  return catalog
    .filter((entry) => entry.observes.includes(competency))
    .sort((a, b) => Number(seen.has(a.scenarioId)) - Number(seen.has(b.scenarioId)))
    .slice(0, MAX_SUGGESTED);
}

/**
 * A strength meets the profession's required level; an area to develop falls short of it.
 * Strengths come strongest first, areas to develop widest gap first.
 */
export function suggestions(result: Result, catalog: readonly PractiseEntry[]): Suggestions {
  const played = result.scenarioIds;
  const observedIds = new Set(result.competencies.map((c) => c.competency));
  const strengths: Suggestion[] = [];
  const develop: Suggestion[] = [];
  const insufficient: Suggestions['insufficient'] = [];
  for (const entry of result.fit.entries) {
    const scenarios = scenariosObserving(entry.competency, catalog, played);
    if (entry.score === null || entry.gap === null) {
      if (observedIds.has(entry.competency)) insufficient.push({ competency: entry.competency, scenarios });
      continue;
    }
    const suggestion = {
      competency: entry.competency,
      score: entry.score,
      required: entry.required,
      gap: entry.gap,
      scenarios,
    };
    (entry.meets ? strengths : develop).push(suggestion);
  }
  strengths.sort((a, b) => b.gap - a.gap);
  develop.sort((a, b) => a.gap - b.gap);
  return { strengths, develop, insufficient };
}
