/**
 * The competency profile of «Менеджер по работе с клиентами»: the one place scoring, reports,
 * the scenario editor and the profession page read competencies from.
 */
import type { Localized } from '../text';
import { COMPETENCY_NAMES, type CompetencyGroup, type CompetencyId } from './competencies';
import { INDICATORS, type BehaviourIndicator } from './indicators';
import { REQUIREMENTS, type Requirement } from './requirements';

export * from './competencies';
export type { BehaviourIndicator } from './indicators';
export { REQUIREMENTS, requirementFor, type Requirement, type RequirementWeight } from './requirements';
export * from './profession';

export interface Competency {
  id: CompetencyId;
  group: CompetencyGroup;
  /** The seed's wording (ru) and its translation (en). */
  name: Localized;
  indicators: readonly BehaviourIndicator[];
  requirement: Requirement;
}

export const COMPETENCY_GROUPS: readonly CompetencyGroup[] = ['knowledge', 'skill', 'quality'];

/** All 24 competencies in the seed's order. */
export const COMPETENCIES: readonly Competency[] = COMPETENCY_NAMES.map((c) => ({
  ...c,
  indicators: INDICATORS[c.id],
  requirement: REQUIREMENTS[c.id],
}));

const BY_ID: ReadonlyMap<CompetencyId, Competency> = new Map(COMPETENCIES.map((c) => [c.id, c]));

/** Throws for an unknown id: callers hold a CompetencyId, so a miss is a programming error. */
export function competencyById(id: CompetencyId): Competency {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown competency id "${id}"`);
  return found;
}

export function competenciesInGroup(group: CompetencyGroup): readonly Competency[] {
  return COMPETENCIES.filter((c) => c.group === group);
}

/** Finds an indicator by its reference `<competencyId>/<indicatorId>`, a stable handle for scenario authors and reports. */
export function indicatorByRef(ref: string): BehaviourIndicator | undefined {
  const slash = ref.lastIndexOf('/');
  if (slash < 0) return undefined;
  const competency = BY_ID.get(ref.slice(0, slash) as CompetencyId);
  const indicatorId = ref.slice(slash + 1);
  return competency?.indicators.find((i) => i.id === indicatorId);
}
