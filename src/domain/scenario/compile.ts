/**
 * Compiles a validated scenario into an XState 5 machine: one state per step (the state key is
 * the step id), one guarded transition per option and route. Guards and actions are interpreted
 * from the declarative conditions and effects (conditions.ts); nothing is evaluated from strings.
 *
 * Time: every event carries its own `at` timestamp (epoch ms) and the machine never reads a
 * clock, so replaying a log gives the same state. Entering a timed step stores an absolute
 * deadline in the context (XState does not persist pending `after` timers); the player sends
 * `timer.expire` once its clock passes the deadline. Assigns are the only actions, so the pure
 * `transition()` computes everything.
 */
import { assign, setup } from 'xstate';
import { applyEffects, evaluate, initialValues, type VarValue } from './conditions';
import type { Choice } from './evidence';
import { contentHash } from './hash';
import type { Condition, Effect, Outcome, Scenario, Step } from './schema';

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

function eventTime(event: { type: string; at?: unknown; input?: unknown }): number {
  if (typeof event.at === 'number') return event.at;
  const input = event.input as EngineInput | undefined;
  return input?.startedAt ?? 0;
}

function isSubsetOf(value: unknown, ids: readonly string[]): boolean {
  if (!Array.isArray(value)) return false;
  const set = new Set(value);
  return set.size === value.length && value.every((v) => typeof v === 'string' && ids.includes(v));
}

function choiceOf(step: Step['kind'], event: EngineEvent): Choice {
  if (event.type === 'user.choose') return { type: 'option', optionId: event.optionId };
  if (event.type === 'timer.expire') return { type: 'timeout' };
  if (event.type === 'user.continue') return { type: 'continue' };
  const answer = event.answer;
  if (step === 'inspect') return { type: 'inspect', selected: [...(answer as string[])] };
  if (step === 'ranking') return { type: 'ranking', order: [...(answer as string[])] };
  return { type: 'written', text: String(answer) };
}

/** Builds the machine's implementation; `scenario` supplies the variable bounds. */
function machineSetup(scenario: Scenario) {
  const variables = scenario.variables;
  return setup({
    types: {
      context: {} as EngineContext,
      events: {} as EngineEvent,
      input: {} as EngineInput,
    },
    guards: {
      /** The event picks this option and (when given) the route condition holds after its effects. */
      optionRoute: (
        { context, event },
        params: {
          optionId: string;
          effects: readonly Effect[] | undefined;
          when: Condition | null;
          timed: boolean;
        },
      ) => {
        if (event.type !== 'user.choose' || event.optionId !== params.optionId) return false;
        if (params.timed && context.deadline !== null && event.at > context.deadline) return false;
        return (
          params.when === null || evaluate(params.when, applyEffects(context.vars, params.effects, variables))
        );
      },
      deadlinePassed: ({ context, event }) => context.deadline !== null && event.at >= context.deadline,
      validSelection: ({ event }, params: { itemIds: readonly string[] }) =>
        event.type === 'user.submit' && isSubsetOf(event.answer, params.itemIds),
      validOrder: ({ event }, params: { itemIds: readonly string[] }) =>
        event.type === 'user.submit' &&
        isSubsetOf(event.answer, params.itemIds) &&
        event.answer.length === params.itemIds.length,
      validText: ({ event }, params: { maxLength: number }) =>
        event.type === 'user.submit' &&
        typeof event.answer === 'string' &&
        event.answer.length <= params.maxLength,
    },
    actions: {
      enterStep: assign(
        (
          { context, event },
          params: { stepId: string; limitSeconds: number | null; outcome: Outcome | null },
        ) => {
          const scale = context.timeScale;
          const deadline =
            params.limitSeconds === null || scale === null
              ? null
              : eventTime(event) + params.limitSeconds * 1000 * scale;
          return { stepId: params.stepId, deadline, outcome: params.outcome };
        },
      ),
      decide: assign(
        ({ context, event }, params: { kind: Step['kind']; effects: readonly Effect[] | undefined }) => ({
          vars: applyEffects(context.vars, params.effects, variables),
          history: [
            ...context.history,
            { stepId: context.stepId, at: event.at, choice: choiceOf(params.kind, event) },
          ],
        }),
      ),
    },
  });
}

