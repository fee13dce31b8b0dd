import { beforeEach, describe, expect, it } from 'vitest';
import { ProfprobaDB, db, useDatabase } from '../../src/storage/db';
import { classifyStorageError } from '../../src/storage/errors';
import { traineeRepository } from '../../src/storage/trainees';
import { attemptRepository, ConflictError } from '../../src/storage/attempts';

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`test-${++counter}`));
});

describe('trainee repository', () => {
  it('creates, activates, lists and deletes trainees with their attempts', async () => {
    const anna = await traineeRepository.create('  Анна   Петровна ');
    expect(anna.name).toBe('Анна Петровна');
    expect((await traineeRepository.getActive())?.id).toBe(anna.id);
    const boris = await traineeRepository.create('Борис');
    expect((await traineeRepository.list()).map((t) => t.name)).toEqual(['Анна Петровна', 'Борис']);
    await attemptRepository.start({
      traineeId: boris.id,
      scenarioId: 's',
      scenarioVersion: 1,
      scenarioHash: 'h',
      scenarioTitle: { ru: 'С' },
      document: { id: 's' },
      mode: 'practice',
      language: 'ru',
      snapshot: null,
    });
    await traineeRepository.remove(boris.id);
    expect(await db().attempts.count()).toBe(0);
    expect(await db().attemptLogs.count()).toBe(0);
    expect(await traineeRepository.getActive()).toBeUndefined();
    expect((await traineeRepository.list()).map((t) => t.name)).toEqual(['Анна Петровна']);
  });

  it('refuses an empty name', async () => {
    await expect(traineeRepository.create('   ')).rejects.toThrow();
  });
});

describe('storage errors', () => {
  it('finds a quota error wrapped in an abort error', () => {
    const quota = { name: 'QuotaExceededError' };
    expect(classifyStorageError({ name: 'AbortError', inner: quota })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError(new Error('x'))).toBe('unknown');
  });
});

describe('attempt repository', () => {
  const base = {
    traineeId: 't1',
    scenarioId: 'case',
    scenarioVersion: 2,
    scenarioHash: 'hash-1',
    scenarioTitle: { ru: 'Случай', en: 'Case' },
    document: { id: 'case', version: 2 },
    mode: 'practice' as const,
    language: 'ru' as const,
    snapshot: { step: 'start' },
  };

  it('appends events with the snapshot and keeps the scenario copy', async () => {
    const attempt = await attemptRepository.start({ ...base, now: 100 });
    const after = await attemptRepository.append({
      attemptId: attempt.id,
      expectedCount: 0,
      event: { type: 'user.choose', optionId: 'a' },
      at: 200,
      snapshot: { step: 'second' },
    });
    expect(after.eventCount).toBe(1);
    const loaded = await attemptRepository.load(attempt.id);
    expect(loaded?.log.events).toEqual([{ seq: 0, at: 200, event: { type: 'user.choose', optionId: 'a' } }]);
    expect(loaded?.log.snapshot).toEqual({ step: 'second' });
    expect(loaded?.document).toEqual({ id: 'case', version: 2 });
  });

  it('refuses an append from a tab that has not seen the latest event', async () => {
    const attempt = await attemptRepository.start(base);
    const append = (count: number) =>
      attemptRepository.append({
        attemptId: attempt.id,
        expectedCount: count,
        event: { n: count },
        at: 1,
        snapshot: {},
      });
    await append(0);
    await expect(append(0)).rejects.toBeInstanceOf(ConflictError);
    const loaded = await attemptRepository.load(attempt.id);
    expect(loaded?.log.events).toHaveLength(1);
  });

  it("lists a trainee's attempts oldest first and finds the active one", async () => {
    const first = await attemptRepository.start({ ...base, now: 1 });
    const second = await attemptRepository.start({ ...base, now: 2 });
    await attemptRepository.setStatus(second.id, 'completed', { overall: 50 });
    expect((await attemptRepository.listForTrainee('t1')).map((a) => a.id)).toEqual([first.id, second.id]);
    expect((await attemptRepository.findActive('t1', 'case', 'practice'))?.id).toBe(first.id);
    expect(await db().scenarioCopies.count()).toBe(1);
  });
});
