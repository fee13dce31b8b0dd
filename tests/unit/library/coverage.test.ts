import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown, libraryCoverage, meetsTarget } from '../../../src/domain/library/coverage';
import { competencyById } from '../../../src/domain/profile';
import { validateScenarioJson, type Scenario } from '../../../src/domain/scenario';

const root = join(import.meta.dirname, '../../..');
const files = readdirSync(join(root, 'scenarios')).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);
const scenarios = files.sort().map((file) => {
  const result = validateScenarioJson(readFileSync(join(root, 'scenarios', file), 'utf8'));
  expect(result.ok, file).toBe(true);
  return result.scenario as Scenario;
});

describe('the built-in library', () => {
  const coverage = libraryCoverage(scenarios);

  it('has at least 12 scenarios, each with no validator warnings', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const result = validateScenarioJson(readFileSync(join(root, 'scenarios', file), 'utf8'));
      expect(result.issues, file).toEqual([]);
    }
  });

  it('observes every competency in at least 3 scenarios and 6 decisions', () => {
    expect(coverage.rows.filter((row) => !meetsTarget(row)).map((row) => row.competency)).toEqual([]);
  });

  it('has a current coverage table in docs/coverage.md', () => {
    const table = coverageMarkdown(coverage, (id) => `(${competencyById(id).name.ru})`);
    expect(readFileSync(join(root, 'docs/coverage.md'), 'utf8')).toContain(table);
  });
});
