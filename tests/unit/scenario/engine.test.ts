import { describe, expect, it } from 'vitest';
import {
  awaitsTimerStart,
  compile,
  contentHash,
  createScenarioActor,
  currentStep,
  decisionEvidence,
  isFinished,
  remainingMs,
  replay,
  restoreSnapshot,
  saveSnapshot,
  start,
  step,
  validateScenario,
  type EngineEvent,
  type Scenario,
} from '../../../src/domain/scenario';
import { allKinds } from '../fixtures/scenario/all-kinds';

function scenario(mutate?: (doc: ReturnType<typeof allKinds>) => void): Scenario {
  const doc = allKinds();
  mutate?.(doc);
  const result = validateScenario(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

const T0 = 1_700_000_000_000;
const fullRun: EngineEvent[] = [
  { type: 'user.continue', at: T0 + 1000 },
  { type: 'user.choose', optionId: 'polite', at: T0 + 2000 },
  { type: 'timer.start', at: T0 + 3000 },
  { type: 'user.choose', optionId: 'calm', at: T0 + 5000 },
  { type: 'user.choose', optionId: 'r42', at: T0 + 6000 },
  { type: 'user.submit', answer: ['c1', 'c3'], at: T0 + 7000 },
  { type: 'user.choose', optionId: 'beta', at: T0 + 8000 },
  { type: 'user.submit', answer: ['b', 'a', 'c'], at: T0 + 9000 },
  { type: 'user.submit', answer: 'Приношу извинения <b>за</b> задержку.', at: T0 + 10000 },
  { type: 'user.choose', optionId: 'deal', at: T0 + 11000 },
];

describe('compiled scenario', () => {
  const compiled = compile(scenario());

  it('walks every step kind to an ending', () => {
    const { snapshot, rejected } = replay(compiled, { startedAt: T0 }, fullRun);
    expect(rejected).toEqual([]);
    expect(isFinished(snapshot)).toBe(true);
    expect(snapshot.context.outcome).toBe('deal');
    expect(snapshot.context.stepId).toBe('won');
    expect(snapshot.context.vars).toEqual({ mood: 50, trust: 50, apologised: true });
    expect(snapshot.context.history.map((d) => d.choice.type)).toEqual([
      'continue',
      'option',
      'option',
      'option',
      'inspect',
      'option',
      'ranking',
      'written',
      'option',
    ]);
    expect(snapshot.context.history.map((d) => d.at)).not.toContain(T0 + 3000);
    const inspect = snapshot.context.history[4]!;
    expect(decisionEvidence(compiled.steps.get(inspect.stepId)!, inspect.choice)).toEqual({
      'q.attention': 2,
      'k.contracts': 1,
    });
  });

  it('follows conditional routes after applying effects', () => {
    const events: EngineEvent[] = [fullRun[0]!, { type: 'user.choose', optionId: 'rude', at: T0 + 2000 }];
    const { snapshot } = replay(compiled, { startedAt: T0 }, events);
    expect(snapshot.context.vars['mood']).toBe(10);
    expect(snapshot.context.outcome).toBe('lost');
  });

  it('rejects events that do not fit the current step', () => {
    const s0 = start(compiled, { startedAt: T0 });
    expect(step(compiled, s0, { type: 'user.choose', optionId: 'polite', at: T0 }).accepted).toBe(false);
    const s1 = step(compiled, s0, { type: 'user.continue', at: T0 }).snapshot;
    expect(step(compiled, s1, { type: 'user.choose', optionId: 'nope', at: T0 }).accepted).toBe(false);
    const atInspect = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 5)).snapshot;
    expect(currentStep(compiled, atInspect).kind).toBe('inspect');
    expect(step(compiled, atInspect, { type: 'user.submit', answer: ['c9'], at: T0 }).accepted).toBe(false);
    expect(step(compiled, atInspect, { type: 'user.submit', answer: ['c1', 'c1'], at: T0 }).accepted).toBe(
      false,
    );
    expect(step(compiled, atInspect, { type: 'user.submit', answer: [], at: T0 }).accepted).toBe(true);
  });

  it('waits for timer.start at a timed step and sets the deadline from its own time', () => {
    const entered = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 2)).snapshot;
    expect(currentStep(compiled, entered).kind).toBe('timed');
    expect(entered.context.deadline).toBeNull();
    expect(awaitsTimerStart(compiled, entered)).toBe(true);
    expect(remainingMs(entered, T0 + 2000)).toBeNull();
    // Read the debrief for a minute: the step's 20 s have not begun.
    const started = step(compiled, entered, { type: 'timer.start', at: T0 + 62_000 });
    expect(started.accepted).toBe(true);
    expect(started.snapshot.context.deadline).toBe(T0 + 62_000 + 20_000);
    expect(started.snapshot.context.stepId).toBe(entered.context.stepId);
    expect(started.snapshot.context.vars).toEqual(entered.context.vars);
    expect(started.snapshot.context.history).toEqual(entered.context.history);
    expect(awaitsTimerStart(compiled, started.snapshot)).toBe(false);
    expect(remainingMs(started.snapshot, T0 + 72_000)).toBe(10_000);
  });

  it('refuses a second timer.start, so the clock cannot be restarted to gain time', () => {
    const started = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 3)).snapshot;
    expect(started.context.deadline).toBe(T0 + 3000 + 20_000);
    expect(step(compiled, started, { type: 'timer.start', at: T0 + 20_000 }).accepted).toBe(false);
    const { rejected, snapshot } = replay(compiled, { startedAt: T0 }, [
      ...fullRun.slice(0, 3),
      { type: 'timer.start', at: T0 + 20_000 },
    ]);
    expect(rejected).toEqual([3]);
    expect(snapshot.context.deadline).toBe(T0 + 23_000);
  });

  it('refuses timer.start off a timed step and with timers off', () => {
    const s0 = start(compiled, { startedAt: T0 });
    expect(step(compiled, s0, { type: 'timer.start', at: T0 }).accepted).toBe(false);
    const off = replay(compiled, { startedAt: T0, timeScale: null }, fullRun.slice(0, 2)).snapshot;
    expect(awaitsTimerStart(compiled, off)).toBe(false);
    expect(step(compiled, off, { type: 'timer.start', at: T0 + 3000 }).accepted).toBe(false);
  });

  it('refuses a choice before the timer started when timers are on', () => {
    const entered = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 2)).snapshot;
    expect(step(compiled, entered, { type: 'user.choose', optionId: 'calm', at: T0 + 2500 }).accepted).toBe(
      false,
    );
  });

  it('accepts a choice with no start when timers are off', () => {
    const off = replay(compiled, { startedAt: T0, timeScale: null }, fullRun.slice(0, 2)).snapshot;
    expect(off.context.deadline).toBeNull();
    expect(step(compiled, off, { type: 'timer.expire', at: T0 + 10_000_000 }).accepted).toBe(false);
    expect(step(compiled, off, { type: 'user.choose', optionId: 'calm', at: T0 + 10_000_000 }).accepted).toBe(
      true,
    );
  });

  it('takes the timeout route only after a started timer passed its deadline', () => {
    const entered = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 2)).snapshot;
    expect(step(compiled, entered, { type: 'timer.expire', at: T0 + 10_000_000 }).accepted).toBe(false);
    const atTimed = step(compiled, entered, { type: 'timer.start', at: T0 + 2000 }).snapshot;
    expect(atTimed.context.deadline).toBe(T0 + 2000 + 20_000);
    expect(remainingMs(atTimed, T0 + 12_000)).toBe(10_000);
    expect(step(compiled, atTimed, { type: 'timer.expire', at: T0 + 21_999 }).accepted).toBe(false);
    expect(step(compiled, atTimed, { type: 'user.choose', optionId: 'calm', at: T0 + 22_001 }).accepted).toBe(
      false,
    );
    expect(step(compiled, atTimed, { type: 'user.choose', optionId: 'calm', at: T0 + 22_000 }).accepted).toBe(
      true,
    );
    const expired = step(compiled, atTimed, { type: 'timer.expire', at: T0 + 22_000 });
    expect(expired.accepted).toBe(true);
    expect(expired.snapshot.context.stepId).toBe('recall');
    expect(expired.snapshot.context.deadline).toBeNull();
    expect(expired.snapshot.context.history.at(-1)?.choice).toEqual({ type: 'timeout' });
  });

  it('scales timers from the input', () => {
    const slow = replay(compiled, { startedAt: T0, timeScale: 2 }, fullRun.slice(0, 3)).snapshot;
    expect(slow.context.deadline).toBe(T0 + 3000 + 40_000);
  });

  it('replays a log with timer.start to the same state, with no decision for the start', () => {
    const log: EngineEvent[] = [
      fullRun[0]!,
      fullRun[1]!,
      { type: 'timer.start', at: T0 + 90_000 },
      { type: 'user.choose', optionId: 'calm', at: T0 + 100_000 },
    ];
    let live = start(compiled, { startedAt: T0 });
    for (const e of log) {
      const r = step(compiled, live, e);
      expect(r.accepted).toBe(true);
      live = r.snapshot;
    }
    const again = replay(compiled, { startedAt: T0 }, JSON.parse(JSON.stringify(log)) as EngineEvent[]);
    expect(again.rejected).toEqual([]);
    expect(compiled.machine.getPersistedSnapshot(again.snapshot)).toEqual(
      compiled.machine.getPersistedSnapshot(live),
    );
    expect(again.snapshot.context.history.map((d) => d.choice.type)).toEqual([
      'continue',
      'option',
      'option',
    ]);
    expect(again.snapshot.context.history.map((d) => d.at)).toEqual([T0 + 1000, T0 + 2000, T0 + 100_000]);
    // Stopped mid-step: the restored deadline is the one the start set, not a new one.
    const mid = replay(compiled, { startedAt: T0 }, log.slice(0, 3)).snapshot;
    const restored = restoreSnapshot(compiled, JSON.parse(JSON.stringify(saveSnapshot(compiled, mid))));
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.snapshot.context.deadline).toBe(T0 + 110_000);
  });

  it('waits for timer.start on a timed first step too', () => {
    const first = compile(scenario((d) => (d.start = 'hurry')));
    const s0 = start(first, { startedAt: T0 });
    expect(s0.context.deadline).toBeNull();
    expect(awaitsTimerStart(first, s0)).toBe(true);
    expect(step(first, s0, { type: 'timer.start', at: T0 + 5000 }).snapshot.context.deadline).toBe(
      T0 + 25_000,
    );
  });

  it('replays the same log to exactly the same state', () => {
    const a = replay(compile(scenario()), { startedAt: T0 }, fullRun).snapshot;
    const b = replay(
      compiled,
      { startedAt: T0 },
      JSON.parse(JSON.stringify(fullRun)) as EngineEvent[],
    ).snapshot;
    expect(compiled.machine.getPersistedSnapshot(a)).toEqual(compiled.machine.getPersistedSnapshot(b));
  });

  it('round-trips a persisted snapshot through JSON and continues from it', () => {
    const mid = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 5)).snapshot;
    const saved = JSON.parse(JSON.stringify(saveSnapshot(compiled, mid))) as ReturnType<typeof saveSnapshot>;
    expect(saved).toMatchObject({
      scenarioId: 'all-kinds',
      version: 3,
      hash: contentHash(compiled.scenario),
    });
    const restored = restoreSnapshot(compiled, saved);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.snapshot.context).toEqual(mid.context);
    let s = restored.snapshot;
    for (const e of fullRun.slice(5)) s = step(compiled, s, e).snapshot;
    expect(s.context).toEqual(replay(compiled, { startedAt: T0 }, fullRun).snapshot.context);

    const actor = createScenarioActor(compiled, { saved });
    actor.start();
    for (const e of fullRun.slice(5)) actor.send(e);
    expect(actor.getSnapshot().status).toBe('done');
    actor.stop();
  });

  it('refuses a snapshot from another version or content', () => {
    const saved = saveSnapshot(compiled, start(compiled, { startedAt: T0 }));
    const v4 = compile(scenario((d) => (d.version = 4)));
    expect(restoreSnapshot(v4, saved)).toEqual({ ok: false, reason: 'version' });
    const edited = compile(scenario((d) => (d.title = { ru: 'Другое', en: 'Other' })));
    expect(restoreSnapshot(edited, saved)).toEqual({ ok: false, reason: 'hash' });
    expect(restoreSnapshot(compiled, { ...saved, scenarioId: 'x' })).toEqual({
      ok: false,
      reason: 'scenario',
    });
    expect(restoreSnapshot(compiled, { ...saved, snapshot: { nonsense: true } })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(() => createScenarioActor(v4, { saved })).toThrow(/version/);
  });

  it('hashes content independently of key order', () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash(compiled.scenario)).toMatch(/^[0-9a-f]{28}$/);
  });

  it('runs live as an actor', () => {
    const actor = createScenarioActor(compiled, { input: { startedAt: T0 } });
    actor.start();
    for (const e of fullRun) actor.send(e);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.outcome).toBe('deal');
    actor.stop();
  });
});
