/**
 * Public API of the scenario module: format, validation, analysis and the engine.
 * Import from here (`src/domain/scenario`), not from the files inside.
 */
export * from './schema';
export type { Issue, IssueCode, IssuePath, Severity } from './issues';
export { ISSUE_CODES, hasErrors } from './issues';
export { parseScenarioJson, checkUntrusted, MAX_BYTES, MAX_DEPTH } from './parse';
export { validateScenario, validateScenarioJson, type ValidationResult } from './validate';
export { formatIssue, formatPath, issueMessage } from './messages';
export { analyse, type Analysis, type CompetencyCoverage } from './analysis';
export { buildGraph, exitsOf, type StepGraph } from './graph';
export { evaluate, applyEffects, initialValues, type VarValue, type VarValues } from './conditions';
export {
  decisionEvidence,
  evidenceRange,
  inspectEvidence,
  rankingEvidence,
  type Choice,
  type EvidenceRange,
  type EvidenceValues,
} from './evidence';
export { forEachText, type TextVisitor } from './texts';
export { contentHash, canonicalJson } from './hash';
export {
  compile,
  compileMachine,
  DEFAULT_MAX_LENGTH,
  ENGINE_EVENT_TYPES,
  type ChooseEvent,
  type CompiledScenario,
  type ContinueEvent,
  type Decision,
  type EngineContext,
  type EngineEvent,
  type EngineInput,
  type ScenarioMachine,
  type SubmitEvent,
  type TimerExpireEvent,
  type TimerStartEvent,
} from './compile';
export {
  start,
  step,
  replay,
  currentStep,
  isFinished,
  awaitsTimerStart,
  remainingMs,
  saveSnapshot,
  restoreSnapshot,
  createScenarioActor,
  type EngineSnapshot,
  type RestoreResult,
  type SavedSnapshot,
  type ScenarioActor,
} from './engine';
