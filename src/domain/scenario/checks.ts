/**
 * Checks that need the whole document: references, the graph, variables, translations, evidence.
 * Runs only on a structurally valid scenario (see validate.ts).
 */
import { analyse, type Analysis } from './analysis';
import { conditionVariables } from './conditions';
import { alternativesOf } from './evidence';
import { buildGraph, exitsOf, reachableFrom, reachesEnding, type StepGraph } from './graph';
import { issue, type Issue, type IssuePath } from './issues';
import type { Condition, Effect, Option, Scenario, Step } from './schema';
import { forEachText } from './texts';

const RESERVED = ['mood', 'trust'];
/** Above this many recall×step visits the "asked before shown" check is skipped (hostile sizes). */
const RECALL_BUDGET = 5_000_000;

function duplicates<T>(values: readonly T[]): Map<T, number[]> {
  if (new Set(values).size === values.length) return new Map();
  const seen = new Map<T, number[]>();
  values.forEach((v, i) => seen.set(v, [...(seen.get(v) ?? []), i]));
  for (const [v, at] of seen) if (at.length < 2) seen.delete(v);
  return seen;
}

function checkUnique(
  out: Issue[],
  ids: readonly string[],
  base: IssuePath,
  field: string,
  stepId?: string,
): void {
  for (const [id, at] of duplicates(ids)) {
    for (const i of at.slice(1))
      out.push(issue('error', 'duplicate-id', [...base, i, field], { id }, stepId));
  }
}

function checkLists(s: Scenario, out: Issue[]): void {
  for (const [value, at] of duplicates(s.languages)) {
    out.push(issue('error', 'duplicate-value', ['languages', at[1] as number], { value }));
  }
  for (const [value, at] of duplicates(s.competencies)) {
    out.push(issue('error', 'duplicate-value', ['competencies', at[1] as number], { value }));
  }
}

function checkVariables(s: Scenario, out: Issue[]): void {
  const numbers = s.variables.numbers ?? {};
  const flags = s.variables.flags ?? {};
  for (const [name, v] of Object.entries(numbers)) {
    const path = ['variables', 'numbers', name];
    if (!(v.min <= v.initial && v.initial <= v.max))
      out.push(issue('error', 'variable-bounds', path, { name }));
    if (name in flags) out.push(issue('error', 'variable-duplicate', path, { name }));
    if (RESERVED.includes(name) && (v.min !== 0 || v.max !== 100)) {
      out.push(issue('warning', 'reserved-variable', path, { name }));
    }
  }
  for (const name of Object.keys(flags)) {
    if (RESERVED.includes(name))
      out.push(issue('warning', 'reserved-variable', ['variables', 'flags', name], { name }));
  }
  const mood = numbers['mood'];
  if (mood && mood.initial !== s.persona.mood) {
    out.push(
      issue('warning', 'mood-mismatch', ['variables', 'numbers', 'mood', 'initial'], {
        initial: mood.initial,
        mood: s.persona.mood,
      }),
    );
  }
}

type VarKind = 'number' | 'flag';

function varKinds(s: Scenario): Map<string, VarKind> {
  const kinds = new Map<string, VarKind>();
  for (const name of Object.keys(s.variables.numbers ?? {})) kinds.set(name, 'number');
  for (const name of Object.keys(s.variables.flags ?? {})) if (!kinds.has(name)) kinds.set(name, 'flag');
  return kinds;
}

function checkCondition(
  c: Condition,
  kinds: Map<string, VarKind>,
  path: IssuePath,
  stepId: string,
  out: Issue[],
): void {
  for (const read of conditionVariables(c)) {
    const kind = kinds.get(read.name);
    if (!kind) {
      out.push(issue('error', 'unknown-variable', path, { name: read.name }, stepId));
      continue;
    }
    const values = read.op === 'in' ? (read.value as unknown[]) : [read.value];
    const fits = values.every((v) => (kind === 'number' ? typeof v === 'number' : typeof v === 'boolean'));
    if (!fits)
      out.push(issue('error', 'variable-type', path, { name: read.name, type: kind, op: read.op }, stepId));
  }
}

