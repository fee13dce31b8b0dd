import { COMPETENCY_IDS } from '../profile/competencies';
import { REQUIREMENTS } from '../profile/requirements';
import type { Scenario } from '../scenario/schema';
import { levelOf, MIN_OBSERVATIONS } from './levels';
import { addDecisions, type Tallies } from './tally';
import type {
  CompetencyScore,
  Decision,
  FitEntry,
  ProfileFit,
  Result,
  ScenarioOutcome,
  TrailEntry,
  WrittenRating,
} from './types';

/** One played scenario: its exact document, the decisions in order, and any ratings of written answers. */
export interface PlayedScenario {
  scenario: Scenario;
  decisions: readonly Decision[];
  ratings?: readonly WrittenRating[];
  /** The ending reached, if the attempt finished. */
  endingStepId?: string;
}

function round(value: number): number {
  return Math.round(value);
}

/** (Σ chosen − Σ worst) / (Σ best − Σ worst) × 100, clamped to 0–100. */
export function normalise(chosen: number, best: number, worst: number): number {
  const span = best - worst;
  if (span <= 0) return 0;
  return Math.max(0, Math.min(100, round(((chosen - worst) / span) * 100)));
}

function competencyScores(tallies: Tallies): CompetencyScore[] {
  return COMPETENCY_IDS.flatMap((competency) => {
    const tally = tallies.get(competency);
    if (!tally) return [];
    const score =
      tally.observations >= MIN_OBSERVATIONS ? normalise(tally.chosen, tally.best, tally.worst) : null;
    const rounded = (x: number) => Math.round(x * 100) / 100;
    return [
      {
        competency,
        observations: tally.observations,
        chosen: rounded(tally.chosen),
        best: rounded(tally.best),
        worst: rounded(tally.worst),
        score,
        level: levelOf(score),
        evidence: [...tally.evidence],
      },
    ];
  });
}

/** Compares the scores with the profession's requirement profile. */
export function profileFit(scores: readonly CompetencyScore[]): ProfileFit {
  const byId = new Map(scores.map((s) => [s.competency, s]));
  let weightAssessed = 0;
  let weightMet = 0;
  let assessed = 0;
  const entries: FitEntry[] = COMPETENCY_IDS.map((competency) => {
    const requirement = REQUIREMENTS[competency];
    const score = byId.get(competency)?.score ?? null;
    if (score === null) {
      return {
        competency,
        required: requirement.level,
        weight: requirement.weight,
        score,
        gap: null,
        meets: null,
      };
    }
    assessed += 1;
    weightAssessed += requirement.weight;
    const meets = score >= requirement.level;
    if (meets) weightMet += requirement.weight;
    return {
      competency,
      required: requirement.level,
      weight: requirement.weight,
      score,
      gap: score - requirement.level,
      meets,
    };
  });
  return {
    entries,
    assessed,
    percent: weightAssessed === 0 ? null : round((weightMet / weightAssessed) * 100),
  };
}

/** Weighted by the profession's weights, so core competencies count more in the headline number. */
function overallScore(scores: readonly CompetencyScore[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const s of scores) {
    if (s.score === null) continue;
    const weight = REQUIREMENTS[s.competency].weight;
    sum += s.score * weight;
    weights += weight;
  }
  return weights === 0 ? null : round(sum / weights);
}

/**
 * Scores one or several played scenarios together: observations of all of them are pooled per
 * competency before normalising, so a battery is scored as one body of evidence. Pure: the same
 * input always gives the same result.
 */
export function scorePlayed(played: readonly PlayedScenario[]): Result {
  const tallies: Tallies = new Map();
  const trail: TrailEntry[] = [];
  const outcomes: ScenarioOutcome[] = [];
  for (const item of played) {
    addDecisions(item.scenario, item.decisions, item.ratings ?? [], tallies, trail);
    const ending = item.endingStepId
      ? item.scenario.steps.find((s) => s.id === item.endingStepId)
      : undefined;
    if (ending?.kind === 'ending') {
      outcomes.push({ scenarioId: item.scenario.id, endingStepId: ending.id, outcome: ending.outcome });
    }
  }
  const competencies = competencyScores(tallies);
  const overall = overallScore(competencies);
  return {
    scenarioIds: played.map((p) => p.scenario.id),
    outcomes,
    competencies,
    overall,
    overallLevel: levelOf(overall),
    fit: profileFit(competencies),
    trail,
    pendingRatings: trail.filter((t) => t.pendingRating).length,
  };
}

/** Scores a single attempt. */
export function scoreAttempt(played: PlayedScenario): Result {
  return scorePlayed([played]);
}

/**
 * Whether the profile fit says the profession's requirement is met: every competency with enough
 * evidence is at or above its required level. Unknown (undefined) while nothing is assessed or a
 * written answer still waits for a counsellor's rating.
 */
export function requirementMet(result: Result): boolean | undefined {
  if (result.fit.assessed === 0 || result.pendingRatings > 0) return undefined;
  return result.fit.entries.every((entry) => entry.meets !== false);
}
