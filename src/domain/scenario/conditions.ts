/**
 * The interpreter of declarative conditions and effects. It knows a fixed set of operators and
 * never evaluates strings: authored content stays data.
 */
import type { Condition, Effect, Variables } from './schema';

export type VarValue = number | boolean;
export type VarValues = Readonly<Record<string, VarValue>>;

/** Initial values of all declared variables. */
export function initialValues(variables: Variables): Record<string, VarValue> {
  const values: Record<string, VarValue> = Object.create(null) as Record<string, VarValue>;
  for (const [name, v] of Object.entries(variables.numbers ?? {})) values[name] = v.initial;
  for (const [name, v] of Object.entries(variables.flags ?? {})) values[name] = v;
  return { ...values };
}

/** Evaluates a condition; an unknown variable reads as undefined and never matches. */
export function evaluate(condition: Condition, values: VarValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, values));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, values));
  if ('not' in condition) return !evaluate(condition.not, values);
  if ('eq' in condition) return values[condition.eq[0]] === condition.eq[1];
  if ('lt' in condition) {
    const v = values[condition.lt[0]];
    return typeof v === 'number' && v < condition.lt[1];
  }
  if ('gt' in condition) {
    const v = values[condition.gt[0]];
    return typeof v === 'number' && v > condition.gt[1];
  }
  const [name, allowed] = condition.in;
  const v = values[name];
  return v !== undefined && allowed.includes(v);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Applies effects in order and returns new values; numbers are clamped to their bounds. */
export function applyEffects(
  values: VarValues,
  effects: readonly Effect[] | undefined,
  variables: Variables,
): Record<string, VarValue> {
  const next: Record<string, VarValue> = { ...values };
  if (!effects) return next;
  for (const effect of effects) {
    const bounds = variables.numbers?.[effect.var];
    const current = next[effect.var];
    if (effect.op === 'add') {
      if (bounds && typeof current === 'number')
        next[effect.var] = clamp(current + effect.value, bounds.min, bounds.max);
    } else if (bounds && typeof effect.value === 'number') {
      next[effect.var] = clamp(effect.value, bounds.min, bounds.max);
    } else if (!bounds && typeof effect.value === 'boolean' && typeof current === 'boolean') {
      next[effect.var] = effect.value;
    }
  }
  return next;
}

/** Variable names a condition reads, with the operator that reads each. */
export function conditionVariables(
  condition: Condition,
): { name: string; op: 'eq' | 'lt' | 'gt' | 'in'; value: unknown }[] {
  const found: { name: string; op: 'eq' | 'lt' | 'gt' | 'in'; value: unknown }[] = [];
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('all' in c) stack.push(...c.all);
    else if ('any' in c) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
    else if ('eq' in c) found.push({ name: c.eq[0], op: 'eq', value: c.eq[1] });
    else if ('lt' in c) found.push({ name: c.lt[0], op: 'lt', value: c.lt[1] });
    else if ('gt' in c) found.push({ name: c.gt[0], op: 'gt', value: c.gt[1] });
    else found.push({ name: c.in[0], op: 'in', value: c.in[1] });
  }
  return found;
}
