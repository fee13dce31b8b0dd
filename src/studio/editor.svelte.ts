/**
 * The state of one open scenario in the studio: the document (immutable states, so undo keeps
 * references, never copies), the selection, live validation (debounced) and autosave (debounced,
 * flushed when the tab is hidden or closed). Components read it and call its methods; only this
 * class talks to the repository.
 */
import {
  analyse,
  validateScenario,
  type Analysis,
  type Issue,
  type Scenario,
  type Step,
} from '../domain/scenario';
import { customScenarioRepository } from '../storage/customScenarios';
import { studioRescue } from '../storage/studioRescue';
import type { CustomScenarioRecord } from '../storage/records';
import { History } from './history';
import { getAt, pathKey, type DocPath } from './paths';
import { deriveScenes, type SceneMap } from './scenes';
import { stepSummary } from './ops';
import { lang } from '../i18n/index.svelte';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

const VALIDATE_MS = 250;
const SAVE_MS = 800;

/** Copies the containers along `path` and puts `value` at its end; everything else is shared. */
export function setIn<T>(root: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (head === '__proto__' || head === 'constructor' || head === 'prototype') throw new Error('Refused key');
  const container = (root ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<
    string | number,
    unknown
  >;
  const child = setIn(container[head], rest, value);
  if (child === undefined && rest.length === 0) {
    if (Array.isArray(copy) && typeof head === 'number') copy.splice(head, 1);
    else delete copy[head];
  } else {
    copy[head] = child;
  }
  return copy as T;
}

export class StudioEditor {
  readonly recordId: string;
  /** A publication opened for reading: nothing is saved. */
  readonly readonly: boolean;
  doc = $state.raw<Scenario>() as Scenario;
  record = $state.raw<CustomScenarioRecord | undefined>();
  /** Version number of the latest publication, if any. */
  publishedVersion = $state<number | undefined>(undefined);
  selected = $state<string | undefined>(undefined);
  issues = $state.raw<Issue[]>([]);
  analysis = $state.raw<Analysis | undefined>(undefined);
  validating = $state(false);
  saveState = $state<SaveState>('saved');
  saveError = $state<string | undefined>(undefined);
  canUndo = $state(false);
  canRedo = $state(false);
  /** A field the inspector should focus once it is shown (set by validation links). */
  focusRequest = $state<{ key: string; path: DocPath } | undefined>(undefined);

  readonly scenes: SceneMap = $derived(deriveScenes(this.doc.steps, this.doc.start));
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole on each change, never mutated
  readonly stepIndex: Map<string, number> = $derived(new Map(this.doc.steps.map((s, i) => [s.id, i])));
  /** `id — first words` of every step, once per document, for the many step pickers. */
  readonly stepLabels: { id: string; label: string }[] = $derived(
    this.doc.steps.map((s) => ({ id: s.id, label: `${s.id} — ${stepSummary(s, lang.current, 5)}` })),
  );
  readonly hasErrors = $derived(this.issues.some((i) => i.severity === 'error'));
  /** Issues per step id, for marking nodes and list entries. */
  readonly issuesByStep: Map<string, { errors: number; warnings: number }> = $derived.by(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole on each change, never mutated
    const map = new Map<string, { errors: number; warnings: number }>();
    for (const issue of this.issues) {
      if (!issue.stepId) continue;
      const entry = map.get(issue.stepId) ?? { errors: 0, warnings: 0 };
      if (issue.severity === 'error') entry.errors++;
      else entry.warnings++;
      map.set(issue.stepId, entry);
    }
    return map;
  });

  #history: History<Scenario>;
  #validateTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> | undefined;
  #onFailure: (error: unknown) => void;

  constructor(
    recordId: string,
    document: Scenario,
    options: {
      record?: CustomScenarioRecord;
      readonly?: boolean;
      onSaveFailure?: (error: unknown) => void;
    } = {},
  ) {
    this.recordId = recordId;
    this.doc = document;
    this.record = options.record;
    this.readonly = options.readonly ?? false;
    this.#history = new History(document);
    this.#onFailure = options.onSaveFailure ?? (() => {});
    this.selected = document.steps.some((s) => s.id === document.start)
      ? document.start
      : document.steps[0]?.id;
    this.validateNow();
  }

  get selectedStep(): Step | undefined {
    const index = this.selected === undefined ? undefined : this.stepIndex.get(this.selected);
    return index === undefined ? undefined : this.doc.steps[index];
  }

  get selectedIndex(): number | undefined {
    return this.selected === undefined ? undefined : this.stepIndex.get(this.selected);
  }

  get(path: DocPath): unknown {
    return getAt(this.doc, path);
  }

  /** Sets one value; typing in one field coalesces into one undo step. */
  set(path: DocPath, value: unknown): void {
    this.replace(setIn(this.doc, path, value), pathKey(path));
  }

  /** Changes the subtree at `path` through a recipe working on a deep copy of it. */
  update<T>(path: DocPath, recipe: (draft: T) => T | void): void {
    const draft = structuredClone(getAt(this.doc, path)) as T;
    const result = recipe(draft);
    this.replace(setIn(this.doc, path, result === undefined ? draft : result));
  }

  /** Changes the list of steps through a recipe on a shallow copy (steps themselves are shared). */
  updateSteps(recipe: (steps: Step[]) => void): void {
    const steps = [...this.doc.steps];
    recipe(steps);
    this.replace({ ...this.doc, steps });
  }

  replace(next: Scenario, key?: string): void {
    if (this.readonly || next === this.doc) return;
    this.#history.push(next, key);
    this.#apply(next);
  }

  undo(): void {
    const previous = this.#history.undo();
    if (previous) this.#apply(previous);
  }

  redo(): void {
    const next = this.#history.redo();
    if (next) this.#apply(next);
  }

  select(stepId: string | undefined): void {
    this.selected = stepId;
  }

  /** Selects the step an issue is in and asks the inspector to focus the field. */
  reveal(issue: Issue): void {
    if (issue.stepId !== undefined && this.stepIndex.has(issue.stepId)) this.selected = issue.stepId;
    else if (issue.path[0] !== 'steps') this.selected = undefined;
    this.focusRequest = { key: `${Date.now()}`, path: issue.path };
  }

  #apply(next: Scenario): void {
    this.doc = next;
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    if (this.selected !== undefined && !next.steps.some((s) => s.id === this.selected))
      this.selected = undefined;
    this.#scheduleValidation();
    this.#scheduleSave();
  }

  #scheduleValidation(): void {
    clearTimeout(this.#validateTimer);
    this.validating = true;
    this.#validateTimer = setTimeout(() => this.validateNow(), VALIDATE_MS);
  }

  validateNow(): void {
    clearTimeout(this.#validateTimer);
    const result = validateScenario(this.doc);
    this.issues = result.issues;
    // Structural errors stop the validator before the analysis; coverage then shows the last known.
    this.analysis = result.analysis ?? (result.ok ? analyse(result.scenario) : this.analysis);
    this.validating = false;
  }

  #scheduleSave(): void {
    if (this.readonly) return;
    this.saveState = 'pending';
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), SAVE_MS);
  }

  /** Writes the working copy now if it has unsaved changes; resolves when it is stored. */
  async flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    if (this.readonly) return;
    if (this.#saving) await this.#saving;
    if (this.saveState !== 'pending' && this.saveState !== 'failed') return;
    const document = this.doc;
    this.saveState = 'saving';
    this.#saving = customScenarioRepository.saveDraft(this.recordId, document).then(
      () => {
        this.saveError = undefined;
        this.saveState = this.doc === document ? 'saved' : 'pending';
        if (this.saveState === 'saved') studioRescue.drop(this.recordId);
        if (this.saveState === 'pending') this.#scheduleSave();
      },
      (error: unknown) => {
        this.saveState = 'failed';
        this.saveError = error instanceof Error ? error.message : String(error);
        this.#onFailure(error);
      },
    );
    await this.#saving;
    this.#saving = undefined;
  }

  /**
   * For page hide: keeps unsaved work synchronously (the asynchronous write may not finish before
   * the page goes), then starts the normal save.
   */
  flushOnHide(): void {
    if (this.readonly || this.saveState === 'saved') return;
    studioRescue.keep(this.recordId, this.doc);
    void this.flush();
  }

  /** Marks the document as unsaved, e.g. after taking back a rescued copy. */
  markUnsaved(): void {
    if (!this.readonly) this.#scheduleSave();
  }

  dispose(): void {
    clearTimeout(this.#validateTimer);
    clearTimeout(this.#saveTimer);
  }
}
