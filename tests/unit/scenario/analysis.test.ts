import { describe, expect, it } from 'vitest';
import { analyse, exitsOf, validateScenario, type Scenario, type Step } from '../../../src/domain/scenario';
import { generateScenario } from '../fixtures/scenario/generate';

/** Every path's evidence sums, by listing paths: exponential, only for small scenarios. */
function bruteForce(s: Scenario, competency: string): { min: number; max: number } {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  let min = Infinity;
  let max = -Infinity;
  const walk = (st: Step, sum: number): void => {
    if (st.kind === 'ending') {
      min = Math.min(min, sum);
      max = Math.max(max, sum);
      return;
    }
    if ('options' in st) {
      for (const o of st.options) {
        const v = (o.evidence as Record<string, number>)[competency] ?? 0;
        for (const next of new Set([...(o.routes ?? []).map((r) => r.next), o.next]))
          walk(steps.get(next)!, sum + v);
      }
      if (st.kind === 'timed')
        walk(
          steps.get(st.onTimeout.next)!,
          sum + ((st.onTimeout.evidence as Record<string, number>)?.[competency] ?? 0),
        );
      return;
    }
    for (const e of exitsOf(st)) walk(steps.get(e.next)!, sum);
  };
  walk(steps.get(s.start)!, 0);
  return { min, max };
}

describe('competency analysis', () => {
  it('matches listing every path on a small branching scenario', () => {
    const result = validateScenario(generateScenario(12));
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    for (const c of result.analysis.competencies) {
      expect(c.total, c.competency).toEqual(bruteForce(result.scenario, c.competency));
      expect(c.exact).toBe(true);
    }
  });

  it('stays linear on a long chain whose paths could not be listed', () => {
    const result = validateScenario(generateScenario(3000));
    expect(result.ok).toBe(true);
    const negotiation = result.analysis?.competencies.find((c) => c.competency === 's.negotiation');
    expect(negotiation?.decisions).toBeGreaterThan(500);
  });

  it('bounds ranges in a cycle and flags them as inexact', () => {
    const doc = generateScenario(8) as { steps: { id: string; options?: { next: string }[] }[] };
    doc.steps[2]!.options![0]!.next = 's0';
    const result = validateScenario(doc);
    expect(result.ok).toBe(true);
    const scenario = result.scenario!;
    const a = analyse(scenario);
    expect(a.competencies.some((c) => !c.exact)).toBe(true);
  });
});
