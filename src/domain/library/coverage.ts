import { COMPETENCY_IDS, type CompetencyId } from '../profile/competencies';
import { analyse, type Scenario } from '../scenario';

/** How the library observes each competency: the evidence a counsellor can rely on. */
export interface LibraryCoverage {
  scenarioIds: string[];
  rows: {
    competency: CompetencyId;
    /** Decisions observing the competency, per scenario id (written answers count: they score once rated). */
    perScenario: Record<string, number>;
    scenarios: number;
    decisions: number;
  }[];
}

/** The library's targets from issue 7: every competency in at least 3 scenarios and 6 decisions. */
export const COVERAGE_TARGET = { scenarios: 3, decisions: 6 } as const;

export function libraryCoverage(scenarios: readonly Scenario[]): LibraryCoverage {
  const counts = new Map<CompetencyId, Record<string, number>>();
  for (const scenario of scenarios) {
    const add = (competency: CompetencyId, n: number) => {
      if (n <= 0) return;
      const row = counts.get(competency) ?? {};
      row[scenario.id] = (row[scenario.id] ?? 0) + n;
      counts.set(competency, row);
    };
    for (const c of analyse(scenario).competencies) add(c.competency, c.decisions);
    for (const step of scenario.steps)
      if (step.kind === 'written') for (const c of step.competencies) add(c, 1);
  }
  return {
    scenarioIds: scenarios.map((s) => s.id),
    rows: COMPETENCY_IDS.map((competency) => {
      const perScenario = counts.get(competency) ?? {};
      const values = Object.values(perScenario);
      return {
        competency,
        perScenario,
        scenarios: values.length,
        decisions: values.reduce((a, b) => a + b, 0),
      };
    }),
  };
}

export function meetsTarget(row: LibraryCoverage['rows'][number]): boolean {
  return row.scenarios >= COVERAGE_TARGET.scenarios && row.decisions >= COVERAGE_TARGET.decisions;
}

/** The coverage as a Markdown table: competencies down, scenarios across, counts in the cells. */
export function coverageMarkdown(coverage: LibraryCoverage, names: (id: CompetencyId) => string): string {
  const ids = coverage.scenarioIds;
  const header = `| competency | ${ids.map((_, i) => `S${i + 1}`).join(' | ')} | scenarios | decisions | target met |`;
  const rule = `|---|${ids.map(() => '---:').join('|')}|---:|---:|:---:|`;
  const rows = coverage.rows.map(
    (row) =>
      `| ${row.competency} ${names(row.competency)} | ${ids.map((id) => row.perScenario[id] ?? '').join(' | ')} | ${row.scenarios} | ${row.decisions} | ${meetsTarget(row) ? 'yes' : '**no**'} |`,
  );
  const legend = ids.map((id, i) => `S${i + 1} = \`${id}\``).join(', ');
  return [header, rule, ...rows, '', legend, ''].join('\n');
}
