/**
 * Paths into the document, as the validator reports them (`['steps', 3, 'options', 0, 'next']`).
 * The inspector marks each field with its path, so an issue can focus the field it is about.
 */
export type DocPath = readonly (string | number)[];

export function pathKey(path: DocPath): string {
  return path.map(String).join('/');
}

export function getAt(root: unknown, path: DocPath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Sets a value inside a mutable draft, creating objects on the way. `undefined` removes the key
 * (or the array element). Keys that could reach a prototype are refused.
 */
export function setAt(root: unknown, path: DocPath, value: unknown): void {
  if (path.length === 0) throw new Error('setAt needs a path');
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    if (FORBIDDEN.has(String(key))) throw new Error(`Refused key ${String(key)}`);
    let child = node[key];
    if (child === null || typeof child !== 'object') {
      child = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (FORBIDDEN.has(String(last))) throw new Error(`Refused key ${String(last)}`);
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/**
 * Of the field paths shown on screen, the one an issue path points at: the same path, else the
 * longest shown path that is a prefix of it (an issue in a text's `en` focuses the text's field),
 * else the longest shown path the issue path is a prefix of (an issue about a whole list focuses
 * its first field).
 */
export function nearestField(issuePath: DocPath, shown: readonly string[]): string | undefined {
  const target = pathKey(issuePath);
  if (shown.includes(target)) return target;
  let best: string | undefined;
  for (const key of shown) {
    if ((target.startsWith(`${key}/`) || target === key) && (!best || key.length > best.length)) best = key;
  }
  if (best) return best;
  return shown.find((key) => key.startsWith(`${target}/`));
}
