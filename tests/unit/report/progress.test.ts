import { beforeEach, describe, expect, it } from 'vitest';
import { progressFrom, loadProgress } from '../../../src/progress/progress';
import { fromStored } from '../../../src/progress/columns';
import { attemptRepository } from '../../../src/storage/attempts';
import { ProfprobaDB, db, useDatabase } from '../../../src/storage/db';
import { progressCacheKey, progressStore } from '../../../src/storage/progressCache';
import { traineeRepository } from '../../../src/storage/trainees';
import type { AttemptRecord } from '../../../src/storage/records';
import { builtin, playAndStore } from './play';

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`progress-${++counter}`));
});

function header(id: string, startedAt: number, rest: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id,
    traineeId: 't',
    scenarioId: 'a',
    scenarioVersion: 1,
    scenarioHash: 'h',
    scenarioTitle: { ru: 'А', en: 'A' },
    mode: 'practice',
    status: 'completed',
    language: 'ru',
    startedAt,
    updatedAt: startedAt,
    eventCount: 5,
    ...rest,
  };
}

const summary = (overall: number | null, competencies: Record<string, [number | null, number]>) => ({
  overall,
  outcome: 'deal',
  competencies,
  pendingRatings: 0,
});

describe('progress from attempt headers', () => {
  const headers = [
    header('3', 300, { scenarioId: 'b', result: summary(90, { 'q.memory': [90, 2] }) }),
    header('1', 100, { result: summary(40, { 's.negotiation': [40, 3], 'q.politeness': [null, 1] }) }),
    header('2', 200, { result: summary(70, { 's.negotiation': [70, 3] }) }),
    header('4', 400, { status: 'active' }),
    header('5', 500, { mode: 'assessment', sessionId: 's1', result: summary(10, { 'k.law': [10, 4] }) }),
    header('6', 600, { result: 'garbage' }),
  ];
  const data = progressFrom(headers);

  it('lists attempts newest first, hiding counsellor assessments', () => {
    expect(data.rows.map((r) => r.id)).toEqual(['6', '5', '4', '3', '2', '1']);
    const hidden = data.rows.find((r) => r.id === '5')!;
    expect(hidden).toMatchObject({ visible: false, overall: null, outcome: null });
    expect(data.rows.find((r) => r.id === '1')).toMatchObject({ overall: 40, outcome: 'deal' });
    // A finished attempt whose stored summary is unreadable still counts as finished, without scores.
    expect(data.completed).toBe(4);
    expect(data.rows.find((r) => r.id === '6')).toMatchObject({
      status: 'completed',
      overall: null,
      outcome: null,
    });
  });

  it('traces each observed competency over time', () => {
    const negotiation = data.trends.find((t) => t.competency === 's.negotiation')!;
    expect(negotiation.points.map((p) => p.score)).toEqual([40, 70]);
    expect(negotiation).toMatchObject({ first: 40, latest: 70, best: 70, observedIn: 2 });
    const politeness = data.trends.find((t) => t.competency === 'q.politeness')!;
    expect(politeness).toMatchObject({ points: [], observedIn: 1, latest: null });
    // The hidden assessment observed k.law; it does not count on the trainee's side.
    expect(data.trends.some((t) => t.competency === 'k.law')).toBe(false);
  });

  it('gives the best result per scenario and the competencies never observed', () => {
    expect(data.best.map((b) => [b.scenarioId, b.best, b.completed, b.bestAttemptId])).toEqual([
      ['b', 90, 1, '3'],
      ['a', 70, 3, '2'],
    ]);
    expect(data.neverObserved).toContain('k.law');
    expect(data.neverObserved).not.toContain('q.politeness');
    expect(data.neverObserved).toHaveLength(24 - 3);
  });

  it('is empty for no attempts', () => {
    expect(progressFrom([])).toMatchObject({ rows: [], trends: [], best: [], completed: 0 });
  });
});

describe('loading progress', () => {
  it('reads the headers the player stored, without replaying', async () => {
    const scenario = builtin('example-first-call');
    await playAndStore(scenario, { traineeId: 'me', startedAt: 1_000 });
    await playAndStore(scenario, { traineeId: 'me', startedAt: 2_000_000, choose: { needs: 'premium' } });
    await playAndStore(scenario, { traineeId: 'someone-else' });
    const data = await loadProgress('me', (id) => attemptRepository.listForTrainee(id));
    expect(data.rows).toHaveLength(2);
    const negotiation = data.trends.find((t) => t.competency === 's.negotiation')!;
    expect(negotiation.points.map((p) => p.score)).toEqual([100, 56]);
  });
});

describe('the column cache', () => {
  const scenario = builtin('example-first-call');
  const load = () => loadProgress('me', progressStore);

  it('gives the same data as the headers, and follows new, finished and removed attempts', async () => {
    const first = await playAndStore(scenario, { traineeId: 'me', startedAt: 1_000 });
    const unfinished = await playAndStore(scenario, { traineeId: 'me', startedAt: 2_000_000, stopAfter: 2 });
    const cold = await load();
    expect(fromStored(await progressStore.readCache('me'))?.ids).toEqual([first.id, unfinished.id]);
    expect(await load()).toEqual(cold);
    expect(cold).toEqual(progressFrom(await attemptRepository.listForTrainee('me')));

    // The unfinished attempt ends, and a new one is played: both show without a rebuild.
    await db().attempts.update(unfinished.id, { status: 'abandoned' });
    const later = await playAndStore(scenario, {
      traineeId: 'me',
      startedAt: 3_000_000,
      choose: { needs: 'premium' },
    });
    const warm = await load();
    expect(warm.rows.map((r) => [r.id, r.status])).toEqual([
      [later.id, 'completed'],
      [unfinished.id, 'abandoned'],
      [first.id, 'completed'],
    ]);
    expect(warm).toEqual(progressFrom(await attemptRepository.listForTrainee('me')));

    await attemptRepository.remove(first.id);
    expect((await load()).rows.map((r) => r.id)).toEqual([later.id, unfinished.id]);
  });

  it('rebuilds a cache that fails its checks, and is deleted with the trainee', async () => {
    const trainee = await traineeRepository.create('Анна');
    await playAndStore(scenario, { traineeId: trainee.id });
    await loadProgress(trainee.id, progressStore);
    await db().settings.put({ key: progressCacheKey(trainee.id), value: { v: 1, ids: 'x', count: 5 } });
    expect((await loadProgress(trainee.id, progressStore)).rows).toHaveLength(1);
    expect(fromStored(await progressStore.readCache(trainee.id))?.ids).toHaveLength(1);
    await traineeRepository.remove(trainee.id);
    expect(await db().settings.get(progressCacheKey(trainee.id))).toBeUndefined();
  });
});