/** Default longest written answer when the step sets none. */
export const DEFAULT_MAX_LENGTH = 2000;

function stateConfig(step: Step) {
  const enter = (limitSeconds: number | null = null, outcome: Outcome | null = null) => ({
    type: 'enterStep' as const,
    params: { stepId: step.id, limitSeconds, outcome },
  });
  const decide = (effects?: readonly Effect[]) => ({
    type: 'decide' as const,
    params: { kind: step.kind, effects },
  });
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
    case 'recall':
    case 'data': {
      const timed = step.kind === 'timed';
      const choose = step.options.flatMap((o) => {
        const route = (when: Condition | null, target: string) => ({
          target,
          reenter: true,
          guard: {
            type: 'optionRoute' as const,
            params: { optionId: o.id, effects: o.effects, when, timed },
          },
          actions: [decide(o.effects)],
        });
        return [...(o.routes ?? []).map((r) => route(r.when, r.next)), route(null, o.next)];
      });
      const on = timed
        ? {
            'user.choose': choose,
            'timer.expire': {
              target: step.onTimeout.next,
              reenter: true,
              guard: 'deadlinePassed' as const,
              actions: [decide(step.onTimeout.effects)],
            },
          }
        : { 'user.choose': choose };
      return { entry: [enter(timed ? step.timeLimitSeconds : null)], on };
    }
    case 'narration':
      return {
        entry: [enter()],
        on: { 'user.continue': { target: step.next, reenter: true, actions: [decide()] } },
      };
    case 'inspect':
    case 'ranking':
    case 'written': {
      const guard =
        step.kind === 'inspect'
          ? { type: 'validSelection' as const, params: { itemIds: step.items.map((i) => i.id) } }
          : step.kind === 'ranking'
            ? { type: 'validOrder' as const, params: { itemIds: step.items.map((i) => i.id) } }
            : { type: 'validText' as const, params: { maxLength: step.maxLength ?? DEFAULT_MAX_LENGTH } };
      return {
        entry: [enter()],
        on: { 'user.submit': { target: step.next, reenter: true, guard, actions: [decide()] } },
      };
    }
    case 'ending':
      return { type: 'final' as const, entry: [enter(null, step.outcome)] };
  }
}

/** Compiles a scenario that passed `validateScenario` (unvalidated input may throw). */
export function compileMachine(scenario: Scenario) {
  const states: Record<string, ReturnType<typeof stateConfig>> = {};
  for (const step of scenario.steps) states[step.id] = stateConfig(step);
  return machineSetup(scenario).createMachine({
    id: `scenario-${scenario.id}`,
    initial: scenario.start,
    context: ({ input }) => ({
      stepId: scenario.start,
      vars: initialValues(scenario.variables),
      deadline: null,
      timeScale: input.timeScale === undefined ? 1 : input.timeScale,
      history: [],
      outcome: null,
    }),
    // The config is built from data, so its literal types are wider than XState can check.
    states: states as never,
  });
}

export type ScenarioMachine = ReturnType<typeof compileMachine>;

/** A scenario ready to run: the document, its machine, its content hash and a step index. */
export interface CompiledScenario {
  scenario: Scenario;
  machine: ScenarioMachine;
  hash: string;
  steps: ReadonlyMap<string, Step>;
}

export function compile(scenario: Scenario): CompiledScenario {
  return {
    scenario,
    machine: compileMachine(scenario),
    hash: contentHash(scenario),
    steps: new Map(scenario.steps.map((s) => [s.id, s])),
  };
}
