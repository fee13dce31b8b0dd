/**
 * Starting an attempt: the initial snapshot, the scenario copy and the header in one write.
 * Used by the scenario page, and by the counsellor's assessment with a fixed time policy.
 */
import { compile, saveSnapshot, start, type CompiledScenario } from '../domain/scenario';
import type { Scenario } from '../domain/scenario/schema';
import type { Language } from '../domain/text';
import type { AttemptMode, AttemptRecord } from '../storage/records';
import type { AttemptStore } from './store';
import { attemptTimeScale, readFixedPolicy } from './timing';

export interface StartOptions {
  scenario: Scenario;
  compiled?: CompiledScenario;
  traineeId: string;
  mode: AttemptMode;
  language: Language;
  /** The trainee's own choice; ignored when `settings.timePolicy` fixes the time. */
  timeScale: number | null;
  /** E.g. `{ timePolicy: fixedTimePolicy(1) }` from a counsellor. */
  settings?: Record<string, unknown>;
  sessionId?: string;
  now?: number;
}

export async function startAttempt(store: AttemptStore, options: StartOptions): Promise<AttemptRecord> {
  const compiled = options.compiled ?? compile(options.scenario);
  const now = options.now ?? Date.now();
  const settings: Record<string, unknown> = { ...options.settings };
  // The scale the engine runs with is stored beside the attempt so a replay of the log is exact.
  settings['timeScale'] = readFixedPolicy(options.settings)
    ? attemptTimeScale(options.settings)
    : options.timeScale;
  const snapshot = start(compiled, { startedAt: now, timeScale: settings['timeScale'] as number | null });
  return store.start({
    traineeId: options.traineeId,
    scenarioId: options.scenario.id,
    scenarioVersion: options.scenario.version,
    scenarioHash: compiled.hash,
    scenarioTitle: { ...options.scenario.title },
    document: options.scenario,
    mode: options.mode,
    language: options.language,
    snapshot: saveSnapshot(compiled, snapshot),
    settings,
    now,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  });
}
