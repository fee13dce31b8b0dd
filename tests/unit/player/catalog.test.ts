import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/domain/scenario';
import {
  catalogEntry,
  competenciesInCatalog,
  filterCatalog,
  normaliseIndexEntry,
  sortCatalog,
} from '../../../src/library/catalog';
import { marksFor } from '../../../src/library/marks';
import type { AttemptRecord } from '../../../src/storage/records';
import { readScenarioIndex } from '../../../vite.config';
import { everyKindScenario } from '../../e2e/fixtures/every-kind';

const valid = (doc: unknown) => {
  const result = validateScenario(doc);
  if (!result.ok) throw new Error('invalid fixture');
  return result;
};

describe('the built-in catalog index', () => {
  const index = readScenarioIndex(resolve('scenarios'))
    .map(normaliseIndexEntry)
    .filter((e) => e !== undefined);

  it('lists every built-in scenario file except the schema, with catalog fields only', () => {
    expect(index.length).toBeGreaterThanOrEqual(1);
    expect(index.some((e) => e.key === 'example-first-call')).toBe(true);
    for (const entry of index) {
      expect(entry).not.toHaveProperty('steps');
      expect(entry.file).toMatch(/^\/scenarios\/.+\.json$/);
      expect(entry.observes.length).toBeGreaterThan(0);
    }
  });

  it('agrees with the validator on what the example observes', () => {
    const fromIndex = index.find((e) => e.key === 'example-first-call');
    const doc = JSON.parse(readFileSync(resolve('scenarios/example-first-call.json'), 'utf8')) as unknown;
    const result = valid(doc);
    expect(fromIndex?.observes).toEqual(catalogEntry(result.scenario, result.analysis, 'builtin').observes);
  });

  it('drops unusable index entries rather than crashing the catalog', () => {
    expect(normaliseIndexEntry(null)).toBeUndefined();
    expect(
      normaliseIndexEntry({ key: 'x', file: '/scenarios/x.json', title: { ru: 'X' }, channel: 'fax' }),
    ).toBeUndefined();
    const entry = normaliseIndexEntry({
      key: 'x',
      file: '/scenarios/x.json',
      title: { ru: 'X' },
      channel: 'phone',
      observes: ['nonsense', 'q.memory'],
    });
    expect(entry?.observes).toEqual(['q.memory']);
    expect(entry?.difficulty).toBe(2);
  });
});

describe('filters and order', () => {
  const a = catalogEntry(
    valid(everyKindScenario('chat')).scenario,
    valid(everyKindScenario('chat')).analysis,
    'builtin',
  );
  const b = {
    ...a,
    key: 'custom:1',
    source: 'custom' as const,
    channel: 'phone' as const,
    observes: [a.observes[0]!],
  };

  it('filters by competency and by channel', () => {
    expect(filterCatalog([a, b], { channel: 'phone' })).toEqual([b]);
    expect(filterCatalog([a, b], { competency: 'q.attention' })).toEqual([a]);
    expect(filterCatalog([a, b], { competency: '', channel: '' })).toHaveLength(2);
    expect(competenciesInCatalog([b])).toEqual(b.observes);
  });

  it('puts built-ins before custom scenarios', () => {
    expect(sortCatalog([b, a], 'ru').map((e) => e.key)).toEqual([a.key, b.key]);
  });

  it('counts only reachable observing steps', () => {
    expect(a.observes).toEqual(
      expect.arrayContaining([
        'q.politeness',
        'q.stress',
        'q.memory',
        'q.attention',
        'q.analytical',
        's.negotiation',
      ]),
    );
  });
});

describe('marks', () => {
  const base: AttemptRecord = {
    id: 'a1',
    traineeId: 't',
    scenarioId: 's',
    scenarioVersion: 1,
    scenarioHash: 'h',
    scenarioTitle: {},
    mode: 'practice',
    status: 'completed',
    language: 'ru',
    startedAt: 1,
    updatedAt: 1,
    eventCount: 3,
  };
  const summary = (overall: number | null) => ({
    overall,
    outcome: 'deal',
    competencies: {},
    pendingRatings: 0,
  });

  it('says not started, in progress, completed, and keeps the best result', () => {
    expect(marksFor([], 's').status).toBe('notStarted');
    const done = [
      { ...base, id: 'a1', result: summary(40) },
      { ...base, id: 'a2', result: summary(75) },
      { ...base, id: 'a3', result: summary(null) },
    ];
    expect(marksFor(done, 's')).toMatchObject({ status: 'completed', best: 75, completedCount: 3 });
    const active = { ...base, id: 'a4', status: 'active' as const, updatedAt: 9 };
    const marks = marksFor(
      [...done, active, { ...base, id: 'other', scenarioId: 'x', status: 'active' }],
      's',
    );
    expect(marks.status).toBe('inProgress');
    expect(marks.active.practice?.id).toBe('a4');
    expect(marks.active.assessment).toBeUndefined();
  });
});
