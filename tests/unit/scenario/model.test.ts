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

/**
 * Candidate events at a step: every option, the timeout, and representative task answers. A timed
 * step whose clock has not started offers only `timer.start`: the player starts it on showing it.
 */
function movesAt(s: Step, snapshot: EngineSnapshot, at: number): EngineEvent[] {
  switch (s.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
      return s.options.map((o) => ({ type: 'user.choose', optionId: o.id, at }));
    case 'timed':
      if (snapshot.context.deadline === null) return [{ type: 'timer.start', at }];
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
  parent: number;
  event: EngineEvent | null;
  children: number[];
}

// Whether the clock started is part of the state: a timed step before and after its start differ.
const keyOf = (snapshot: EngineSnapshot) =>
  `${snapshot.context.stepId}|${snapshot.context.deadline === null ? '' : 'started|'}${JSON.stringify(snapshot.context.vars)}`;

/** Breadth-first state graph of the machine from the start, up to MAX_STATES states. */
function explore(compiled: CompiledScenario): Node[] {
  const nodes: Node[] = [
    { snapshot: start(compiled, { startedAt: T0 }), parent: -1, event: null, children: [] },
  ];
  const index = new Map([[keyOf(nodes[0]!.snapshot), 0]]);
  for (let head = 0; head < nodes.length && nodes.length < MAX_STATES; head++) {
    const node = nodes[head]!;
    const at = (node.event?.at ?? T0) + 1000;
    for (const event of movesAt(compiled.steps.get(node.snapshot.context.stepId)!, node.snapshot, at)) {
      const next = step(compiled, node.snapshot, event);
      if (!next.accepted) continue;
      const key = keyOf(next.snapshot);
      const known = index.get(key);
      if (known !== undefined) {
        node.children.push(known);
        continue;
      }
      index.set(key, nodes.length);
      node.children.push(nodes.length);
      nodes.push({ snapshot: next.snapshot, parent: head, event, children: [] });
    }
  }
  return nodes;
}

function pathTo(nodes: Node[], i: number): number[] {
  const path: number[] = [];
  for (let n = i; n !== -1; n = nodes[n]!.parent) path.push(n);
  return path.reverse();
}

/** For each state, its child on a shortest way to a final state (reverse breadth-first search). */
function towardsEnd(nodes: Node[]): Map<number, number> {
  const parents = new Map<number, number[]>();
  nodes.forEach((n, i) =>
    n.children.forEach((c) => {
      const list = parents.get(c);
      if (list) list.push(i);
      else parents.set(c, [i]);
    }),
  );
  const hop = new Map<number, number>();
  const queue = nodes.flatMap((n, i) => (isFinished(n.snapshot) ? [i] : []));
  const done = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]!;
    for (const p of parents.get(c) ?? []) {
      if (done.has(p)) continue;
      done.add(p);
      hop.set(p, c);
      queue.push(p);
    }
  }
  return hop;
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

  // One state-space search over variables per scenario: seconds on a loaded 2-core machine.
  it(
    'reaches every step and every ending on shortest paths, each ending in a final state',
    { timeout: 120_000 },
    () => {
      if (!result.ok) return;
      const compiled = compile(result.scenario);
      const nodes = explore(compiled);
      const firstAt = new Map<string, number>();
      nodes.forEach((n, i) => {
        if (!firstAt.has(n.snapshot.context.stepId)) firstAt.set(n.snapshot.context.stepId, i);
      });
      const missing = [...graphReachable(compiled)].filter((id) => !firstAt.has(id));
      expect(missing, 'steps no sequence of moves reaches (routes whose conditions never hold?)').toEqual([]);
      const hop = towardsEnd(nodes);
      for (const [stepId, i] of firstAt) {
        const path = pathTo(nodes, i);
        for (let n = i; !isFinished(nodes[n]!.snapshot);) {
          const next = hop.get(n);
          expect(next, `no way from ${stepId} to an ending`).toBeDefined();
          path.push(next!);
          n = next!;
        }
        // Replay the whole path from the start as a fresh event log: it must end in a final state.
        let snapshot = start(compiled, { startedAt: T0 });
        for (const n of path.slice(1)) {
          const target = keyOf(nodes[n]!.snapshot);
          const at = Math.max(
            snapshot.context.deadline ?? 0,
            (snapshot.context.history.at(-1)?.at ?? T0) + 1000,
          );
          const moves = movesAt(compiled.steps.get(snapshot.context.stepId)!, snapshot, at);
          const move = moves
            .map((e) => step(compiled, snapshot, e))
            .find((r) => r.accepted && keyOf(r.snapshot) === target);
          expect(move, `no move from ${snapshot.context.stepId} to ${target}`).toBeDefined();
          snapshot = move!.snapshot;
        }
        expect(snapshot.status).toBe('done');
        expect(snapshot.context.outcome).not.toBeNull();
        expect(compiled.steps.get(snapshot.context.stepId)?.kind).toBe('ending');
      }
    },
  );
});
