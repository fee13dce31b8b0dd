/**
 * Compiles a validated scenario into an XState 5 machine built with `setup()`. Its guard and
 * action interpret the scenario's declarative conditions and effects (conditions.ts); nothing is
 * evaluated from strings.
 *
 * Time: every event carries its own `at` timestamp (epoch ms) and the machine never reads a
 * clock, so replaying a log gives the same state. Entering a timed step stores an absolute
 * deadline in the context (XState does not persist pending `after` timers); the player sends
 * `timer.expire` once its clock passes the deadline. Assigns are the only actions, so the pure
 * `transition()` computes everything.
 */
import { assign, setup } from 'xstate';
import { applyEffects, evaluate, initialValues, type VarValue, type VarValues } from './conditions';
import type { Choice } from './evidence';
import { contentHash } from './hash';
import type { Outcome, Scenario, Step, Variables } from './schema';

/** The trainee picks an option of a dialogue, timed, recall or data step. */
export interface ChooseEvent {
  type: 'user.choose';
  optionId: string;
  at: number;
}
/**
 * The trainee submits a task: inspect — ids of the items marked faulty; ranking — all item ids,
 * most effective first; written — the text.
 */
export interface SubmitEvent {
  type: 'user.submit';
  answer: string[] | string;
  at: number;
}
/** The trainee has read a narration step. */
export interface ContinueEvent {
  type: 'user.continue';
  at: number;
}
/** The player's clock passed the deadline of a timed step; ignored before the deadline. */
export interface TimerExpireEvent {
  type: 'timer.expire';
  at: number;
}
/** Every event the machine accepts: plain JSON, stored as the attempt's event log. */
export type EngineEvent = ChooseEvent | SubmitEvent | ContinueEvent | TimerExpireEvent;

export interface EngineInput {
  /** When the attempt started (epoch ms); the deadline of a timed first step counts from it. */
  startedAt: number;
  /**
   * Multiplier for time limits (accessibility, WCAG 2.2.1): 1 normal, 2 twice as long;
   * `null` switches timers off (no deadline, `timer.expire` is ignored). Default 1.
   */
  timeScale?: number | null;
}

/** One decision of the trainee, in order. */
export interface Decision {
  stepId: string;
  /** Timestamp of the event that made it. */
  at: number;
  choice: Choice;
}

export interface EngineContext {
  /** Current step id (also the state value). */
  stepId: string;
  /** Current variable values. */
  vars: Record<string, VarValue>;
  /** Absolute deadline (epoch ms) of the current timed step, else null. */
  deadline: number | null;
  timeScale: number | null;
  /** Decisions so far, oldest first. */
  history: Decision[];
  /** Set on reaching an ending. */
  outcome: Outcome | null;
}

function isSubsetOf(value: unknown, ids: readonly string[]): boolean {
  if (!Array.isArray(value)) return false;
  const set = new Set(value);
  return set.size === value.length && value.every((v) => typeof v === 'string' && ids.includes(v));
}

/** Default longest written answer when the step sets none. */
export const DEFAULT_MAX_LENGTH = 2000;

/** Whether the event is a valid move at this step (before the deadline for choices). */
function accepts(step: Step | undefined, context: EngineContext, event: EngineEvent): boolean {
  if (!step) return false;
  switch (event.type) {
    case 'user.choose':
      if (step.kind !== 'dialogue' && step.kind !== 'timed' && step.kind !== 'recall' && step.kind !== 'data')
        return false;
      if (step.kind === 'timed' && context.deadline !== null && event.at > context.deadline) return false;
      return step.options.some((o) => o.id === event.optionId);
    case 'timer.expire':
      return step.kind === 'timed' && context.deadline !== null && event.at >= context.deadline;
    case 'user.continue':
      return step.kind === 'narration';
    case 'user.submit':
      if (step.kind === 'inspect')
        return isSubsetOf(
          event.answer,
          step.items.map((i) => i.id),
        );
      if (step.kind === 'ranking') {
        return isSubsetOf(event.answer, step.expertOrder) && event.answer.length === step.expertOrder.length;
      }
      if (step.kind === 'written') {
        return (
          typeof event.answer === 'string' && event.answer.length <= (step.maxLength ?? DEFAULT_MAX_LENGTH)
        );
      }
      return false;
  }
}

