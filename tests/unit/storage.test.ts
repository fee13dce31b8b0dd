import { beforeEach, describe, expect, it } from 'vitest';
import { ProfprobaDB, db, useDatabase } from '../../src/storage/db';
import { classifyStorageError } from '../../src/storage/errors';
import { traineeRepository } from '../../src/storage/trainees';

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
    await db().attempts.add({
      id: 'a1',
      traineeId: boris.id,
      scenarioId: 's',
      scenarioVersion: 1,
      scenarioHash: 'h',
      mode: 'practice',
      status: 'active',
      language: 'ru',
      startedAt: 1,
      updatedAt: 1,
      events: [],
      snapshot: null,
    });
    await traineeRepository.remove(boris.id);
    expect(await db().attempts.count()).toBe(0);
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
