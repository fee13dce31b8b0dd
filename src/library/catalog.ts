/**
 * The catalog entry of a scenario: what the catalog shows and filters on, without the steps.
 * Pure, so the build-time index (indexPlugin.ts) and the runtime (custom scenarios) share it.
 */
import type { Analysis } from '../domain/scenario/analysis';
import { CHANNELS, type Channel, type Scenario, type ScenarioText } from '../domain/scenario/schema';
import { COMPETENCY_IDS, type CompetencyId } from '../domain/profile/competencies';
import { isLanguage, type Language } from '../domain/text';

export type ScenarioSource = 'builtin' | 'custom';

export interface CatalogEntry {
  /** Route key: the scenario id for built-ins, `custom:<record id>` for published custom ones. */
  key: string;
  source: ScenarioSource;
  scenarioId: string;
  version: number;
  title: ScenarioText;
  description: ScenarioText;
  channel: Channel;
  difficulty: 1 | 2 | 3;
  estimatedMinutes: number;
  languages: Language[];
  /** Competencies some reachable step actually observes, in profile order. */
  observes: CompetencyId[];
}

/** A built-in's index entry: the catalog entry and the key of its file in the glob map. */
export interface BuiltinIndexEntry extends CatalogEntry {
  file: string;
}

export const CUSTOM_PREFIX = 'custom:';

export function customKey(recordId: string): string {
  return `${CUSTOM_PREFIX}${recordId}`;
}

/** Competencies with at least one reachable observing step, in the profile's order. */
export function observedCompetencies(analysis: Analysis): CompetencyId[] {
  const seen = new Set(analysis.competencies.filter((c) => c.decisions > 0).map((c) => c.competency));
  return COMPETENCY_IDS.filter((id) => seen.has(id));
}

export function catalogEntry(
  scenario: Scenario,
  analysis: Analysis,
  source: ScenarioSource,
  key: string = scenario.id,
): CatalogEntry {
  return {
    key,
    source,
    scenarioId: scenario.id,
    version: scenario.version,
    title: scenario.title,
    description: scenario.description,
    channel: scenario.channel,
    difficulty: scenario.difficulty,
    estimatedMinutes: scenario.estimatedMinutes,
    languages: [...scenario.languages],
    observes: observedCompetencies(analysis),
  };
}

export interface CatalogFilter {
  competency?: CompetencyId | '';
  channel?: Channel | '';
}

export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  return entries.filter(
    (e) =>
      (!filter.competency || e.observes.includes(filter.competency)) &&
      (!filter.channel || e.channel === filter.channel),
  );
}

/** Built-ins first (easiest first), then custom ones; ties by title in the reader's language. */
export function sortCatalog(entries: readonly CatalogEntry[], lang: Language): CatalogEntry[] {
  const title = (e: CatalogEntry): string => e.title[lang] ?? e.title.ru ?? e.title.en ?? e.key;
  return [...entries].sort(
    (a, b) =>
      (a.source === b.source ? 0 : a.source === 'builtin' ? -1 : 1) ||
      a.difficulty - b.difficulty ||
      title(a).localeCompare(title(b), lang),
  );
}

/** Competencies observed by at least one entry, in profile order: the options of the filter. */
export function competenciesInCatalog(entries: readonly CatalogEntry[]): CompetencyId[] {
  const seen = new Set(entries.flatMap((e) => e.observes));
  return COMPETENCY_IDS.filter((id) => seen.has(id));
}

function isText(value: unknown): value is ScenarioText {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).every(([k, v]) => isLanguage(k) && typeof v === 'string')
  );
}

/**
 * Checks one entry of the build-time index (plain JSON made without the validator) and puts its
 * competencies in profile order, dropping unknown ids. Undefined when the entry is unusable.
 */
export function normaliseIndexEntry(raw: unknown): BuiltinIndexEntry | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r['key'] !== 'string' || typeof r['file'] !== 'string' || !isText(r['title'])) return undefined;
  const channel = CHANNELS.find((c) => c === r['channel']);
  if (!channel) return undefined;
  const difficulty = r['difficulty'] === 1 || r['difficulty'] === 3 ? r['difficulty'] : 2;
  const observed = new Set(Array.isArray(r['observes']) ? r['observes'] : []);
  return {
    key: r['key'],
    file: r['file'],
    source: 'builtin',
    scenarioId: r['key'],
    version: typeof r['version'] === 'number' ? r['version'] : 1,
    title: r['title'],
    description: isText(r['description']) ? r['description'] : {},
    channel,
    difficulty,
    estimatedMinutes: typeof r['estimatedMinutes'] === 'number' ? r['estimatedMinutes'] : 0,
    languages: Array.isArray(r['languages']) ? r['languages'].filter(isLanguage) : [],
    observes: COMPETENCY_IDS.filter((id) => observed.has(id)),
  };
}
