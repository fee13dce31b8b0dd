import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAttempt, scorePlayed } from '../../../src/domain/scoring';
import type { Scenario, Step } from '../../../src/domain/scenario/schema';
import { dialogue, option, scenario } from './fixture';

const text = (s: string) => ({ ru: s, en: s });

// Two decisions observing negotiation: weights {2, 0, -1} and {1, -2}.
const twoDecisions = scenario('two', [
  dialogue('d1', [
    option('a', { 's.negotiation': 2 }, 'd2'),
    option('b', {}, 'd2'),
    option('c', { 's.negotiation': -1 }, 'd2'),
  ]),
  dialogue('d2', [
    option('x', { 's.negotiation': 1, 'q.politeness': 2 }),
    option('y', { 's.negotiation': -2 }),
  ]),
]);

describe('decision scoring', () => {
  it('normalises chosen against best and worst at each decision met', () => {
    // chosen 0 + 1 = 1; best 2 + 1 = 3; worst -1 + -2 = -3 -> (1 + 3) / (3 + 3) = 66.67 -> 67
    const result = scoreAttempt({
      scenario: twoDecisions,
      decisions: [
        { stepId: 'd1', choice: { type: 'option', optionId: 'b' } },
        { stepId: 'd2', choice: { type: 'option', optionId: 'x' } },
      ],
      endingStepId: 'end',
    });
    const negotiation = result.competencies.find((c) => c.competency === 's.negotiation');
    expect(negotiation).toMatchObject({
      observations: 2,
      chosen: 1,
      best: 3,
      worst: -3,
      score: 67,
      level: 'competent',
    });
    expect(result.outcomes).toEqual([{ scenarioId: 'two', endingStepId: 'end', outcome: 'deal' }]);
  });

  it('says "not enough evidence" with fewer than two observations', () => {
    const result = scoreAttempt({
      scenario: twoDecisions,
      decisions: [
        { stepId: 'd1', choice: { type: 'option', optionId: 'a' } },
        { stepId: 'd2', choice: { type: 'option', optionId: 'x' } },
      ],
    });
    const politeness = result.competencies.find((c) => c.competency === 'q.politeness');
    expect(politeness).toMatchObject({ observations: 1, score: null, level: 'insufficient' });
    // Negotiation: chosen 3 of best 3 -> 100.
    expect(result.competencies.find((c) => c.competency === 's.negotiation')?.score).toBe(100);
  });

  it('marks the best option and links competencies to their evidence', () => {
    const result = scoreAttempt({
      scenario: twoDecisions,
      decisions: [
        { stepId: 'd1', choice: { type: 'option', optionId: 'c' } },
        { stepId: 'd2', choice: { type: 'option', optionId: 'x' } },
      ],
    });
    expect(result.trail.map((t) => [t.stepId, t.wasBest, t.bestOptionIds])).toEqual([
      ['d1', false, ['a']],
      ['d2', true, ['x']],
    ]);
    expect(result.competencies.find((c) => c.competency === 's.negotiation')?.evidence).toEqual([0, 1]);
  });
});

describe('a step met twice', () => {
  it('counts once, with the latest decision', () => {
    const looped = scenario('loop', [
      dialogue('d1', [option('a', { 's.negotiation': 2 }, 'd2'), option('b', { 's.negotiation': -2 }, 'd2')]),
      dialogue('d2', [option('x', { 's.negotiation': 1 }), option('y', { 's.negotiation': -1 })]),
    ]);
    // d1 first b, then (after a loop) a: only a counts -> chosen 2 + 1 = 3 of best 3 -> 100
    const result = scoreAttempt({
      scenario: looped,
      decisions: [
        { stepId: 'd1', choice: { type: 'option', optionId: 'b' } },
        { stepId: 'd1', choice: { type: 'option', optionId: 'a' } },
        { stepId: 'd2', choice: { type: 'option', optionId: 'x' } },
      ],
    });
    expect(result.competencies[0]).toMatchObject({ observations: 2, score: 100 });
    expect(result.trail.map((t) => t.chosenOptionId)).toEqual(['a', 'x']);
  });
});