function choiceOf(event: EngineEvent, step: Step): Choice {
  if (event.type === 'user.choose') return { type: 'option', optionId: event.optionId };
  if (event.type === 'timer.expire') return { type: 'timeout' };
  if (event.type === 'user.continue') return { type: 'continue' };
  if (step.kind === 'inspect') return { type: 'inspect', selected: [...(event.answer as string[])] };
  if (step.kind === 'ranking') return { type: 'ranking', order: [...(event.answer as string[])] };
  return { type: 'written', text: String(event.answer) };
}

/** Effects and next step id of an accepted event; routes are checked after the effects. */
function outcomeOf(
  step: Step,
  event: EngineEvent,
  vars: VarValues,
  variables: Variables,
): [VarValues, string] {
  if (step.kind === 'ending') return [vars, step.id];
  if (step.kind === 'timed' && event.type === 'timer.expire') {
    return [applyEffects(vars, step.onTimeout.effects, variables), step.onTimeout.next];
  }
  if (event.type === 'user.choose' && 'options' in step) {
    const option = step.options.find((o) => o.id === event.optionId);
    if (!option) return [vars, step.id];
    const after = applyEffects(vars, option.effects, variables);
    const route = option.routes?.find((r) => evaluate(r.when, after));
    return [after, route ? route.next : option.next];
  }
  return [vars, 'next' in step ? step.next : step.id];
}

/** Deadline for entering `step` at time `at`, or null for untimed steps or switched-off timers. */
function deadlineOf(step: Step | undefined, at: number, timeScale: number | null): number | null {
  return step?.kind === 'timed' && timeScale !== null ? at + step.timeLimitSeconds * 1000 * timeScale : null;
}

/**
 * Compiles a scenario that passed `validateScenario`. The machine has two states, `playing` and
 * the final `ended`; the current step lives in the context and every transition is guarded by
 * `isValidMove` and carried out by `advance`, both interpreting the scenario data. (One XState
 * state per step was tried first: building a 5,000-step machine took about a second.)
 */
export function compileMachine(scenario: Scenario, steps: ReadonlyMap<string, Step> = indexSteps(scenario)) {
  const variables = scenario.variables;
  const transition = { guard: 'isValidMove', actions: 'advance' } as const;
  return setup({
    types: {
      context: {} as EngineContext,
      events: {} as EngineEvent,
      input: {} as EngineInput,
    },
    guards: {
      isValidMove: ({ context, event }) => accepts(steps.get(context.stepId), context, event),
      atEnding: ({ context }) => steps.get(context.stepId)?.kind === 'ending',
    },
    actions: {
      advance: assign(({ context, event }) => {
        const step = steps.get(context.stepId) as Step;
        const [vars, nextId] = outcomeOf(step, event, context.vars, variables);
        const next = steps.get(nextId);
        return {
          stepId: nextId,
          vars: { ...vars },
          deadline: deadlineOf(next, event.at, context.timeScale),
          outcome: next?.kind === 'ending' ? next.outcome : null,
          history: [...context.history, { stepId: step.id, at: event.at, choice: choiceOf(event, step) }],
        };
      }),
    },
  }).createMachine({
    id: `scenario-${scenario.id}`,
    initial: 'playing',
    context: ({ input }) => {
      const timeScale = input.timeScale === undefined ? 1 : input.timeScale;
      const first = steps.get(scenario.start);
      return {
        stepId: scenario.start,
        vars: initialValues(scenario.variables),
        deadline: deadlineOf(first, input.startedAt, timeScale),
        timeScale,
        history: [],
        outcome: first?.kind === 'ending' ? first.outcome : null,
      };
    },
    states: {
      playing: {
        always: { guard: 'atEnding', target: 'ended' },
        on: {
          'user.choose': transition,
          'user.submit': transition,
          'user.continue': transition,
          'timer.expire': transition,
        },
      },
      ended: { type: 'final' },
    },
  });
}

function indexSteps(scenario: Scenario): Map<string, Step> {
  return new Map(scenario.steps.map((s) => [s.id, s]));
}

export type ScenarioMachine = ReturnType<typeof compileMachine>;

/** A scenario ready to run: the document, its machine, its content hash and a step index. */
export interface CompiledScenario {
  scenario: Scenario;
  machine: ScenarioMachine;
  /** `contentHash(scenario)`. */
  readonly hash: string;
  steps: ReadonlyMap<string, Step>;
}

/** Compiles a validated scenario. The content hash is computed on first read (it walks the whole document). */
export function compile(scenario: Scenario): CompiledScenario {
  const steps = indexSteps(scenario);
  let hash: string | undefined;
  return {
    scenario,
    machine: compileMachine(scenario, steps),
    get hash() {
      hash ??= contentHash(scenario);
      return hash;
    },
    steps,
  };
}
