/**
 * `npm run validate [files or folders]` (default: scenarios/): validates scenario files, prints
 * errors, warnings and per-competency coverage, and exits 1 if any file has an error.
 * Language of the report: SCENARIO_LANG=en (default ru).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, MAX_BYTES, validateScenarioJson, type Analysis } from '../src/domain/scenario';
import { isLanguage, type Language } from '../src/domain/text';

const lang: Language = isLanguage(process.env.SCENARIO_LANG) ? process.env.SCENARIO_LANG : 'ru';

function scenarioFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(target, f));
}

function coverage(analysis: Analysis): string[] {
  const head =
    lang === 'ru'
      ? 'компетенция: решений, наблюдений на пути, сумма min…max'
      : 'competency: decisions, observations per path, total min…max';
  return [
    `  ${head}`,
    ...analysis.competencies.map((c) => {
      const mark = c.targeted ? ' ' : '+';
      const bound = c.exact ? '' : lang === 'ru' ? ' (оценка по циклу)' : ' (bound, cycle)';
      return `  ${mark} ${c.competency.padEnd(18)} ${String(c.decisions).padStart(3)}   ${c.perPath.min}…${c.perPath.max}   ${c.total.min}…${c.total.max}${bound}`;
    }),
  ];
}

function main(): number {
  const targets = process.argv.slice(2);
  let files: string[];
  try {
    files = (targets.length > 0 ? targets : ['scenarios']).flatMap(scenarioFiles);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const size = statSync(file).size;
    const text = size > MAX_BYTES * 4 ? 'x'.repeat(MAX_BYTES + 1) : readFileSync(file, 'utf8');
    const result = validateScenarioJson(text);
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const warnings = result.issues.length - errors;
    if (!result.ok) failed++;
    const status = result.ok ? 'OK' : lang === 'ru' ? 'ОШИБКИ' : 'ERRORS';
    console.log(
      `${status}  ${file}  (${errors} ${lang === 'ru' ? 'ошибок' : 'errors'}, ${warnings} ${lang === 'ru' ? 'предупреждений' : 'warnings'})`,
    );
    for (const i of result.issues) console.log(`  ${formatIssue(i, lang)}`);
    if (result.analysis) {
      const a = result.analysis;
      console.log(
        `  ${lang === 'ru' ? 'шагов' : 'steps'}: ${a.steps}, ${lang === 'ru' ? 'достижимо' : 'reachable'}: ${a.reachable}`,
      );
      for (const line of coverage(a)) console.log(line);
    }
  }
  console.log(
    `${files.length - failed}/${files.length} ${lang === 'ru' ? 'файлов без ошибок' : 'files without errors'}`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
