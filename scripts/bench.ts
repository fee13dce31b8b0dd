/**
 * `npm run bench [steps]`: generates a 5,000-step branching scenario and times validation (safety
 * scan, schema, graph checks, competency analysis) and compilation. Target: under 200 ms.
 * The generated file is larger than the 2 MB import limit, so it is parsed with JSON.parse and
 * validated as a value (the same path as a scenario read back from storage); JSON.parse is timed
 * apart. Each figure is the median of 7 runs after 2 warm-up runs, because this machine is shared.
 */
import { performance } from 'node:perf_hooks';
import { compile, contentHash, validateScenario, type Scenario } from '../src/domain/scenario';
import { generateScenario } from '../tests/unit/fixtures/scenario/generate';

const STEPS = Number(process.argv[2] ?? 5000);
const text = JSON.stringify(generateScenario(STEPS));

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    run();
    if (i >= 2) times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[3] as number;
}

const first = validateScenario(JSON.parse(text));
if (!first.ok) {
  console.error('generated scenario is invalid', first.issues.slice(0, 5));
  process.exit(1);
}
const scenario: Scenario = first.scenario;
const value: unknown = JSON.parse(text);
const parseMs = median(() => JSON.parse(text));
const validateMs = median(() => validateScenario(value));
const compileMs = median(() => compile(scenario));
const hashMs = median(() => contentHash(scenario));
const total = validateMs + compileMs;
console.log(`steps: ${STEPS}, JSON: ${(text.length / 1024).toFixed(0)} KiB`);
console.log(`JSON.parse:       ${parseMs.toFixed(1)} ms`);
console.log(`validate:         ${validateMs.toFixed(1)} ms`);
console.log(`compile:          ${compileMs.toFixed(1)} ms`);
console.log(`content hash:     ${hashMs.toFixed(1)} ms (computed once, when an attempt is saved)`);
console.log(`validate+compile: ${total.toFixed(1)} ms (target < 200 ms) ${total < 200 ? 'OK' : 'SLOW'}`);
