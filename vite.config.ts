import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `virtual:scenario-index`: a compact catalog index of the built-in scenarios (scenarios/*.json),
 * so the catalog lists them without downloading the documents (src/library/library.ts fetches a
 * document and validates it fully when its scenario opens). Kept free of imports from src/ so the
 * config loads natively; a file that is not JSON or lacks catalog fields is left out with a warning.
 */
export function readScenarioIndex(dir: string, warn: (message: string) => void = () => {}): unknown[] {
  const entries: unknown[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name === 'scenario.schema.json') continue;
    try {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      const steps = Array.isArray(doc.steps) ? (doc.steps as Record<string, unknown>[]) : [];
      const observes = new Set<string>();
      const weights = (value: unknown, positiveOnly = false): void => {
        if (typeof value !== 'object' || value === null) return;
        for (const [id, weight] of Object.entries(value))
          if (!positiveOnly || Number(weight) !== 0) observes.add(id);
      };
      for (const step of steps) {
        for (const option of Array.isArray(step.options) ? (step.options as Record<string, unknown>[]) : [])
          weights(option.evidence, true);
        weights((step.onTimeout as Record<string, unknown> | undefined)?.evidence, true);
        if (Array.isArray(step.competencies)) for (const id of step.competencies) observes.add(String(id));
        else weights(step.competencies);
      }
      if (typeof doc.id !== 'string' || typeof doc.title !== 'object' || typeof doc.channel !== 'string') {
        throw new Error('no id, title or channel');
      }
      entries.push({
        key: doc.id,
        file: `/scenarios/${name}`,
        source: 'builtin',
        scenarioId: doc.id,
        version: doc.version,
        title: doc.title,
        description: doc.description,
        channel: doc.channel,
        difficulty: doc.difficulty,
        estimatedMinutes: doc.estimatedMinutes,
        languages: doc.languages,
        observes: [...observes],
      });
    } catch (error) {
      warn(
        `scenarios/${name} is left out of the catalog: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return entries;
}

function scenarioIndexPlugin(dir = resolve('scenarios')): Plugin {
  const id = 'virtual:scenario-index';
  return {
    name: 'profproba-scenario-index',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      for (const name of readdirSync(dir)) this.addWatchFile(join(dir, name));
      return `export default ${JSON.stringify(readScenarioIndex(dir, (message) => this.warn(message)))};`;
    },
  };
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path, root));
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
  return out.sort();
}

/**
 * `package-files.json` in the build output: the app's own static files, which the SCORM exporter
 * (src/scorm/package.ts) fetches from the app's origin and zips with a scenario. Written after
 * the bundle and the public folder are on disk, so it lists exactly what is served. Vite's
 * manifest (`.vite/`) is build metadata, not part of the app.
 */
function packageFilesPlugin(): Plugin {
  const name = 'package-files.json';
  let outDir = '';
  return {
    name: 'profproba-package-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = listFiles(outDir).filter((file) => file !== name && !file.startsWith('.vite/'));
      writeFileSync(join(outDir, name), `${JSON.stringify(files, null, 1)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [svelte(), scenarioIndexPlugin(), packageFilesPlugin()],
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
