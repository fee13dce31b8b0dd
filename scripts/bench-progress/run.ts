/**
 * `npm run bench:progress`: seeds 10,000 attempt headers and prints how long the progress page's
 * data load (src/progress/progress.ts `loadProgress` with the IndexedDB source) takes; target
 * < 200 ms. Three cases: cold (no column cache: every header is read and parsed), warm (the
 * cache is current) and after one new attempt (the usual visit: the cache plus one header).
 * Runs in Chromium with real IndexedDB (Playwright + a Vite dev server) and in Node with
 * fake-indexeddb.   --node-only  skips the browser.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { resolveChromium } from '../../tests/e2e/browser';
import { loadProgress } from '../../src/progress/progress';
import { db } from '../../src/storage/db';
import { progressStore } from '../../src/storage/progressCache';
import type { AttemptRecord } from '../../src/storage/records';
import { makeHeaders } from './headers';

const COUNT = 10_000;
const RUNS = 5;
const TARGET_MS = 200;
const TRAINEE = 'bench-trainee';

interface Bench {
  seed(headers: AttemptRecord[]): Promise<number>;
  dropCache(): Promise<void>;
  add(header: AttemptRecord): Promise<void>;
  time(traineeId: string): Promise<{ ms: number; rows: number }>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function newAttempt(i: number, template: AttemptRecord): AttemptRecord {
  return { ...template, id: `bench-new-${i}`, startedAt: template.startedAt + (i + 1) * 60_000 };
}

/** Times the three cases against one environment; returns the median of the usual visit. */
async function measure(where: string, bench: Bench, headers: AttemptRecord[]): Promise<number> {
  const stored = await bench.seed(headers);
  if (stored !== COUNT) throw new Error(`seeded ${stored} attempts, expected ${COUNT}`);
  const cold: number[] = [];
  const warm: number[] = [];
  const visit: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    await bench.dropCache();
    cold.push((await bench.time(TRAINEE)).ms);
    warm.push((await bench.time(TRAINEE)).ms);
  }
  const last = headers[headers.length - 1] as AttemptRecord;
  for (let i = 0; i < RUNS; i++) {
    await bench.add(newAttempt(i, last));
    const result = await bench.time(TRAINEE);
    visit.push(result.ms);
    rows = result.rows;
  }
  const f = (values: number[]) => `${median(values).toFixed(1)} ms`;
  console.log(
    `${where}: ${rows} attempts — median of ${RUNS}: cold (no cache) ${f(cold)}, warm ${f(warm)}, ` +
      `after a new attempt ${f(visit)}; target < ${TARGET_MS} ms: ${median(visit) < TARGET_MS ? 'OK' : 'TOO SLOW'}`,
  );
  return median(visit);
}

const nodeBench: Bench = {
  async seed(headers) {
    await db().attempts.clear();
    await db().settings.clear();
    await db().attempts.bulkPut(headers);
    return db().attempts.count();
  },
  dropCache: () => db().settings.clear(),
  add: async (header) => void (await db().attempts.put(header)),
  async time(traineeId) {
    const begin = performance.now();
    const data = await loadProgress(traineeId, progressStore);
    return { ms: performance.now() - begin, rows: data.rows.length };
  },
};

async function inBrowser(headers: AttemptRecord[]): Promise<number> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { port: 0 },
  });
  await server.listen();
  const executablePath = resolveChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls?.local[0]}scripts/bench-progress/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    const call =
      <K extends keyof Bench>(name: K) =>
      (arg?: unknown) =>
        page.evaluate(
          ([n, a]) =>
            (window as unknown as { bench: Record<string, (x: unknown) => unknown> }).bench[n as string]!(a),
          [name, arg] as const,
        );
    const bench = {
      seed: call('seed'),
      dropCache: call('dropCache'),
      add: call('add'),
      time: call('time'),
    } as unknown as Bench;
    return await measure('Chromium, real IndexedDB', bench, headers);
  } finally {
    await browser.close();
    await server.close();
  }
}

const headers = makeHeaders(COUNT, TRAINEE);
const results = [await measure('Node, fake-indexeddb', nodeBench, headers)];
if (!process.argv.includes('--node-only')) results.push(await inBrowser(headers));
process.exitCode = results.every((ms) => ms < TARGET_MS) ? 0 : 1;