function checkEffects(
  effects: readonly Effect[],
  kinds: Map<string, VarKind>,
  base: IssuePath,
  stepId: string,
  out: Issue[],
): void {
  effects.forEach((e, i) => {
    const path = [...base, i];
    const kind = kinds.get(e.var);
    if (!kind) out.push(issue('error', 'unknown-variable', path, { name: e.var }, stepId));
    else if (kind === 'flag' ? e.op === 'add' || typeof e.value !== 'boolean' : typeof e.value !== 'number') {
      out.push(issue('error', 'variable-type', path, { name: e.var, type: kind, op: e.op }, stepId));
    }
  });
}

function checkOptions(
  options: readonly Option[],
  kinds: Map<string, VarKind>,
  base: IssuePath,
  stepId: string,
  out: Issue[],
): void {
  checkUnique(
    out,
    options.map((o) => o.id),
    [...base, 'options'],
    'id',
    stepId,
  );
  options.forEach((o, i) => {
    if (o.effects) checkEffects(o.effects, kinds, [...base, 'options', i, 'effects'], stepId, out);
    o.routes?.forEach((r, j) =>
      checkCondition(r.when, kinds, [...base, 'options', i, 'routes', j, 'when'], stepId, out),
    );
  });
}

function checkStep(step: Step, base: IssuePath, kinds: Map<string, VarKind>, out: Issue[]): void {
  const id = step.id;
  switch (step.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
    case 'timed':
      checkOptions(step.options, kinds, base, id, out);
      if (step.kind === 'timed' && step.onTimeout.effects) {
        checkEffects(step.onTimeout.effects, kinds, [...base, 'onTimeout', 'effects'], id, out);
      }
      if (alternativesOf(step).every((e) => Object.keys(e).length === 0)) {
        out.push(issue('warning', 'no-evidence', [...base, 'options'], {}, id));
      }
      if (step.kind === 'data') checkTable(step, base, out);
      break;
    case 'inspect': {
      checkUnique(
        out,
        step.items.map((i) => i.id),
        [...base, 'items'],
        'id',
        id,
      );
      const faulty = step.items.filter((i) => i.faulty).length;
      if (faulty === 0 || faulty === step.items.length)
        out.push(issue('error', 'inspect-items', [...base, 'items'], {}, id));
      if (Object.keys(step.competencies).length === 0)
        out.push(issue('warning', 'no-evidence', [...base, 'competencies'], {}, id));
      break;
    }
    case 'ranking': {
      checkUnique(
        out,
        step.items.map((i) => i.id),
        [...base, 'items'],
        'id',
        id,
      );
      const items = new Set(step.items.map((i) => i.id));
      const order = new Set(step.expertOrder);
      if (
        order.size !== step.expertOrder.length ||
        order.size !== items.size ||
        ![...items].every((i) => order.has(i))
      ) {
        out.push(issue('error', 'ranking-order', [...base, 'expertOrder'], {}, id));
      }
      if (Object.keys(step.competencies).length === 0)
        out.push(issue('warning', 'no-evidence', [...base, 'competencies'], {}, id));
      break;
    }
    case 'written':
      checkUnique(
        out,
        step.rubric.criteria.map((c) => c.id),
        [...base, 'rubric', 'criteria'],
        'id',
        id,
      );
      break;
    default:
      break;
  }
}

function checkTable(step: Extract<Step, { kind: 'data' }>, base: IssuePath, out: Issue[]): void {
  const keys = step.table.columns.map((c) => c.key);
  checkUnique(out, keys, [...base, 'table', 'columns'], 'key', step.id);
  const known = new Set(keys);
  step.table.rows.forEach((row, r) => {
    for (const key of Object.keys(row)) {
      if (!known.has(key))
        out.push(issue('error', 'table-cell', [...base, 'table', 'rows', r, key], { key }, step.id));
    }
    for (const key of known) {
      if (!(key in row))
        out.push(issue('warning', 'table-cell', [...base, 'table', 'rows', r], { key }, step.id));
    }
  });
}

