/**
 * Vite plugin: `virtual:scenario-index` is a compact catalog index of the built-in scenarios
 * (scenarios/*.json), made at build time by validating each file with the same domain code the
 * player uses. The catalog then shows titles and observed competencies without downloading the
 * documents; a document is fetched (as raw text, see builtin.ts) only when its scenario opens.
 * A file that fails validation is left out of the index with a build warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateScenarioJson } from '../domain/scenario/validate';
import { catalogEntry, type BuiltinIndexEntry } from './catalog';

const VIRTUAL_ID = 'virtual:scenario-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const SCHEMA_FILE = 'scenario.schema.json';

export function buildScenarioIndex(
  dir: string,
  warn: (message: string) => void = () => {},
): BuiltinIndexEntry[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .sort();
  const entries: BuiltinIndexEntry[] = [];
  const seen = new Set<string>();
  for (const name of files) {
    const result = validateScenarioJson(readFileSync(join(dir, name), 'utf8'));
    if (!result.ok) {
      warn(
        `scenarios/${name} is not a valid scenario and is left out of the catalog (${result.issues.length} issues)`,
      );
      continue;
    }
    if (seen.has(result.scenario.id)) {
      warn(`scenarios/${name} repeats the id "${result.scenario.id}" and is left out of the catalog`);
      continue;
    }
    seen.add(result.scenario.id);
    entries.push({
      ...catalogEntry(result.scenario, result.analysis, 'builtin'),
      file: `/scenarios/${name}`,
    });
  }
  return entries;
}

export function scenarioIndexPlugin(root = process.cwd()): Plugin {
  const dir = resolve(root, 'scenarios');
  return {
    name: 'profproba-scenario-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(join(dir, name));
      const entries = buildScenarioIndex(dir, (message) => this.warn(message));
      return `export default ${JSON.stringify(entries)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
