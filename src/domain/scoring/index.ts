/** Scoring: a pure function of (scenario documents, decisions, ratings). No Svelte, no storage. */
export type {
  CompetencyScore,
  Decision as ScoredDecision,
  FitEntry,
  Level,
  ProfileFit,
  Result,
  ScenarioOutcome,
  Tally,
  TrailEntry,
  WrittenRating,
} from './types';
export { LEVELS, LEVEL_CUTOFFS, MIN_OBSERVATIONS, levelOf } from './levels';
export {
  normalise,
  profileFit,
  requirementMet,
  scoreAttempt,
  scorePlayed,
  type PlayedScenario,
} from './score';
export { WRITTEN_WEIGHT, writtenQuality } from './tally';
export { readSummary, summarise, type ResultSummary } from './summary';
