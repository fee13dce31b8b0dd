/**
 * The validator: untrusted value -> typed scenario, or issues. First the safety checks of
 * parse.ts, then the zod schema (structural issues, mapped to our codes with their JSON paths),
 * then the whole-document checks and the competency analysis (checks.ts).
 */
import type { z } from 'zod';
import type { Analysis } from './analysis';
import { checkScenario } from './checks';
import { issue, hasErrors, type Issue, type IssuePath } from './issues';
import { checkUntrusted, parseScenarioJson } from './parse';
import { MAX_STEPS, ScenarioSchema, STEP_KINDS, type Scenario } from './schema';

/** At most this many structural issues are reported: after that, the file is clearly not a scenario. */
const MAX_STRUCTURAL_ISSUES = 200;

export type ValidationResult =
  | { ok: true; scenario: Scenario; issues: Issue[]; analysis: Analysis }
  | { ok: false; scenario?: undefined; issues: Issue[]; analysis?: Analysis };

function valueAt(root: unknown, path: IssuePath): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key))
      return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function stepIdAt(root: unknown, path: IssuePath): string | undefined {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return undefined;
  const id = valueAt(root, ['steps', path[1], 'id']);
  return typeof id === 'string' ? id : undefined;
}

const TASK_WEIGHT_KEYS = new Set(['evidence', 'competencies']);

function fromZod(zi: z.core.$ZodIssue, root: unknown): Issue {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  const stepId = stepIdAt(root, path);
  const last = path[path.length - 1];
  const make = (code: Issue['code'], params: Issue['params'] = {}): Issue =>
    issue('error', code, path, params, stepId);
  if (path[0] === 'steps' && path.length === 3 && last === 'kind' && zi.code !== 'invalid_type') {
    return make('unknown-step-kind', { kind: String(valueAt(root, path)), values: STEP_KINDS.join(', ') });
  }
  if (path.includes('effects') && last === 'op') return make('invalid-effect');
  if (path.includes('when') && zi.code !== 'invalid_format' && zi.code !== 'invalid_type')
    return make('invalid-condition');
  switch (zi.code) {
    case 'invalid_type':
      if (valueAt(root, path) === undefined)
        return make(last === 'onTimeout' ? 'missing-timeout' : 'required', { field: String(last ?? '') });
      return make('type', { expected: zi.expected });
    case 'too_small':
      return make('too-small', { minimum: String(zi.minimum) });
    case 'too_big':
      return make('too-big', { maximum: String(zi.maximum) });
    case 'invalid_format':
      return make('format', {
        format: zi.format === 'regex' && 'pattern' in zi ? String(zi.pattern) : zi.format,
      });
    case 'invalid_value':
      return make('invalid-value', { values: zi.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return make(
        typeof last === 'string' && TASK_WEIGHT_KEYS.has(last) && path.length > 1
          ? 'unknown-competency'
          : 'unknown-key',
        {
          keys: zi.keys.join(', '),
        },
      );
    case 'invalid_union': {
      if (path.length === 2 && path[0] === 'steps') {
        return make('unknown-step-kind', {
          kind: String(valueAt(root, [...path, 'kind'])),
          values: STEP_KINDS.join(', '),
        });
      }
      if (path.includes('when')) return make('invalid-condition');
      if (path.includes('effects')) return make('invalid-effect');
      return make('invalid', { message: zi.message });
    }
    default:
      return make('invalid', { message: zi.message });
  }
}

/** Validates an already parsed value (e.g. read from IndexedDB, or built in the editor). */
export function validateScenario(input: unknown): ValidationResult {
  const unsafe = checkUntrusted(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const steps = (input as { steps?: unknown }).steps;
  if (Array.isArray(steps) && steps.length > MAX_STEPS) {
    return { ok: false, issues: [issue('error', 'too-big', ['steps'], { maximum: String(MAX_STEPS) })] };
  }
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_STRUCTURAL_ISSUES).map((zi) => fromZod(zi, input));
    return { ok: false, issues };
  }
  const { issues, analysis } = checkScenario(parsed.data);
  return hasErrors(issues)
    ? { ok: false, issues, analysis }
    : { ok: true, scenario: parsed.data, issues, analysis };
}

/** Parses and validates scenario JSON text: the entry point for files and pasted text. */
export function validateScenarioJson(text: string): ValidationResult {
  const parsed = parseScenarioJson(text);
  return parsed.ok ? validateScenario(parsed.value) : { ok: false, issues: parsed.issues };
}
