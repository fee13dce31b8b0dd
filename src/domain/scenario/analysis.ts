/**
 * Per-competency coverage of a scenario, computed on the step graph without listing paths (their
 * number grows exponentially with the number of choices).
 *
 * Method: the graph is condensed into strongly connected components (Tarjan, linear), which form a
 * DAG. Components are processed sinks first; for a step, the highest total reachable is the best
 * over its alternatives of (the alternative's evidence + the best total from its targets); the
 * lowest likewise. Endings contribute 0. Conditional routes are treated as all possible (a sound
 * over-approximation: a route whose condition can never hold still widens the range).
 * In a cycle the exact range depends on how often a loop is taken, so a component with a cycle
 * gets a bound that counts each of its steps at most once (a revisited step counts once, with its
 * latest decision): every positive contribution for the maximum, every negative one for the
 * minimum, plus the best (worst) exit. Such ranges are flagged `exact: false`.
 * Cost: O(competencies × (steps + exits)).
 */
import { COMPETENCY_IDS, type CompetencyId } from '../profile/competencies';
import { alternativesOf } from './evidence';
import { buildGraph, reachableFrom, stronglyConnected, type Components, type StepGraph } from './graph';
import type { Evidence, Scenario, Step } from './schema';

export interface CompetencyCoverage {
  competency: CompetencyId;
  /** Listed in the scenario's `competencies`. */
  targeted: boolean;
  /** Reachable steps that observe it. */
  decisions: number;
  /** Fewest and most observations along one path from the start to an ending. */
  perPath: { min: number; max: number };
  /** Lowest and highest sum of evidence any path can reach. */
  total: { min: number; max: number };
  /** False when a cycle made the numbers a bound rather than exact. */
  exact: boolean;
}

export interface Analysis {
  steps: number;
  reachable: number;
  /** Every competency that is targeted or observed, in profile order. */
  competencies: CompetencyCoverage[];
}

interface Branch {
  /** Evidence of a choice alternative, or the weights of a task (range −w…+w), or nothing. */
  evidence?: Evidence;
  task?: Partial<Record<CompetencyId, number>>;
  targets: number[];
}

function branchesOf(step: Step, graph: StepGraph): Branch[] {
  const targetsOf = (ids: string[]): number[] => {
    const out: number[] = [];
    for (const id of ids) {
      const i = graph.index.get(id);
      if (i !== undefined && !out.includes(i)) out.push(i);
    }
    return out;
  };
  switch (step.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
    case 'timed': {
      const branches: Branch[] = step.options.map((o) => ({
        evidence: o.evidence,
        targets: targetsOf(o.routes ? [...o.routes.map((r) => r.next), o.next] : [o.next]),
      }));
      if (step.kind === 'timed') {
        branches.push({ evidence: step.onTimeout.evidence ?? {}, targets: targetsOf([step.onTimeout.next]) });
      }
      return branches;
    }
    case 'inspect':
    case 'ranking':
      return [{ task: step.competencies, targets: targetsOf([step.next]) }];
    case 'narration':
    case 'written':
      return [{ targets: targetsOf([step.next]) }];
    case 'ending':
      return [];
  }
}

/**
 * Branches of all steps flattened: branch j of step v is at `offset[v] + j`. Contributions are
 * then plain typed arrays filled once per competency, with no per-branch allocation (a 5,000-step
 * scenario has ~20,000 branches and 24 competencies).
 */
interface FlatBranches {
  offset: Uint32Array;
  targets: number[][];
}

function flatten(branches: Branch[][]): FlatBranches {
  const offset = new Uint32Array(branches.length + 1);
  const targets: number[][] = [];
  branches.forEach((list, v) => {
    offset[v + 1] = (offset[v] as number) + list.length;
    for (const b of list) targets.push(b.targets);
  });
  return { offset, targets };
}

/**
 * Lowest and highest total from each step to an ending (NaN where no ending is reachable), given
 * each branch's own lowest (`blo`) and highest (`bhi`) contribution.
 */
