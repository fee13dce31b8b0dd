import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** `npm run bench:player`: the player benchmark, apart from the test suite (it measures, never asserts). */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  outputDir: '/tmp/profproba-bench-player',
  use: { ...base.use, trace: 'off' },
});
