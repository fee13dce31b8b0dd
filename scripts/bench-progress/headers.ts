/**
 * 10,000 attempt headers as the player stores them: summaries come from really scoring random
 * plays of the built-in scenarios (a few dozen distinct ones, cycled), so the progress code reads
 * realistic data. Node only (reads scenarios/ from disk).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compile,
  currentStep,
  isFinished,
  start,
  step,
  validateScenarioJson,
  type EngineEvent,
  type Scenario,
} from '../../src/domain/scenario';
import { scoreAttempt, summarise, type ResultSummary } from '../../src/domain/scoring';
import type { AttemptRecord } from '../../src/storage/records';

const folder = join(import.meta.dirname, '../../scenarios');

function scenarios(): Scenario[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .flatMap((f) => {
      const result = validateScenarioJson(readFileSync(join(folder, f), 'utf8'));
      return result.ok ? [result.scenario] : [];
    });
}

/** A deterministic pseudo-random source, so every run seeds the same data. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

function playRandomly(scenario: Scenario, pick: (n: number) => number): ResultSummary {
  const compiled = compile(scenario);
  let at = 1_000;
  let snapshot = start(compiled, { startedAt: at, timeScale: null });
  for (let guard = 0; guard < 1_000 && !isFinished(snapshot); guard++) {
    const current = currentStep(compiled, snapshot);
    at += 1_000;
    let event: EngineEvent;
    if ('options' in current)
      event = { type: 'user.choose', optionId: current.options[pick(current.options.length)]!.id, at };
    else if (current.kind === 'inspect')
      event = { type: 'user.submit', answer: current.items.filter(() => pick(2) === 1).map((i) => i.id), at };
    else if (current.kind === 'ranking')
      event = { type: 'user.submit', answer: [...current.expertOrder].sort(() => pick(3) - 1), at };
    else if (current.kind === 'written') event = { type: 'user.submit', answer: 'ответ', at };
    else event = { type: 'user.continue', at };
    snapshot = step(compiled, snapshot, event).snapshot;
  }
  return summarise(
    scoreAttempt({ scenario, decisions: snapshot.context.history, endingStepId: snapshot.context.stepId }),
  );
}

export function makeHeaders(count: number, traineeId: string): AttemptRecord[] {
  const pick = random(42);
  const library = scenarios();
  const samples = library.flatMap((scenario) =>
    Array.from({ length: 4 }, () => ({ scenario, summary: playRandomly(scenario, pick) })),
  );
  const begin = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[pick(samples.length)]!;
    const startedAt = begin + i * 3_600_000;
    const status = i % 20 === 0 ? 'abandoned' : 'completed';
    return {
      id: `bench-${i.toString().padStart(5, '0')}`,
      traineeId,
      scenarioId: sample.scenario.id,
      scenarioVersion: sample.scenario.version,
      scenarioHash: 'bench',
      scenarioTitle: { ...sample.scenario.title },
      mode: i % 7 === 0 ? 'assessment' : 'practice',
      status,
      language: 'ru',
      startedAt,
      updatedAt: startedAt + 600_000,
      eventCount: 12,
      ...(status === 'completed' ? { result: sample.summary } : {}),
      settings: { timeScale: 1 },
    } satisfies AttemptRecord;
  });
}
