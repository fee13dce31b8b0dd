/**
 * `npm run bench [steps]`: generates a 5,000-step branching scenario and times validation (safety
 * scan, schema, graph checks, competency analysis) and compilation. Target: under 200 ms.
 * The generated file is larger than the 2 MB import limit, so it is parsed with JSON.parse and
 * validated as a value (the same path as a scenario read back from storage); JSON.parse is timed
 * apart. Each figure is the median of 7 runs after 2 warm-up runs, because this machine is shared.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compile, contentHash, validateScenario, type Scenario } from '../src/domain/scenario';
import { generateScenario } from '../tests/unit/fixtures/scenario/generate';

const STEPS = Number(process.argv[2] ?? 5000);
const text = JSON.stringify(generateScenario(STEPS));

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall time and median CPU time of this process (less skewed by other users of the cores). */
function median(run: () => unknown): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    if (i >= 2) {
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[3] as number;
  return { wall: mid(wall), cpu: mid(cpu) };
}

const show = (t: Timing) => `${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU`;

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
const total = { wall: validateMs.wall + compileMs.wall, cpu: validateMs.cpu + compileMs.cpu };
console.log(
  `steps: ${STEPS}, JSON: ${(text.length / 1024).toFixed(0)} KiB, load average ${loadavg()[0]?.toFixed(2)}`,
);
console.log(`JSON.parse:       ${show(parseMs)}`);
console.log(`validate:         ${show(validateMs)}`);
console.log(`compile:          ${show(compileMs)}`);
console.log(`content hash:     ${show(hashMs)} (computed once, when an attempt is saved)`);
console.log(`validate+compile: ${show(total)} (target < 200 ms) ${total.wall < 200 ? 'OK' : 'SLOW'}`);
