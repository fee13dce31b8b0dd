/**
 * Reading untrusted scenario JSON (an imported file, a paste, a record read back from storage).
 * Nothing in it is executed: JSON.parse builds plain data, and the checks below refuse what could
 * trip later code (prototype keys, absurd nesting or size) before the schema sees it.
 */
import { issue, type Issue, type IssuePath } from './issues';

/** 2 MB of UTF-8: ten times the largest hand-written case, small enough to parse instantly. */
export const MAX_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of objects and arrays; the format needs about 10 plus nested conditions. */
export const MAX_DEPTH = 48;
/** Most values (objects, arrays, primitives) in one document. */
export const MAX_NODES = 1_000_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

function fail(code: Issue['code'], path: IssuePath = [], params: Issue['params'] = {}): ParseResult {
  return { ok: false, issues: [issue('error', code, path, params)] };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest bracket nesting outside strings; stops counting once over the limit. */
function maxNesting(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Parses scenario JSON text safely. Returns the raw value for `validateScenario`. */
export function parseScenarioJson(text: string): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('json-empty');
  const bytes = utf8Length(text);
  if (bytes > MAX_BYTES) return fail('json-too-large', [], { size: bytes, limit: MAX_BYTES });
  if (maxNesting(text, MAX_DEPTH) > MAX_DEPTH) return fail('json-too-deep', [], { limit: MAX_DEPTH });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail('json-invalid', [], { reason: e instanceof Error ? e.message : String(e) });
  }
  const problems = checkUntrusted(value);
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, value };
}

interface Frame {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Frame | null;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks a value that did not come through `parseScenarioJson` (e.g. read from IndexedDB):
 * only JSON data, no prototype keys, bounded depth and size. Iterative, so hostile depth
 * cannot overflow the stack. Returns the first problem found, or none.
 */
export function checkUntrusted(root: unknown): Issue[] {
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    return [issue('error', 'json-not-object', [])];
  const stack: Frame[] = [{ value: root, depth: 1, key: '', parent: null }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value } = frame;
    if (++nodes > MAX_NODES) return [issue('error', 'json-too-large', [], { size: nodes, limit: MAX_NODES })];
    // undefined is what an absent optional field reads as in objects built in code or stored in IndexedDB.
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean')
      continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return [issue('error', 'type', pathOf(frame), { expected: 'number' })];
      continue;
    }
    if (typeof value !== 'object' || (!Array.isArray(value) && !isPlainObject(value))) {
      return [issue('error', 'type', pathOf(frame), { expected: 'JSON' })];
    }
    if (frame.depth > MAX_DEPTH)
      return [issue('error', 'json-too-deep', pathOf(frame), { limit: MAX_DEPTH })];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i] as unknown, depth: frame.depth + 1, key: i, parent: frame });
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (FORBIDDEN_KEYS.has(key))
          return [issue('error', 'json-forbidden-key', [...pathOf(frame), key], { key })];
        stack.push({ value: record[key], depth: frame.depth + 1, key, parent: frame });
      }
    }
  }
  return [];
}
