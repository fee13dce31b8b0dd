/**
 * Whole-document edits of the studio, pure: each returns a new document and leaves the old one
 * untouched (the undo history keeps it).
 */
import { IdSchema, type Scenario, type Step, type StepKind } from '../domain/scenario/schema';
import { pick, type Language } from '../domain/text';
import { newStep, uniqueStepId } from './skeleton';

/** The first words of what a step shows, for pickers and graph labels. */
export function stepSummary(step: Step, lang: Language, words = 6): string {
  let text: { ru?: string; en?: string } | undefined;
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
      text = step.lines?.[0]?.text;
      break;
    case 'narration':
      text = step.text;
      break;
    case 'recall':
    case 'data':
      text = step.question;
      break;
    case 'inspect':
    case 'ranking':
    case 'written':
      text = step.prompt;
      break;
    case 'ending':
      text = step.title;
      break;
  }
  const all = pick(text ?? {}, lang)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}

/** Why a new step id cannot be used, or undefined when it can. */
export function stepIdProblem(doc: Scenario, id: string, current?: string): 'format' | 'taken' | undefined {
  if (!IdSchema.safeParse(id).success) return 'format';
  if (id !== current && doc.steps.some((s) => s.id === id)) return 'taken';
  return undefined;
}

function retarget(step: Step, from: string, to: string): Step {
  const swap = (id: string): string => (id === from ? to : id);
  const copy = structuredClone(step);
  if ('options' in copy) {
    for (const o of copy.options) {
      o.next = swap(o.next);
      for (const r of o.routes ?? []) r.next = swap(r.next);
    }
  }
  if ('next' in copy) copy.next = swap(copy.next);
  if (copy.kind === 'timed') copy.onTimeout.next = swap(copy.onTimeout.next);
  if (copy.kind === 'recall') copy.about = swap(copy.about);
  return copy;
}

/** Renames a step and every reference to it (exits, routes, timeouts, recall questions, start). */
export function renameStep(doc: Scenario, from: string, to: string): Scenario {
  if (from === to) return doc;
  return {
    ...doc,
    start: doc.start === from ? to : doc.start,
    steps: doc.steps.map((s) => {
      const moved = retarget(s, from, to);
      return s.id === from ? { ...moved, id: to } : moved;
    }),
  };
}

/**
 * Adds a step of `kind` after the step `afterId` (at the end without it). Its exits lead to the
 * first ending, so it is complete at once; the author then links to it from a choice.
 */
export function addStep(doc: Scenario, kind: StepKind, afterId?: string): { doc: Scenario; id: string } {
  const id = uniqueStepId(doc, kind);
  const ending = doc.steps.find((s) => s.kind === 'ending')?.id ?? afterId ?? doc.start;
  const step = newStep(kind, id, ending, doc.languages, doc.competencies[0]);
  if (step.kind === 'recall') step.about = afterId ?? doc.start;
  const at = afterId === undefined ? -1 : doc.steps.findIndex((s) => s.id === afterId);
  const steps = [...doc.steps];
  steps.splice(at < 0 ? steps.length : at + 1, 0, step);
  return { doc: { ...doc, steps }, id };
}

export function removeStep(doc: Scenario, id: string): Scenario {
  return { ...doc, steps: doc.steps.filter((s) => s.id !== id) };
}

/** Moves a step up or down in the list (the order is for authors; the graph does not change). */
export function moveStep(doc: Scenario, id: string, delta: -1 | 1): Scenario {
  const from = doc.steps.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= doc.steps.length) return doc;
  const steps = [...doc.steps];
  [steps[from], steps[to]] = [steps[to] as Step, steps[from] as Step];
  return { ...doc, steps };
}

/** Moves an element of a list; used for options, items and routes. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to] as T, copy[index] as T];
  return copy;
}
