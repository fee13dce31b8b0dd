import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compile,
  currentStep,
  isFinished,
  replay,
  start,
  step,
  validateScenarioJson,
  type EngineEvent,
  type EngineSnapshot,
  type Scenario,
  type Step,
} from '../../../src/domain/scenario';
import { scoreAttempt } from '../../../src/domain/scoring';

const folder = join(import.meta.dirname, '../../../scenarios');
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

function load(file: string): Scenario {
  const result = validateScenarioJson(readFileSync(join(folder, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.scenario;
}

/**
 * An event a trainee could send at this step, chosen by `pick` (a random number source). At a
 * timed step not yet started, the player's `timer.start` comes first.
 */
function eventFor(
  current: Step,
  snapshot: EngineSnapshot,
  pick: (n: number) => number,
  at: number,
): EngineEvent {
  if (current.kind === 'timed' && snapshot.context.deadline === null) return { type: 'timer.start', at };
  switch (current.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
      return { type: 'user.choose', optionId: current.options[pick(current.options.length)]!.id, at };
    case 'timed':
      return pick(current.options.length + 1) === current.options.length
        ? { type: 'timer.expire', at: at + current.timeLimitSeconds * 1000 }
        : { type: 'user.choose', optionId: current.options[pick(current.options.length)]!.id, at };
    case 'inspect':
      return { type: 'user.submit', answer: current.items.filter(() => pick(2) === 1).map((i) => i.id), at };
    case 'ranking': {
      const order = current.items.map((i) => i.id);
      for (let i = order.length - 1; i > 0; i--) {
        const j = pick(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return { type: 'user.submit', answer: order, at };
    }
    case 'written':
      return { type: 'user.submit', answer: 'Уважаемая Ирина Сергеевна! <b>Ответ</b>', at };
    default:
      return { type: 'user.continue', at };
  }
}

describe.each(files)('replaying %s', (file) => {
  const scenario = load(file);
  const compiled = compile(scenario);

  it('reproduces the stored state and score from the event log (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (randomness) => {
        let cursor = 0;
        const pick = (n: number) => (randomness[cursor++ % randomness.length] ?? 0) % n;
        let snapshot: EngineSnapshot = start(compiled, { startedAt: 1_000 });
        const log: EngineEvent[] = [];
        let at = 1_000;
        for (let guard = 0; guard < 500 && !isFinished(snapshot); guard++) {
          at += 1_000;
          const event = eventFor(currentStep(compiled, snapshot), snapshot, pick, at);
          const next = step(compiled, snapshot, event);
          if (next.accepted) {
            log.push(event);
            snapshot = next.snapshot;
          }
        }
        expect(isFinished(snapshot)).toBe(true);
        const stored = scoreAttempt({
          scenario,
          decisions: snapshot.context.history,
          endingStepId: snapshot.context.stepId,
        });
        const replayed = replay(
          compile(structuredClone(scenario)),
          { startedAt: 1_000 },
          JSON.parse(JSON.stringify(log)),
        );
        expect(replayed.rejected).toEqual([]);
        const starts = log.filter((e) => e.type === 'timer.start').length;
        expect(snapshot.context.history).toHaveLength(log.length - starts);
        expect(replayed.snapshot.context).toEqual(snapshot.context);
        const rescored = scoreAttempt({
          scenario,
          decisions: replayed.snapshot.context.history,
          endingStepId: replayed.snapshot.context.stepId,
        });
        expect(rescored).toEqual(stored);
        for (const c of stored.competencies) {
          if (c.score !== null) expect(c.score).toBeGreaterThanOrEqual(0);
          if (c.score !== null) expect(c.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 25 },
    );
  });
});