function ranges(
  graph: StepGraph,
  comps: Components,
  flat: FlatBranches,
  blo: Float64Array,
  bhi: Float64Array,
) {
  const n = graph.steps.length;
  const lo = new Float64Array(n).fill(NaN);
  const hi = new Float64Array(n).fill(NaN);
  const exact = new Uint8Array(n).fill(1);
  const { offset, targets } = flat;
  comps.members.forEach((members, c) => {
    if (!comps.cyclic[c]) {
      const v = members[0] as number;
      if (graph.steps[v]?.kind === 'ending') {
        lo[v] = hi[v] = 0;
        return;
      }
      let bestHi = -Infinity;
      let bestLo = Infinity;
      let isExact = true;
      for (let j = offset[v] as number; j < (offset[v + 1] as number); j++) {
        const bl = blo[j] as number;
        const bh = bhi[j] as number;
        for (const t of targets[j] as number[]) {
          if (Number.isNaN(hi[t])) continue;
          bestHi = Math.max(bestHi, bh + (hi[t] as number));
          bestLo = Math.min(bestLo, bl + (lo[t] as number));
          if (!exact[t]) isExact = false;
        }
      }
      if (bestHi !== -Infinity) {
        hi[v] = bestHi;
        lo[v] = bestLo;
        exact[v] = isExact ? 1 : 0;
      }
      return;
    }
    let pos = 0;
    let neg = 0;
    let exitHi = -Infinity;
    let exitLo = Infinity;
    for (const v of members) {
      let stepHi = 0;
      let stepLo = 0;
      for (let j = offset[v] as number; j < (offset[v + 1] as number); j++) {
        stepHi = Math.max(stepHi, bhi[j] as number);
        stepLo = Math.min(stepLo, blo[j] as number);
        for (const t of targets[j] as number[]) {
          if (comps.of[t] === c || Number.isNaN(hi[t])) continue;
          exitHi = Math.max(exitHi, hi[t] as number);
          exitLo = Math.min(exitLo, lo[t] as number);
        }
      }
      pos += stepHi;
      neg += stepLo;
    }
    if (exitHi === -Infinity) return;
    for (const v of members) {
      hi[v] = pos + exitHi;
      lo[v] = neg + exitLo;
      exact[v] = pos === 0 && neg === 0 ? 1 : 0;
    }
  });
  return { lo, hi, exact };
}

function observes(branches: Branch[], c: CompetencyId): boolean {
  return branches.some(
    (b) => (b.evidence && b.evidence[c] !== undefined) || (b.task && b.task[c] !== undefined),
  );
}

export function analyse(scenario: Scenario, graph: StepGraph = buildGraph(scenario)): Analysis {
  const branches = graph.steps.map((s) => branchesOf(s, graph));
  const reachable = reachableFrom(graph, graph.start);
  const targeted = new Set<string>(scenario.competencies);
  const observed = new Set<CompetencyId>();
  for (const s of graph.steps) {
    for (const e of alternativesOf(s)) for (const c of Object.keys(e) as CompetencyId[]) observed.add(c);
    if (s.kind === 'inspect' || s.kind === 'ranking')
      for (const c of Object.keys(s.competencies) as CompetencyId[]) observed.add(c);
  }
  const start = graph.start;
  const comps = stronglyConnected(graph);
  const flat = flatten(branches);
  const branchCount = flat.targets.length;
  const totalLo = new Float64Array(branchCount);
  const totalHi = new Float64Array(branchCount);
  const countLo = new Float64Array(branchCount);
  const competencies: CompetencyCoverage[] = [];
  const at = (a: Float64Array): number =>
    start === undefined || Number.isNaN(a[start]) ? 0 : (a[start] as number);
  for (const c of COMPETENCY_IDS) {
    if (!targeted.has(c) && !observed.has(c)) continue;
    let decisions = 0;
    branches.forEach((list, v) => {
      const observing = observes(list, c);
      if (observing && reachable[v]) decisions++;
      list.forEach((b, j) => {
        const k = (flat.offset[v] as number) + j;
        const w = b.task ? (b.task[c] ?? 0) : (b.evidence?.[c] ?? 0);
        totalLo[k] = b.task ? -w : w;
        totalHi[k] = w;
        countLo[k] = observing ? 1 : 0;
      });
    });
    const totals = ranges(graph, comps, flat, totalLo, totalHi);
    const counts = ranges(graph, comps, flat, countLo, countLo);
    competencies.push({
      competency: c,
      targeted: targeted.has(c),
      decisions,
      perPath: { min: at(counts.lo), max: at(counts.hi) },
      total: { min: at(totals.lo), max: at(totals.hi) },
      exact: start === undefined ? true : totals.exact[start] === 1,
    });
  }
  let reachableCount = 0;
  for (const r of reachable) reachableCount += r;
  return { steps: graph.steps.length, reachable: reachableCount, competencies };
}
