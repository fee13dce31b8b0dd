/**
 * Compiles a validated scenario into an XState 5 machine built with `setup()`. Its guard and
 * action interpret the scenario's declarative conditions and effects (conditions.ts); nothing is
 * evaluated from strings.
 *
 * Time: every event carries its own `at` timestamp (epoch ms) and the machine never reads a
 * clock, so replaying a log gives the same state. A timed step's time runs from when the trainee
 * first SEES it, not from when it was entered (in practice mode a debrief comes in between, and a
 * reload may too): entering leaves the deadline null, and the player sends `timer.start` when it
 * shows the step, which stores an absolute deadline in the context (XState does not persist
 * pending `after` timers); the player sends `timer.expire` once its clock passes it. Assigns are
 * the only actions, so the pure `transition()` computes everything.
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
/**
 * The player showed a timed step to the trainee: its deadline becomes `at` + the scaled limit.
 * Accepted once per visit (never restarted to gain time), and only with timers on. Not a
 * decision: it is logged but adds nothing to the history that scoring reads.
 */
export interface TimerStartEvent {
  type: 'timer.start';
  at: number;
}
/** The player's clock passed the deadline of a started timed step; ignored before the deadline. */
export interface TimerExpireEvent {
  type: 'timer.expire';
  at: number;
}
/** Every event the machine accepts: plain JSON, stored as the attempt's event log. */
export type EngineEvent = ChooseEvent | SubmitEvent | ContinueEvent | TimerStartEvent | TimerExpireEvent;

/** Every event type, for checking what is read back from storage or a file. */
export const ENGINE_EVENT_TYPES: readonly EngineEvent['type'][] = [
  'user.choose',
  'user.submit',
  'user.continue',
  'timer.start',
  'timer.expire',
];

export interface EngineInput {
  /** When the attempt started (epoch ms). A timed first step still waits for `timer.start`. */
  startedAt: number;
  /**
   * Multiplier for time limits (accessibility, WCAG 2.2.1): 1 normal, 2 twice as long;
   * `null` switches timers off (no deadline; `timer.start` and `timer.expire` are refused). Default 1.
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
  /**
   * Absolute deadline (epoch ms) of the current timed step once `timer.start` set it; null on
   * other steps, with timers off, and on a timed step not yet shown.
   */
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

/** True at a timed step with timers on: choices then wait for `timer.start` and the deadline. */
function runsTimer(step: Step, context: EngineContext): boolean {
  return step.kind === 'timed' && context.timeScale !== null;
}

/** Whether the event is a valid move at this step (a started timer and before the deadline for choices). */
function accepts(step: Step | undefined, context: EngineContext, event: EngineEvent): boolean {
  if (!step) return false;
  switch (event.type) {
    case 'user.choose':
      if (step.kind !== 'dialogue' && step.kind !== 'timed' && step.kind !== 'recall' && step.kind !== 'data')
        return false;
      if (runsTimer(step, context) && (context.deadline === null || event.at > context.deadline))
        return false;
      return step.options.some((o) => o.id === event.optionId);
    case 'timer.start':
      return runsTimer(step, context) && context.deadline === null;
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

function choiceOf(event: Exclude<EngineEvent, TimerStartEvent>, step: Step): Choice {
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

/** Deadline of a timed step shown at time `at`, or null for untimed steps or switched-off timers. */
function deadlineOf(step: Step, at: number, timeScale: number | null): number | null {
  return step.kind === 'timed' && timeScale !== null ? at + step.timeLimitSeconds * 1000 * timeScale : null;
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
        // Starting the clock stays on the step and is no decision: nothing enters the history.
        if (event.type === 'timer.start') return { deadline: deadlineOf(step, event.at, context.timeScale) };
        const [vars, nextId] = outcomeOf(step, event, context.vars, variables);
        const next = steps.get(nextId);
        return {
          stepId: nextId,
          vars: { ...vars },
          deadline: null,
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
        deadline: null,
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
          'timer.start': transition,
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
