/**
 * Automatic layout of the step graph with dagre (layered, top to bottom: a conversation reads
 * downwards). `layoutInput` is pure and decides what is drawn: one box per step, or one box per
 * collapsed scene, with scene frames around expanded scenes of two or more steps.
 * `computeLayout` only runs dagre on it.
 */
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { Step } from '../domain/scenario/schema';
import { targetsOf, type SceneMap } from './scenes';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

export interface LayoutNode {
  id: string;
  /** `step` a step box, `scene` a collapsed scene, `frame` the outline of an expanded scene. */
  type: 'step' | 'scene' | 'frame';
  width: number;
  height: number;
  /** Frame that contains this box, when its scene is expanded and framed. */
  parent?: string;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export const frameId = (sceneId: string): string => `scene:${sceneId}`;

/**
 * Boxes and arrows to lay out. An arrow between two steps of collapsed scenes joins the scenes;
 * arrows inside a collapsed scene disappear; parallel arrows are merged.
 */
export function layoutInput(
  steps: readonly Step[],
  scenes: SceneMap,
  collapsed: ReadonlySet<string>,
): LayoutInput {
  const known = new Set(steps.map((s) => s.id));
  const nodes: LayoutNode[] = [];
  const boxOf = (stepId: string): string => {
    const scene = scenes.of.get(stepId);
    return scene !== undefined && collapsed.has(scene) ? frameId(scene) : stepId;
  };
  for (const scene of scenes.scenes) {
    if (collapsed.has(scene.id)) {
      nodes.push({ id: frameId(scene.id), type: 'scene', width: NODE_WIDTH, height: NODE_HEIGHT });
    } else if (scene.steps.length > 1) {
      nodes.push({ id: frameId(scene.id), type: 'frame', width: 0, height: 0 });
    }
  }
  for (const step of steps) {
    const scene = scenes.of.get(step.id);
    if (scene !== undefined && collapsed.has(scene)) continue;
    const framed = scene !== undefined && (scenes.scenes.find((s) => s.id === scene)?.steps.length ?? 0) > 1;
    nodes.push({
      id: step.id,
      type: 'step',
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      ...(framed && scene !== undefined ? { parent: frameId(scene) } : {}),
    });
  }
  const edges: LayoutEdge[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    const source = boxOf(step.id);
    for (const to of targetsOf(step, known)) {
      const target = boxOf(to);
      if (source === target && source !== step.id) continue;
      const id = `${source}->${target}`;
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({ id, source, target });
    }
  }
  return { nodes, edges };
}

export interface Placed {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Top-left positions of every box; frames get the size of what they contain. */
export function computeLayout(input: LayoutInput): Map<string, Placed> {
  const g = new Graph({ compound: true, multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const n of input.nodes) if (n.parent) g.setParent(n.id, n.parent);
  for (const e of input.edges) if (e.source !== e.target) g.setEdge(e.source, e.target);
  dagreLayout(g);
  const placed = new Map<string, Placed>();
  for (const n of input.nodes) {
    const box = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined;
    if (!box) continue;
    placed.set(n.id, {
      id: n.id,
      x: box.x - box.width / 2,
      y: box.y - box.height / 2,
      width: box.width,
      height: box.height,
    });
  }
  return placed;
}