function checkTranslations(s: Scenario, out: Issue[]): void {
  forEachText(s, (text, path, stepId) => {
    for (const lang of s.languages) {
      if ((text[lang] ?? '').trim() === '')
        out.push(issue('error', 'missing-translation', [...path, lang], { lang }, stepId));
    }
  });
}

function checkGraph(s: Scenario, graph: StepGraph, out: Issue[]): void {
  checkUnique(
    out,
    s.steps.map((st) => st.id),
    ['steps'],
    'id',
  );
  if (graph.start === undefined) out.push(issue('error', 'unknown-start', ['start'], { id: s.start }));
  s.steps.forEach((step, i) => {
    for (const exit of exitsOf(step)) {
      if (!graph.index.has(exit.next))
        out.push(issue('error', 'unknown-next', ['steps', i, ...exit.path], { id: exit.next }, step.id));
    }
    if (step.kind === 'recall' && !graph.index.has(step.about)) {
      out.push(issue('error', 'unknown-about', ['steps', i, 'about'], { id: step.about }, step.id));
    }
  });
  const reachable = reachableFrom(graph, graph.start);
  const toEnding = reachesEnding(graph);
  const hasEnding = s.steps.some((st) => st.kind === 'ending');
  if (!hasEnding) out.push(issue('error', 'no-ending', ['steps']));
  const recalls = s.steps.filter((st) => st.kind === 'recall').length;
  const checkRecall = recalls * s.steps.length <= RECALL_BUDGET;
  s.steps.forEach((step, i) => {
    if (graph.index.get(step.id) !== i) return;
    const exits = exitsOf(step);
    const deadEnd = step.kind !== 'ending' && exits.length > 0 && exits.every((e) => e.next === step.id);
    if (deadEnd) out.push(issue('error', 'dead-end', ['steps', i], {}, step.id));
    if (graph.start !== undefined && !reachable[i])
      out.push(issue('warning', 'unreachable', ['steps', i], {}, step.id));
    else if (hasEnding && !deadEnd && reachable[i] && !toEnding[i]) {
      out.push(issue('error', 'no-ending-reachable', ['steps', i], {}, step.id));
    }
    if (checkRecall && step.kind === 'recall' && reachable[i]) {
      const about = graph.index.get(step.about);
      if (about !== undefined && (about === i || !reachableFrom(graph, about)[i])) {
        out.push(issue('warning', 'recall-not-before', ['steps', i, 'about'], { id: step.about }, step.id));
      }
    }
  });
}

function checkCoverage(analysis: Analysis, s: Scenario, out: Issue[]): void {
  for (const c of analysis.competencies) {
    if (c.targeted && c.decisions === 0) {
      out.push(
        issue('warning', 'competency-not-observed', ['competencies', s.competencies.indexOf(c.competency)], {
          id: c.competency,
        }),
      );
    }
    if (!c.targeted && c.decisions > 0)
      out.push(issue('warning', 'competency-not-targeted', ['competencies'], { id: c.competency }));
  }
}

/** All checks beyond the schema, plus the per-competency analysis. */
export function checkScenario(s: Scenario): { issues: Issue[]; analysis: Analysis } {
  const out: Issue[] = [];
  const graph = buildGraph(s);
  const kinds = varKinds(s);
  checkLists(s, out);
  checkVariables(s, out);
  checkGraph(s, graph, out);
  s.steps.forEach((step, i) => checkStep(step, ['steps', i], kinds, out));
  checkTranslations(s, out);
  const analysis = analyse(s, graph);
  checkCoverage(analysis, s, out);
  return { issues: out, analysis };
}
