import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/domain/scenario';
import { everyKindScenario } from '../../e2e/fixtures/every-kind';

describe('the e2e fixture with every step kind', () => {
  it('is a valid scenario', () => {
    const result = validateScenario(everyKindScenario());
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
