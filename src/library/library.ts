/**
 * The scenario library at run time: the built-in index (made at build time, see indexPlugin.ts),
 * built-in documents fetched one by one as raw text when a scenario opens, and the published
 * custom scenarios from IndexedDB. Every document is validated before it is played.
 */
import rawIndex from 'virtual:scenario-index';
import { validateScenario, validateScenarioJson, type Issue } from '../domain/scenario';
import type { Scenario } from '../domain/scenario/schema';
import { customScenarioRepository } from '../storage/customScenarios';
import {
  catalogEntry,
  customKey,
  CUSTOM_PREFIX,
  normaliseIndexEntry,
  type BuiltinIndexEntry,
  type CatalogEntry,
} from './catalog';

const builtinIndex: BuiltinIndexEntry[] = rawIndex.flatMap((raw) => {
  const entry = normaliseIndexEntry(raw);
  return entry ? [entry] : [];
});

const builtinFiles = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
  query: '?raw',
  import: 'default',
});

export type LoadedScenario =
  | { ok: true; entry: CatalogEntry; scenario: Scenario }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; issues: Issue[] }
  | { ok: false; reason: 'failed'; message: string };

export interface Catalog {
  entries: CatalogEntry[];
  /** Published custom scenarios that failed validation, by title or id: shown, not played. */
  broken: string[];
  /** Custom scenarios could not be read (storage blocked or failing). */
  customUnavailable: boolean;
}

export function builtinEntries(): CatalogEntry[] {
  return builtinIndex.map(({ file: _file, ...entry }) => entry);
}

export async function loadCatalog(storageAvailable: boolean): Promise<Catalog> {
  const entries = builtinEntries();
  const broken: string[] = [];
  let customUnavailable = !storageAvailable;
  if (storageAvailable) {
    try {
      for (const record of await customScenarioRepository.listPublished()) {
        const result = validateScenario(record.document);
        if (result.ok)
          entries.push(catalogEntry(result.scenario, result.analysis, 'custom', customKey(record.id)));
        else broken.push(record.id);
      }
    } catch {
      customUnavailable = true;
    }
  }
  return { entries, broken, customUnavailable };
}

const cache = new Map<string, LoadedScenario & { ok: true }>();

async function loadBuiltin(key: string): Promise<LoadedScenario> {
  const indexed = builtinIndex.find((e) => e.key === key);
  const load = indexed ? builtinFiles[indexed.file] : undefined;
  if (!indexed || !load) return { ok: false, reason: 'notFound' };
  const result = validateScenarioJson(await load());
  if (!result.ok) return { ok: false, reason: 'invalid', issues: result.issues };
  // The validator's analysis counts only reachable steps: the page shows that, more exact than the index.
  return {
    ok: true,
    entry: catalogEntry(result.scenario, result.analysis, 'builtin'),
    scenario: result.scenario,
  };
}

async function loadCustom(recordId: string): Promise<LoadedScenario> {
  const record = await customScenarioRepository.get(recordId);
  if (!record || record.status !== 'published' || record.deletedAt !== undefined)
    return { ok: false, reason: 'notFound' };
  const result = validateScenario(record.document);
  if (!result.ok) return { ok: false, reason: 'invalid', issues: result.issues };
  return {
    ok: true,
    entry: catalogEntry(result.scenario, result.analysis, 'custom', customKey(recordId)),
    scenario: result.scenario,
  };
}

/** Loads and validates a scenario by its catalog key; never throws. */
export async function loadScenario(key: string, storageAvailable: boolean): Promise<LoadedScenario> {
  const cached = cache.get(key);
  if (cached) return cached;
  try {
    const result = key.startsWith(CUSTOM_PREFIX)
      ? storageAvailable
        ? await loadCustom(key.slice(CUSTOM_PREFIX.length))
        : ({ ok: false, reason: 'notFound' } as const)
      : await loadBuiltin(key);
    // Built-ins never change while the app runs; custom ones may be republished, so they are re-read.
    if (result.ok && result.entry.source === 'builtin') cache.set(key, result);
    return result;
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
