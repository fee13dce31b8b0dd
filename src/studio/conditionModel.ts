/**
 * The model behind the condition builder: conditions are built only from the format's fixed
 * operators, and every change goes through these pure functions, so the builder can never
 * produce something the schema rejects (apart from naming a variable that was later removed).
 */
import type { Condition, Variables } from '../domain/scenario/schema';

export const CONDITION_OPS = ['all', 'any', 'not', 'eq', 'lt', 'gt', 'in'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export type Value = number | boolean;

export interface VarInfo {
  name: string;
  type: 'number' | 'flag';
}

/** Declared variables, numbers first, in declaration order. */
export function declaredVars(variables: Variables): VarInfo[] {
  return [
    ...Object.keys(variables.numbers ?? {}).map((name) => ({ name, type: 'number' as const })),
    ...Object.keys(variables.flags ?? {}).map((name) => ({ name, type: 'flag' as const })),
  ];
}

export function operatorOf(condition: Condition): ConditionOp {
  return Object.keys(condition)[0] as ConditionOp;
}

export function isGroup(op: ConditionOp): op is 'all' | 'any' | 'not' {
  return op === 'all' || op === 'any' || op === 'not';
}

/** Operators that make sense for a variable: numbers compare, flags only match. */
export function leafOpsFor(type: VarInfo['type'] | undefined): ConditionOp[] {
  return type === 'flag' ? ['eq', 'in'] : ['eq', 'lt', 'gt', 'in'];
}

function defaultValue(v: VarInfo | undefined): Value {
  return v?.type === 'flag' ? true : 0;
}

/** A fresh condition with the operator, over the first suitable variable. */
export function defaultCondition(op: ConditionOp, vars: readonly VarInfo[]): Condition {
  const any = vars[0];
  const number = vars.find((v) => v.type === 'number');
  const leaf = (): Condition => ({ eq: [any?.name ?? 'mood', defaultValue(any)] });
  switch (op) {
    case 'all':
      return { all: [leaf()] };
    case 'any':
      return { any: [leaf()] };
    case 'not':
      return { not: leaf() };
    case 'eq':
      return leaf();
    case 'lt':
      return { lt: [number?.name ?? any?.name ?? 'mood', 0] };
    case 'gt':
      return { gt: [number?.name ?? any?.name ?? 'mood', 0] };
    case 'in':
      return { in: [any?.name ?? 'mood', [defaultValue(any)]] };
  }
}

/** The variable a comparison reads, or undefined for a group. */
export function leafVar(condition: Condition): string | undefined {
  if ('eq' in condition) return condition.eq[0];
  if ('lt' in condition) return condition.lt[0];
  if ('gt' in condition) return condition.gt[0];
  if ('in' in condition) return condition.in[0];
  return undefined;
}

function firstLeaf(condition: Condition): Condition | undefined {
  if ('all' in condition) return condition.all.map(firstLeaf).find(Boolean);
  if ('any' in condition) return condition.any.map(firstLeaf).find(Boolean);
  if ('not' in condition) return firstLeaf(condition.not);
  return condition;
}

/**
 * The condition with another operator, keeping what still fits: a comparison keeps its variable,
 * a comparison becomes the first member of a new group, a group turned into a comparison keeps
 * its first comparison's variable.
 */
export function changeOperator(condition: Condition, op: ConditionOp, vars: readonly VarInfo[]): Condition {
  const current = operatorOf(condition);
  if (current === op) return condition;
  if (op === 'all' || op === 'any') {
    if ('all' in condition) return op === 'any' ? { any: condition.all } : condition;
    if ('any' in condition) return op === 'all' ? { all: condition.any } : condition;
    return op === 'all' ? { all: [condition] } : { any: [condition] };
  }
  if (op === 'not') return { not: condition };
  const leaf = firstLeaf(condition);
  const name = (leaf && leafVar(leaf)) ?? vars[0]?.name ?? 'mood';
  const info = vars.find((v) => v.name === name);
  const fresh = defaultCondition(op, info ? [info, ...vars] : vars);
  return withVar(fresh, name, vars);
}

/** The comparison over another variable; its value is reset when the type changes. */
export function withVar(condition: Condition, name: string, vars: readonly VarInfo[]): Condition {
  const info = vars.find((v) => v.name === name);
  const value = defaultValue(info);
  if ('eq' in condition) {
    const keep = typeof condition.eq[1] === typeof value;
    return { eq: [name, keep ? condition.eq[1] : value] };
  }
  if ('lt' in condition) return { lt: [name, condition.lt[1]] };
  if ('gt' in condition) return { gt: [name, condition.gt[1]] };
  if ('in' in condition) {
    const keep = condition.in[1].every((v) => typeof v === typeof value);
    return { in: [name, keep ? condition.in[1] : [value]] };
  }
  return condition;
}

/** Reads a value typed by the author: `true`/`false` for flags, a number otherwise. */
export function parseValue(text: string, type: VarInfo['type'] | undefined): Value | undefined {
  const trimmed = text.trim();
  if (type === 'flag') return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Parses a comma-separated list for `in`; semicolons also separate, so decimals may use commas. */
export function parseValueList(text: string, type: VarInfo['type'] | undefined): Value[] | undefined {
  const parts = text
    .split(text.includes(';') ? ';' : ',')
    .map((p) => p.trim())
    .filter(Boolean);
  const values = parts.map((p) => parseValue(p, type));
  return values.length > 0 && values.every((v) => v !== undefined) ? (values as Value[]) : undefined;
}

const WORDS = {
  ru: { and: ' и ', or: ' или ', not: 'не ', in: ' ∈ ' },
  en: { and: ' and ', or: ' or ', not: 'not ', in: ' in ' },
};

/** A one-line reading of a condition, e.g. `mood < 30 и (trust = 50 или не called)`. */
export function describeCondition(condition: Condition, lang: 'ru' | 'en', nested = false): string {
  const w = WORDS[lang];
  const group = (parts: Condition[], joiner: string): string => {
    const text = parts.map((c) => describeCondition(c, lang, true)).join(joiner);
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  if ('all' in condition) return group(condition.all, w.and);
  if ('any' in condition) return group(condition.any, w.or);
  if ('not' in condition) return `${w.not}${describeCondition(condition.not, lang, true)}`;
  if ('eq' in condition) return `${condition.eq[0]} = ${String(condition.eq[1])}`;
  if ('lt' in condition) return `${condition.lt[0]} < ${condition.lt[1]}`;
  if ('gt' in condition) return `${condition.gt[0]} > ${condition.gt[1]}`;
  return `${condition.in[0]}${w.in}{${condition.in[1].map(String).join(', ')}}`;
}
