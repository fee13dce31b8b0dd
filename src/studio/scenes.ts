/**
 * Scenes: runs of steps between branch points, derived from the graph (the format has no field for
 * them, and a derived grouping can never go stale or disagree between two authors' copies).
 * A step continues its predecessor's scene when it is that predecessor's only way on and the
 * predecessor is its only way in; anything else (the start, a merge, the target of a choice that
 * branches) begins a new scene. Linear O(steps + exits); tolerant of broken links.
 */
import type { Step } from '../domain/scenario/schema';
import { exitsOf } from '../domain/scenario/graph';

export interface Scene {
  /** The first step's id; stable while the scene's head stays the same. */
  id: string;
  /** Step ids in reading order along the chain. */
  steps: string[];
}

export interface SceneMap {
  scenes: Scene[];
  /** Step id -> scene id. */
  of: Map<string, string>;
}

/** Distinct existing targets of a step, in order. */
export function targetsOf(step: Step, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const exit of safeExits(step)) if (known.has(exit) && !out.includes(exit)) out.push(exit);
  return out;
}

function safeExits(step: Step): string[] {
  try {
    return exitsOf(step).map((e) => e.next);
  } catch {
    // A half-imported step may lack a list the schema requires; it simply has no exits yet.
    return [];
  }
}

export function deriveScenes(steps: readonly Step[], start: string): SceneMap {
  const known = new Set(steps.map((s) => s.id));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const targets = new Map(steps.map((s) => [s.id, targetsOf(s, known)]));
  const preds = new Map<string, string[]>();
  for (const s of steps) preds.set(s.id, []);
  for (const [from, list] of targets) for (const to of list) preds.get(to)?.push(from);

  const continues = (id: string): boolean => {
    if (id === start) return false;
    const p = preds.get(id) ?? [];
    return p.length === 1 && targets.get(p[0] as string)?.length === 1 && p[0] !== id;
  };

  const of = new Map<string, string>();
  const scenes: Scene[] = [];
  const grow = (head: string): void => {
    const scene: Scene = { id: head, steps: [] };
    let current: string | undefined = head;
    while (current !== undefined && !of.has(current)) {
      of.set(current, head);
      scene.steps.push(current);
      const next: string | undefined = targets.get(current)?.[0];
      current =
        targets.get(current)?.length === 1 && next !== undefined && continues(next) ? next : undefined;
    }
    scenes.push(scene);
  };
  for (const s of steps) if (!continues(s.id)) grow(s.id);
  // Only a loop with no way in is left: start it at its first step in document order.
  for (const s of steps) if (!of.has(s.id) && byId.has(s.id)) grow(s.id);
  const order = new Map(steps.map((s, i) => [s.id, i]));
  scenes.sort((a, b) =>
    a.id === start ? -1 : b.id === start ? 1 : (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  return { scenes, of };
}
