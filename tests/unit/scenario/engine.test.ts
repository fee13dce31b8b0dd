import { describe, expect, it } from 'vitest';
import {
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
    const atInspect = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 4)).snapshot;
    expect(currentStep(compiled, atInspect).kind).toBe('inspect');
    expect(step(compiled, atInspect, { type: 'user.submit', answer: ['c9'], at: T0 }).accepted).toBe(false);
    expect(step(compiled, atInspect, { type: 'user.submit', answer: ['c1', 'c1'], at: T0 }).accepted).toBe(
      false,
    );
    expect(step(compiled, atInspect, { type: 'user.submit', answer: [], at: T0 }).accepted).toBe(true);
  });

  it('stores an absolute deadline and takes the timeout route only after it', () => {
    const atTimed = replay(compiled, { startedAt: T0 }, fullRun.slice(0, 2)).snapshot;
    expect(atTimed.context.deadline).toBe(T0 + 2000 + 20_000);
    expect(remainingMs(atTimed, T0 + 12_000)).toBe(10_000);
    expect(step(compiled, atTimed, { type: 'timer.expire', at: T0 + 21_999 }).accepted).toBe(false);
    expect(step(compiled, atTimed, { type: 'user.choose', optionId: 'calm', at: T0 + 22_001 }).accepted).toBe(
      false,
    );
    const expired = step(compiled, atTimed, { type: 'timer.expire', at: T0 + 22_000 });
    expect(expired.accepted).toBe(true);
    expect(expired.snapshot.context.stepId).toBe('recall');
    expect(expired.snapshot.context.deadline).toBeNull();
    expect(expired.snapshot.context.history.at(-1)?.choice).toEqual({ type: 'timeout' });
  });

  it('scales or switches off timers from the input', () => {
    const slow = replay(compiled, { startedAt: T0, timeScale: 2 }, fullRun.slice(0, 2)).snapshot;
    expect(slow.context.deadline).toBe(T0 + 2000 + 40_000);
    const off = replay(compiled, { startedAt: T0, timeScale: null }, fullRun.slice(0, 2)).snapshot;
    expect(off.context.deadline).toBeNull();
    expect(step(compiled, off, { type: 'timer.expire', at: T0 + 10_000_000 }).accepted).toBe(false);
    expect(step(compiled, off, { type: 'user.choose', optionId: 'calm', at: T0 + 10_000_000 }).accepted).toBe(
      true,
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