describe('task steps', () => {
  const inspect: Step = {
    id: 'i1',
    kind: 'inspect',
    prompt: text('find'),
    items: [
      { id: 'p1', text: text('1'), faulty: true, explanation: text('') },
      { id: 'p2', text: text('2'), faulty: true, explanation: text('') },
      { id: 'p3', text: text('3'), faulty: false, explanation: text('') },
      { id: 'p4', text: text('4'), faulty: false, explanation: text('') },
    ],
    competencies: { 'q.attention': 2 },
    next: 'r1',
  };
  const ranking: Step = {
    id: 'r1',
    kind: 'ranking',
    prompt: text('rank'),
    items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(id) })),
    expertOrder: ['a', 'b', 'c', 'd'],
    competencies: { 'q.attention': 1 },
    feedback: text(''),
    next: 'end',
  };
  const doc = scenario('tasks', [inspect, ranking]);

  it('scores inspect by hits minus false alarms and ranking by footrule', () => {
    // inspect: 2 hits, 1 false alarm over 2 faulty -> quality 0.5 -> evidence 1 (range -2..2)
    // ranking: order b a c d -> distance 2, max floor(16/2) = 8 -> 1 - 4/8 = 0.5 -> evidence 0.5 (range -1..1)
    // chosen 1.5, best 3, worst -3 -> 4.5 / 6 = 75
    const result = scoreAttempt({
      scenario: doc,
      decisions: [
        { stepId: 'i1', choice: { type: 'inspect', selected: ['p1', 'p2', 'p3'] } },
        { stepId: 'r1', choice: { type: 'ranking', order: ['b', 'a', 'c', 'd'] } },
      ],
    });
    expect(result.competencies).toEqual([
      expect.objectContaining({
        competency: 'q.attention',
        observations: 2,
        chosen: 1.5,
        best: 3,
        worst: -3,
        score: 75,
      }),
    ]);
  });

  it('treats a reversed ranking and no hits as the worst', () => {
    const result = scoreAttempt({
      scenario: doc,
      decisions: [
        { stepId: 'i1', choice: { type: 'inspect', selected: ['p3', 'p4'] } },
        { stepId: 'r1', choice: { type: 'ranking', order: ['d', 'c', 'b', 'a'] } },
      ],
    });
    expect(result.competencies[0]?.score).toBe(0);
  });
});

describe('timed, recall, data and written steps', () => {
  const timed: Step = {
    id: 't1',
    kind: 'timed',
    lines: [{ speaker: 'client', text: text('quick!') }],
    options: [option('calm', { 'q.stress': 2 }, 'rc'), option('snap', { 'q.stress': -1 }, 'rc')],
    timeLimitSeconds: 20,
    onTimeout: { next: 'rc', evidence: { 'q.stress': -2 } },
  };
  const recall: Step = {
    id: 'rc',
    kind: 'recall',
    question: text('what did they say?'),
    about: 't1',
    options: [
      option('right', { 'q.memory': 2, 'q.stress': 1 }, 'dt'),
      option('wrong', { 'q.memory': -1 }, 'dt'),
    ],
  };
  const data: Step = {
    id: 'dt',
    kind: 'data',
    table: { columns: [{ key: 'c', label: text('c') }], rows: [{ c: 1 }] },
    question: text('which?'),
    options: [option('good', { 'q.memory': 1 }, 'w'), option('bad', { 'q.memory': 0 }, 'w')],
  };
  const written: Step = {
    id: 'w',
    kind: 'written',
    prompt: text('write'),
    rubric: {
      criteria: [
        { id: 'tone', label: text('tone'), description: text(''), maxPoints: 3 },
        { id: 'facts', label: text('facts'), description: text(''), maxPoints: 1 },
      ],
    },
    competencies: ['q.memory'],
    next: 'end',
  };
  const doc: Scenario = scenario('mixed', [timed, recall, data, written]);
  const decisions = [
    { stepId: 't1', choice: { type: 'timeout' as const } },
    { stepId: 'rc', choice: { type: 'option' as const, optionId: 'right' } },
    { stepId: 'dt', choice: { type: 'option' as const, optionId: 'bad' } },
    { stepId: 'w', choice: { type: 'written' as const, text: 'Уважаемый…' } },
  ];

  it('counts a timeout as the worst alternative and waits for the written rating', () => {
    const result = scoreAttempt({ scenario: doc, decisions });
    // stress: timeout -2 (best 2, worst -2) + recall right 1 (best 1, worst 0) -> (-1 + 2) / (3 + 2) = 20
    expect(result.competencies.find((c) => c.competency === 'q.stress')).toMatchObject({
      score: 20,
      observations: 2,
    });
    // memory: recall 2 (2..-1) + data 0 (1..0) -> (2 + 1) / (3 + 1) = 75; written pending
    expect(result.competencies.find((c) => c.competency === 'q.memory')).toMatchObject({
      score: 75,
      observations: 2,
    });
    expect(result.pendingRatings).toBe(1);
  });

  it('counts the written answer once rated', () => {
    // rating 3 of 4 points -> quality .75 -> evidence 2 * (1.5 - 1) = 1 (range -2..2)
    // memory: chosen 2 + 0 + 1 = 3, best 2 + 1 + 2 = 5, worst -1 + 0 - 2 = -3 -> 6 / 8 = 75
    const result = scoreAttempt({
      scenario: doc,
      decisions,
      ratings: [{ stepId: 'w', points: { tone: 2, facts: 1 } }],
    });
    expect(result.competencies.find((c) => c.competency === 'q.memory')).toMatchObject({
      observations: 3,
      chosen: 3,
      best: 5,
      worst: -3,
      score: 75,
    });
    expect(result.pendingRatings).toBe(0);
  });
});

