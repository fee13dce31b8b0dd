/**
 * Model-based tests over every scenario in scenarios/ (files added later are picked up too):
 * explore the compiled machine breadth first over (step, variables), so each step is first met by
 * a shortest event path; then extend every such path along a shortest way to an ending and check
 * the machine reaches a final state. Bounded by MAX_STATES per scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compile,
  exitsOf,
  isFinished,
  step,
  start,
  validateScenarioJson,
  type CompiledScenario,
  type EngineEvent,
  type EngineSnapshot,
  type Step,
} from '../../../src/domain/scenario';

const DIR = new URL('../../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const MAX_STATES = 20_000;
const T0 = 1_700_000_000_000;

/** Candidate events at a step: every option, the timeout, and representative task answers. */
function movesAt(s: Step, snapshot: EngineSnapshot, at: number): EngineEvent[] {
  switch (s.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
      return s.options.map((o) => ({ type: 'user.choose', optionId: o.id, at }));
    case 'timed':
      return [
        ...s.options.map((o): EngineEvent => ({ type: 'user.choose', optionId: o.id, at })),
        { type: 'timer.expire', at: snapshot.context.deadline ?? at },
      ];
    case 'narration':
      return [{ type: 'user.continue', at }];
    case 'inspect':
      return [{ type: 'user.submit', answer: s.items.filter((i) => i.faulty).map((i) => i.id), at }];
    case 'ranking':
      return [{ type: 'user.submit', answer: [...s.expertOrder], at }];
    case 'written':
      return [{ type: 'user.submit', answer: 'Ответ', at }];
    case 'ending':
      return [];
  }
}

interface Node {
  snapshot: EngineSnapshot;
  path: EngineEvent[];
}

const keyOf = (snapshot: EngineSnapshot) =>
  `${snapshot.context.stepId}|${JSON.stringify(snapshot.context.vars)}`;

function explore(
  compiled: CompiledScenario,
  from: Node,
  stopAt?: (n: Node) => boolean,
  wanted?: ReadonlySet<string>,
) {
  const firstAt = new Map<string, Node>();
  const seen = new Set([keyOf(from.snapshot)]);
  const queue = [from];
  for (let head = 0; head < queue.length && seen.size < MAX_STATES; head++) {
    const node = queue[head] as Node;
    if (!firstAt.has(node.snapshot.context.stepId)) {
      firstAt.set(node.snapshot.context.stepId, node);
      // Breadth first: once every wanted step has been met, later states only give longer paths.
      if (wanted && firstAt.size >= wanted.size && [...wanted].every((id) => firstAt.has(id))) break;
    }
    if (stopAt?.(node)) return { firstAt, found: node };
    const at = (node.path.at(-1)?.at ?? T0) + 1000;
    for (const event of movesAt(compiled.steps.get(node.snapshot.context.stepId)!, node.snapshot, at)) {
      const next = step(compiled, node.snapshot, event);
      if (!next.accepted) continue;
      const key = keyOf(next.snapshot);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ snapshot: next.snapshot, path: [...node.path, event] });
    }
  }
  return { firstAt, found: undefined };
}

function graphReachable(compiled: CompiledScenario): Set<string> {
  const seen = new Set([compiled.scenario.start]);
  const queue = [compiled.scenario.start];
  while (queue.length > 0) {
    for (const exit of exitsOf(compiled.steps.get(queue.shift()!)!)) {
      if (!seen.has(exit.next)) {
        seen.add(exit.next);
        queue.push(exit.next);
      }
    }
  }
  return seen;
}

describe.each(FILES)('scenario %s', (file) => {
  const result = validateScenarioJson(readFileSync(new URL(file, DIR), 'utf8'));

  it('is valid', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  // State-space search over variables: seconds on a loaded 2-core machine, so a generous timeout.
  it(
    'reaches every step and every ending on shortest paths, each ending in a final state',
    { timeout: 120_000 },
    () => {
      if (!result.ok) return;
      const compiled = compile(result.scenario);
      const root: Node = { snapshot: start(compiled, { startedAt: T0 }), path: [] };
      const reachable = graphReachable(compiled);
      const { firstAt } = explore(compiled, root, undefined, reachable);
      const missing = [...reachable].filter((id) => !firstAt.has(id));
      expect(missing, 'steps no sequence of moves reaches (routes whose conditions never hold?)').toEqual([]);
      for (const [stepId, node] of firstAt) {
        const { found } = explore(compiled, node, (n) => isFinished(n.snapshot));
        expect(found, `no way from ${stepId} to an ending`).toBeDefined();
        // Replaying the whole path from the start must give the same final state.
        let snapshot = start(compiled, { startedAt: T0 });
        for (const event of found!.path) {
          const next = step(compiled, snapshot, event);
          expect(next.accepted).toBe(true);
          snapshot = next.snapshot;
        }
        expect(snapshot.status).toBe('done');
        expect(snapshot.context.outcome).not.toBeNull();
        expect(compiled.steps.get(snapshot.context.stepId)?.kind).toBe('ending');
      }
    },
  );
});
