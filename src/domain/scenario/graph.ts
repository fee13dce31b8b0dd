/**
 * The scenario as a directed graph of steps. Everything here is iterative and linear in the size
 * of the document, so a hostile 100,000-step file neither overflows the stack nor hangs.
 */
import type { IssuePath } from './issues';
import type { Scenario, Step } from './schema';

/** One way out of a step, with the JSON path (relative to the step) of the id that names it. */
export interface Exit {
  next: string;
  path: IssuePath;
}

/** All step ids a step can lead to, including conditional routes and the timeout route. */
export function exitsOf(step: Step): Exit[] {
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
    case 'recall':
    case 'data': {
      const exits: Exit[] = [];
      step.options.forEach((o, i) => {
        o.routes?.forEach((r, j) => exits.push({ next: r.next, path: ['options', i, 'routes', j, 'next'] }));
        exits.push({ next: o.next, path: ['options', i, 'next'] });
      });
      if (step.kind === 'timed') exits.push({ next: step.onTimeout.next, path: ['onTimeout', 'next'] });
      return exits;
    }
    case 'narration':
    case 'inspect':
    case 'ranking':
    case 'written':
      return [{ next: step.next, path: ['next'] }];
    case 'ending':
      return [];
  }
}

export interface StepGraph {
  steps: readonly Step[];
  /** Step id -> index of its first occurrence. */
  index: ReadonlyMap<string, number>;
  /** Successor indices per step (unknown ids left out, duplicates removed). */
  succ: readonly (readonly number[])[];
  start: number | undefined;
}

export function buildGraph(scenario: Scenario): StepGraph {
  const index = new Map<string, number>();
  scenario.steps.forEach((s, i) => {
    if (!index.has(s.id)) index.set(s.id, i);
  });
  const succ = scenario.steps.map((s) => {
    const targets = new Set<number>();
    for (const exit of exitsOf(s)) {
      const t = index.get(exit.next);
      if (t !== undefined) targets.add(t);
    }
    return [...targets];
  });
  return { steps: scenario.steps, index, succ, start: index.get(scenario.start) };
}

/** Marks every step reachable from `from` (breadth first). */
export function reachableFrom(graph: StepGraph, from: number | undefined): Uint8Array {
  const seen = new Uint8Array(graph.steps.length);
  if (from === undefined) return seen;
  const queue = [from];
  seen[from] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const t of graph.succ[queue[head] as number] ?? []) {
      if (!seen[t]) {
        seen[t] = 1;
        queue.push(t);
      }
    }
  }
  return seen;
}

/** Marks every step from which some ending can be reached. */
export function reachesEnding(graph: StepGraph): Uint8Array {
  const n = graph.steps.length;
  const pred: number[][] = Array.from({ length: n }, () => []);
  graph.succ.forEach((targets, from) => targets.forEach((t) => pred[t]?.push(from)));
  const ok = new Uint8Array(n);
  const queue: number[] = [];
  graph.steps.forEach((s, i) => {
    if (s.kind === 'ending') {
      ok[i] = 1;
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    for (const p of pred[queue[head] as number] ?? []) {
      if (!ok[p]) {
        ok[p] = 1;
        queue.push(p);
      }
    }
  }
  return ok;
}

export interface Components {
  /** Component number of each step. */
  of: Int32Array;
  /** Steps of each component; components come sinks first (reverse topological order). */
  members: number[][];
  /** True when the component contains a cycle (several steps, or a step leading to itself). */
  cyclic: boolean[];
}

/** Strongly connected components (Tarjan's algorithm, iterative). */
export function stronglyConnected(graph: StepGraph): Components {
  const n = graph.steps.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const of = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const members: number[][] = [];
  const cyclic: boolean[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [node: number, edge: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1] as [number, number];
      const [v, e] = top;
      const targets = graph.succ[v] ?? [];
      if (e < targets.length) {
        top[1] = e + 1;
        const w = targets[e] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          of[w] = members.length;
          component.push(w);
        } while (w !== v);
        cyclic.push(component.length > 1 || (graph.succ[v] ?? []).includes(v));
        members.push(component);
      }
    }
  }
  return { of, members, cyclic };
}
