import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run bench:studio`: opens a generated 500-step scenario in the studio and times loading and
 * interactions. Apart from the test suite (it measures, never asserts); its own build and port.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  outputDir: '/tmp/profproba-bench-studio',
  use: {
    ...base.use,
    baseURL: 'http://localhost:4393',
    trace: 'off',
    viewport: { width: 1600, height: 1000 },
  },
  webServer: {
    command:
      'npx vite build --outDir /tmp/profproba-bench-studio-dist --emptyOutDir --logLevel warn && npx vite preview --outDir /tmp/profproba-bench-studio-dist --port 4393 --strictPort',
    url: 'http://localhost:4393',
    reuseExistingServer: false,
    timeout: 180_000,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  },
});