describe('several scenarios', () => {
  it('pools the observations of all scenarios before normalising', () => {
    const one = scenario('one', [
      dialogue('d', [option('a', { 's.negotiation': 2 }), option('b', { 's.negotiation': -2 })]),
    ]);
    const two = scenario('two', [
      dialogue('d', [option('a', { 's.negotiation': 1 }), option('b', { 's.negotiation': 0 })]),
    ]);
    // one alone: 1 observation -> not enough evidence. Together: chosen -2 + 1 = -1, best 3, worst -2 -> 1/5 = 20
    const single = scoreAttempt({
      scenario: one,
      decisions: [{ stepId: 'd', choice: { type: 'option', optionId: 'b' } }],
    });
    expect(single.competencies[0]?.score).toBeNull();
    const result = scorePlayed([
      {
        scenario: one,
        decisions: [{ stepId: 'd', choice: { type: 'option', optionId: 'b' } }],
        endingStepId: 'end',
      },
      {
        scenario: two,
        decisions: [{ stepId: 'd', choice: { type: 'option', optionId: 'a' } }],
        endingStepId: 'end',
      },
    ]);
    expect(result.competencies).toEqual([
      expect.objectContaining({ competency: 's.negotiation', score: 20 }),
    ]);
    expect(result.outcomes.map((o) => o.scenarioId)).toEqual(['one', 'two']);
    expect(result.scenarioIds).toEqual(['one', 'two']);
  });

  it('keeps every score within 0–100 and is deterministic for any choices (property)', () => {
    const weight = fc.integer({ min: -2, max: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(weight, weight, weight), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
        (weights, picks) => {
          const steps = weights.map(([a, b, c], i) =>
            dialogue(`d${i}`, [
              option(
                'a',
                { 's.negotiation': a, 'q.politeness': b },
                i + 1 < weights.length ? `d${i + 1}` : 'end',
              ),
              option('b', { 's.negotiation': b }, i + 1 < weights.length ? `d${i + 1}` : 'end'),
              option(
                'c',
                { 's.negotiation': c, 'q.politeness': a },
                i + 1 < weights.length ? `d${i + 1}` : 'end',
              ),
            ]),
          );
          const doc = scenario('prop', steps);
          const decisions = weights.map((_, i) => ({
            stepId: `d${i}`,
            choice: { type: 'option' as const, optionId: ['a', 'b', 'c'][picks[i] ?? 0] as string },
          }));
          const first = scoreAttempt({ scenario: doc, decisions });
          const again = scoreAttempt({
            scenario: structuredClone(doc),
            decisions: structuredClone(decisions),
          });
          expect(again).toEqual(first);
          for (const c of first.competencies) {
            if (c.score !== null) {
              expect(c.score).toBeGreaterThanOrEqual(0);
              expect(c.score).toBeLessThanOrEqual(100);
            }
          }
          if (first.overall !== null) expect(first.overall).toBeGreaterThanOrEqual(0);
          if (first.overall !== null) expect(first.overall).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('profile fit', () => {
  it('compares scores with the required levels, weighted', () => {
    const result = scoreAttempt({
      scenario: twoDecisions,
      decisions: [
        { stepId: 'd1', choice: { type: 'option', optionId: 'a' } },
        { stepId: 'd2', choice: { type: 'option', optionId: 'x' } },
      ],
    });
    const negotiation = result.fit.entries.find((e) => e.competency === 's.negotiation');
    expect(negotiation?.score).toBe(100);
    expect(negotiation?.meets).toBe(true);
    expect(result.fit.assessed).toBe(1);
    expect(result.fit.percent).toBe(100);
    expect(result.fit.entries.find((e) => e.competency === 'q.politeness')?.meets).toBeNull();
  });
});
