import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { scenarioIndexPlugin } from './src/library/indexPlugin';

export default defineConfig({
  plugins: [svelte(), scenarioIndexPlugin()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
