import { describe, expect, it } from 'vitest';
import { classify, itemStatistics, pearson } from '../../../src/counsellor/itemStats';
import type { ScoredDecision } from '../../../src/domain/scoring';
import { dialogue, option, scenario } from '../scoring/fixture';

/** Three decisions in a row, each with a keyed-best option `good` (+2) and `bad` (−1). */
const s = scenario('items', [
  dialogue('a', [option('good', { 's.negotiation': 2 }, 'b'), option('bad', { 's.negotiation': -1 }, 'b')]),
  dialogue('b', [option('good', { 's.negotiation': 2 }, 'c'), option('bad', { 's.negotiation': -1 }, 'c')]),
  dialogue('c', [option('good', { 's.negotiation': 2 }), option('bad', { 's.negotiation': -1 })]),
]);

function attempt(a: 0 | 1, b: 0 | 1, c: 0 | 1): ScoredDecision[] {
  const pick = (stepId: string, best: 0 | 1): ScoredDecision => ({
    stepId,
    choice: { type: 'option', optionId: best ? 'good' : 'bad' },
  });
  return [pick('a', a), pick('b', b), pick('c', c)];
}

// (a, b, c): 1 = keyed best chosen.
const attempts = [attempt(1, 1, 1), attempt(1, 1, 0), attempt(0, 1, 0), attempt(0, 0, 0), attempt(1, 0, 1)];

describe('item statistics', () => {
  const stats = itemStatistics(s, attempts);
  const byStep = new Map(stats.map((item) => [item.stepId, item]));

  it('counts how often each option was chosen', () => {
    const a = byStep.get('a');
    expect(a?.n).toBe(5);
    expect(a?.options).toEqual([
      { optionId: 'good', count: 3, share: 0.6, keyedBest: true },
      { optionId: 'bad', count: 2, share: 0.4, keyedBest: false },
    ]);
    expect(a?.p).toBe(0.6);
  });

  it('gives the corrected point-biserial r, worked by hand', () => {
    // Item a: x = 1,1,0,0,1; rest (share best of b, c) = 1, .5, .5, 0, .5.
    // Σdxdy = .5, Σdx² = 1.2, Σdy² = .5 → r = .5 / √.6 = .6455
    expect(byStep.get('a')?.r).toBe(0.645);
    expect(byStep.get('a')?.discrimination).toBe('veryGood');
    expect(byStep.get('a')?.checkKey).toBe(false);
    // Item c: x = 1,0,0,0,1; rest (a, b) = 1, 1, .5, 0, .5.
    // Σdxdy = .30, Σdx² = 1.2, Σdy² = .70 → r = .3 / √.84 = .3273
    expect(byStep.get('c')?.r).toBe(0.327);
    expect(byStep.get('c')?.discrimination).toBe('good');
    // Item b: x = 1,1,1,0,0; rest (a, c) = 1, .5, 0, 0, 1 → Σdxdy = 0 → r = 0: poor, check the key.
    expect(byStep.get('b')?.r).toBe(0);
    expect(byStep.get('b')?.discrimination).toBe('poor');
    expect(byStep.get('b')?.checkKey).toBe(true);
  });

  it('flags negative values and leaves undefined ones without a number', () => {
    expect(pearson([1, 0], [0, 1])).toBe(-1);
    expect(classify(-0.1)).toBe('negative');
    expect(classify(0.19)).toBe('poor');
    expect(classify(0.25)).toBe('marginal');
    expect(classify(0.4)).toBe('veryGood');
    expect(pearson([1, 1, 1], [0, 0.5, 1])).toBeNull();
    const same = itemStatistics(s, [attempt(1, 1, 1), attempt(1, 0, 1)]);
    expect(same.find((i) => i.stepId === 'a')?.r).toBeNull();
    expect(same.find((i) => i.stepId === 'a')?.discrimination).toBe('undefined');
    expect(same.find((i) => i.stepId === 'a')?.checkKey).toBe(false);
  });

  it('counts only the attempts that met a decision (branching)', () => {
    const partial = itemStatistics(s, [
      attempt(1, 1, 1),
      [{ stepId: 'a', choice: { type: 'option', optionId: 'bad' } }],
    ]);
    expect(partial.find((i) => i.stepId === 'a')?.n).toBe(2);
    expect(partial.find((i) => i.stepId === 'c')?.n).toBe(1);
  });
});
