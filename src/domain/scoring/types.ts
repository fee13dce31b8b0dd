import type { CompetencyId } from '../profile/competencies';
import type { Decision as EngineDecision } from '../scenario/compile';
import type { Choice } from '../scenario/evidence';
import type { Outcome, StepKind } from '../scenario/schema';

/** One decision the person made, in order: the part of the engine's history that scoring reads. */
export type Decision = Pick<EngineDecision, 'stepId' | 'choice'>;

/** A counsellor's rating of one written answer: points per rubric criterion. */
export interface WrittenRating {
  stepId: string;
  points: Record<string, number>;
}

/**
 * The four plain-language levels, plus `insufficient` when fewer than two observations exist
 * (the report then says "not enough evidence" instead of a number).
 */
export type Level = 'insufficient' | 'needsDevelopment' | 'developing' | 'competent' | 'strong';

/** The sums of the scoring formula for one competency; they add up across steps and scenarios. */
export interface Tally {
  observations: number;
  chosen: number;
  best: number;
  worst: number;
}

export interface CompetencyScore extends Tally {
  competency: CompetencyId;
  /** (Σ chosen − Σ worst) / (Σ best − Σ worst) × 100, rounded; null with fewer than two observations. */
  score: number | null;
  level: Level;
  /** Trail entries (their `index`) that observed this competency, for linking a score to its evidence. */
  evidence: number[];
}

/** One decision as the report shows it: what was chosen, what was best, and why. */
export interface TrailEntry {
  index: number;
  scenarioId: string;
  stepId: string;
  kind: StepKind;
  choice: Choice;
  /** The chosen option's id, or the id of an option tied for best, for choice steps. */
  chosenOptionId?: string;
  bestOptionIds: string[];
  /** Evidence this decision produced, per competency. */
  evidence: Partial<Record<CompetencyId, number>>;
  /** True when the choice was (one of) the best available for every competency it observes. */
  wasBest: boolean;
  /** A written answer still waiting for a counsellor's rating. */
  pendingRating: boolean;
}

export interface FitEntry {
  competency: CompetencyId;
  required: number;
  weight: number;
  score: number | null;
  /** score − required, or null without enough evidence. */
  gap: number | null;
  meets: boolean | null;
}

export interface ProfileFit {
  entries: FitEntry[];
  /** Weighted share (0–100) of the assessed competencies that meet the required level; null if none assessed. */
  percent: number | null;
  assessed: number;
}

export interface ScenarioOutcome {
  scenarioId: string;
  endingStepId: string;
  outcome: Outcome;
}

/** The result of one attempt or of several combined; a pure function of scenarios and decisions. */
export interface Result {
  scenarioIds: string[];
  outcomes: ScenarioOutcome[];
  competencies: CompetencyScore[];
  /** Weighted mean of the competency scores that have enough evidence, or null. */
  overall: number | null;
  overallLevel: Level;
  fit: ProfileFit;
  trail: TrailEntry[];
  /** Written answers awaiting a counsellor's rating. */
  pendingRatings: number;
}
