import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  awaitsTimerStart,
  compile,
  currentStep,
  isFinished,
  saveSnapshot,
  start,
  step,
  validateScenarioJson,
  type EngineEvent,
  type Scenario,
  type Step,
} from '../../../src/domain/scenario';
import { scoreAttempt, summarise } from '../../../src/domain/scoring';
import { attemptRepository } from '../../../src/storage/attempts';
import type { AttemptMode, AttemptRecord } from '../../../src/storage/records';

export function builtin(id: string): Scenario {
  const file = join(import.meta.dirname, '../../../scenarios', `${id}.json`);
  const result = validateScenarioJson(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${id} is invalid`);
  return result.scenario;
}

/** Picks an option index (or task answer) at a step; default: the first option. */
export type Picker = (step: Step) => EngineEvent;

export const firstOption =
  (at: () => number): Picker =>
  (current) => {
    const now = at();
    switch (current.kind) {
      case 'dialogue':
      case 'timed':
      case 'recall':
      case 'data':
        return { type: 'user.choose', optionId: current.options[0]!.id, at: now };
      case 'inspect':
        return {
          type: 'user.submit',
          answer: current.items.filter((i) => i.faulty).map((i) => i.id),
          at: now,
        };
      case 'ranking':
        return { type: 'user.submit', answer: [...current.expertOrder], at: now };
      case 'written':
        return { type: 'user.submit', answer: 'Ответ клиенту', at: now };
      default:
        return { type: 'user.continue', at: now };
    }
  };

export interface PlayOptions {
  traineeId?: string;
  mode?: AttemptMode;
  sessionId?: string;
  startedAt?: number;
  /** Overrides the choice at a step id: an option id. */
  choose?: Record<string, string>;
  /** Stop after this many events (an unfinished attempt). */
  stopAfter?: number;
}

/** Plays a scenario through the attempts repository the way the player does, storing the summary at the end. */
export async function playAndStore(scenario: Scenario, options: PlayOptions = {}): Promise<AttemptRecord> {
  const compiled = compile(scenario);
  let clock = options.startedAt ?? 1_700_000_000_000;
  const settings = { timeScale: 1 };
  let snapshot = start(compiled, { startedAt: clock, timeScale: 1 });
  let attempt = await attemptRepository.start({
    traineeId: options.traineeId ?? 'trainee-1',
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioHash: compiled.hash,
    scenarioTitle: { ...scenario.title },
    document: scenario,
    mode: options.mode ?? 'practice',
    language: 'ru',
    snapshot: saveSnapshot(compiled, snapshot),
    settings,
    now: clock,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  });
  const pick = firstOption(() => (clock += 1_000));
  while (!isFinished(snapshot) && attempt.eventCount < (options.stopAfter ?? Infinity)) {
    const current = currentStep(compiled, snapshot);
    const override = options.choose?.[current.id];
    // The player starts a timed step's clock when it shows the step, before any answer.
    const event: EngineEvent = awaitsTimerStart(compiled, snapshot)
      ? { type: 'timer.start', at: (clock += 1_000) }
      : override
        ? { type: 'user.choose', optionId: override, at: (clock += 1_000) }
        : pick(current);
    const next = step(compiled, snapshot, event);
    if (!next.accepted) throw new Error(`not accepted at ${current.id}`);
    snapshot = next.snapshot;
    const finished = isFinished(snapshot);
    attempt = await attemptRepository.append({
      attemptId: attempt.id,
      expectedCount: attempt.eventCount,
      event: { ...event },
      at: event.at,
      snapshot: saveSnapshot(compiled, snapshot),
      ...(finished
        ? {
            status: 'completed' as const,
            result: summarise(
              scoreAttempt({
                scenario,
                decisions: snapshot.context.history,
                endingStepId: snapshot.context.stepId,
              }),
            ),
          }
        : {}),
    });
  }
  return attempt;
}
