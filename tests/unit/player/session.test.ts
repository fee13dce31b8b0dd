import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  compile,
  replay,
  saveSnapshot,
  start,
  validateScenario,
  type EngineEvent,
} from '../../../src/domain/scenario';
import type { Scenario } from '../../../src/domain/scenario/schema';
import { resume } from '../../../src/player/resume';
import { PlayerSession } from '../../../src/player/session.svelte';
import { startAttempt } from '../../../src/player/start';
import { indexedDbStore, memoryStore } from '../../../src/player/store';
import { fixedTimePolicy } from '../../../src/player/timing';
import { attemptRepository } from '../../../src/storage/attempts';
import { ProfprobaDB, useDatabase } from '../../../src/storage/db';
import { everyKindScenario } from '../../e2e/fixtures/every-kind';

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`player-${++counter}`));
});

function scenario(): Scenario {
  const result = validateScenario(everyKindScenario());
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

const begin = (store = indexedDbStore, extra: Partial<Parameters<typeof startAttempt>[1]> = {}) =>
  startAttempt(store, {
    scenario: scenario(),
    traineeId: 't1',
    mode: 'practice',
    language: 'ru',
    timeScale: 1,
    now: 1000,
    ...extra,
  });

describe('the player session', () => {
  it('writes each event with its snapshot before showing the next step, and resumes from storage', async () => {
    const attempt = await begin();
    const session = new PlayerSession();
    await session.load(attempt.id, true);
    expect(session.step?.id).toBe('letter');
    expect(await session.send({ type: 'user.continue', at: 2000 })).toBe(true);
    expect(await session.send({ type: 'user.choose', optionId: 'polite', at: 3000 })).toBe(true);
    expect(session.feedback?.feedback.evidence).toEqual([{ competency: 'q.politeness', value: 2 }]);
    // The timed step waits behind the debrief: its clock has not started.
    expect(session.snapshot?.context.deadline).toBeNull();
    expect(session.awaitingTimer).toBe(false);
    expect(await session.startTimerIfShown(50_000)).toBe(false);
    session.dismissFeedback();
    expect(session.awaitingTimer).toBe(true);
    expect(await session.send({ type: 'user.choose', optionId: 'calm', at: 60_000 })).toBe(false);
    expect(await session.startTimerIfShown(60_000)).toBe(true);
    expect(session.snapshot?.context.deadline).toBe(60_000 + 20_000);
    expect(session.awaitingTimer).toBe(false);
    expect(session.snapshot?.context.history).toHaveLength(2);
    expect(await session.startTimerIfShown(70_000)).toBe(false);

    const again = new PlayerSession();
    await again.load(attempt.id, true);
    expect(again.step?.id).toBe('hurry');
    expect(again.snapshot?.context.deadline).toBe(80_000);
    expect(again.awaitingTimer).toBe(false);
    expect(await again.expireIfDue(70_000)).toBe(false);
    expect(await again.expireIfDue(90_000)).toBe(true);
    const loaded = await attemptRepository.load(attempt.id);
    expect(loaded?.log.events.map((e) => e.event['type'])).toEqual([
      'user.continue',
      'user.choose',
      'timer.start',
      'timer.expire',
    ]);
    expect(loaded?.log.events[3]?.at).toBe(80_000);
  });

  it('starts the clock of a timed step restored unstarted after a reload, and only in one tab', async () => {
    const attempt = await begin();
    const session = new PlayerSession();
    await session.load(attempt.id, true);
    await session.send({ type: 'user.continue', at: 2000 });
    await session.send({ type: 'user.choose', optionId: 'polite', at: 3000 });
    // Reloaded while the debrief was shown: two tabs now show the timed step.
    const tabA = new PlayerSession();
    const tabB = new PlayerSession();
    await tabA.load(attempt.id, true);
    await tabB.load(attempt.id, true);
    expect(tabA.feedback).toBeUndefined();
    expect(tabA.awaitingTimer).toBe(true);
    expect(tabB.awaitingTimer).toBe(true);
    expect(await tabA.startTimerIfShown(100_000)).toBe(true);
    expect(await tabB.startTimerIfShown(100_500)).toBe(false);
    expect(tabB.notice).toBe('conflict');
    expect(tabB.snapshot?.context.deadline).toBe(120_000);
    expect(tabB.awaitingTimer).toBe(false);
    const loaded = await attemptRepository.load(attempt.id);
    expect(loaded?.log.events.filter((e) => e.event['type'] === 'timer.start')).toHaveLength(1);
    // The stored snapshot, not a replay, carries the deadline; a replay gives the same.
    const resumed = resume(loaded!);
    expect(resumed.ok && resumed.replayed).toBe(false);
    const replayed = resume({ ...loaded!, log: { ...loaded!.log, snapshot: null } });
    expect(replayed.ok && replayed.replayed && replayed.snapshot.context.deadline).toBe(120_000);
    // A snapshot saved before the start has as many decisions as the log, yet is stale.
    const compiled = compile(scenario());
    const events = loaded!.log.events.map((e) => e.event as unknown as EngineEvent);
    const before = replay(compiled, { startedAt: 1000, timeScale: 1 }, events.slice(0, -1)).snapshot;
    const stale = resume({ ...loaded!, log: { ...loaded!.log, snapshot: saveSnapshot(compiled, before) } });
    expect(stale.ok && stale.replayed && stale.snapshot.context.deadline).toBe(120_000);
  });

  it('accepts a timed choice with no start when timers are off', async () => {
    const attempt = await begin(indexedDbStore, { timeScale: null });
    const session = new PlayerSession();
    await session.load(attempt.id, true);
    await session.send({ type: 'user.continue', at: 2000 });
    await session.send({ type: 'user.choose', optionId: 'polite', at: 3000 });
    session.dismissFeedback();
    expect(session.awaitingTimer).toBe(false);
    expect(await session.startTimerIfShown(4000)).toBe(false);
    expect(await session.send({ type: 'user.choose', optionId: 'calm', at: 1_000_000 })).toBe(true);
  });

  it('refuses input while a save is in flight, and shows the page busy only when the save is slow', async () => {
    const attempt = await begin(memoryStore);
    const session = new PlayerSession();
    await session.load(attempt.id, false);
    const append = memoryStore.append.bind(memoryStore);
    let release = () => {};
    const spy = vi.spyOn(memoryStore, 'append').mockImplementation(async (input) => {
      await new Promise<void>((resolve) => (release = resolve));
      return append(input);
    });
    try {
      vi.useFakeTimers();
      const first = session.send({ type: 'user.continue', at: 2000 });
      await vi.advanceTimersByTimeAsync(0);
      expect(session.saving).toBe(true);
      expect(session.savingShown).toBe(false);
      expect(await session.send({ type: 'user.continue', at: 2001 })).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(session.savingShown).toBe(true);
      release();
      expect(await first).toBe(true);
      expect(session.saving).toBe(false);
      expect(session.savingShown).toBe(false);
      expect(session.attempt?.eventCount).toBe(1);
      expect(session.step?.id).toBe('hello');
    } finally {
      vi.useRealTimers();
      spy.mockRestore();
    }
  });

  it('never applies a choice twice when another tab moved on', async () => {
    const attempt = await begin();
    const tabA = new PlayerSession();
    const tabB = new PlayerSession();
    await tabA.load(attempt.id, true);
    await tabB.load(attempt.id, true);
    expect(await tabA.send({ type: 'user.continue', at: 2000 })).toBe(true);
    expect(await tabB.send({ type: 'user.continue', at: 2100 })).toBe(false);
    expect(tabB.notice).toBe('conflict');
    expect(tabB.step?.id).toBe('hello');
    expect((await attemptRepository.get(attempt.id))?.eventCount).toBe(1);
  });

  it('stores the result and the completed status with the final event', async () => {
    const attempt = await begin(indexedDbStore, { mode: 'assessment', timeScale: null });
    const session = new PlayerSession();
    await session.load(attempt.id, true);
    const events = [
      { type: 'user.continue' },
      { type: 'user.choose', optionId: 'polite' },
      { type: 'user.choose', optionId: 'calm' },
      { type: 'user.choose', optionId: 'r42' },
      { type: 'user.submit', answer: ['c1', 'c3'] },
      { type: 'user.choose', optionId: 'vasilyok' },
      { type: 'user.submit', answer: ['value', 'discount', 'ignore'] },
      { type: 'user.submit', answer: 'Извините.' },
    ] as const;
    for (const [i, event] of events.entries()) {
      expect(await session.send({ ...event, at: 2000 + i } as never)).toBe(true);
      expect(session.feedback).toBeUndefined();
    }
    expect(session.finished).toBe(true);
    const stored = await attemptRepository.get(attempt.id);
    expect(stored?.status).toBe('completed');
    expect(stored?.result).toMatchObject({ outcome: 'kept', pendingRatings: 1 });
  });

  it('replays the log when the stored snapshot is stale or refused', async () => {
    const attempt = await begin();
    const session = new PlayerSession();
    await session.load(attempt.id, true);
    await session.send({ type: 'user.continue', at: 2000 });
    const loaded = await attemptRepository.load(attempt.id);
    const compiled = compile(scenario());
    const stale = {
      ...loaded!,
      log: { ...loaded!.log, snapshot: saveSnapshot(compiled, start(compiled, { startedAt: 1000 })) },
    };
    const resumed = resume(stale);
    expect(resumed.ok && resumed.replayed).toBe(true);
    expect(resumed.ok && resumed.snapshot.context.stepId).toBe('hello');
    const foreign = {
      ...loaded!,
      log: { ...loaded!.log, snapshot: { scenarioId: 'other', version: 1, hash: 'x', snapshot: {} } },
    };
    expect(resume(foreign).ok && resume(foreign)).toMatchObject({ replayed: true });
  });

  it('keeps a fixed time policy over the trainee setting, and plays in memory without storage', async () => {
    const attempt = await begin(memoryStore, {
      timeScale: null,
      settings: { timePolicy: fixedTimePolicy(1) },
    });
    expect(attempt.settings).toMatchObject({ timeScale: 1 });
    const session = new PlayerSession();
    await session.load(attempt.id, false);
    expect(session.persistent).toBe(false);
    await session.send({ type: 'user.continue', at: 2000 });
    await session.send({ type: 'user.choose', optionId: 'polite', at: 3000 });
    session.dismissFeedback();
    expect(await session.startTimerIfShown(4000)).toBe(true);
    expect(session.snapshot?.context.deadline).toBe(24_000);
  });
});
