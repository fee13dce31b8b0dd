import { z } from 'zod';

/**
 * An assessment battery: which scenarios a candidate plays, in which order, in which language, and
 * under which time policy. Sealed in the vault (kind 'battery', owner VAULT_OWNER): its name may say
 * whom it was made for.
 *
 * Time policies are always fixed for the candidate (they cannot change them during the session):
 * `normal` — the scenario's own limits; `double` and `ten` — ×2 and ×10 (an accommodation decided by
 * the counsellor, WCAG 2.2.1); `off` — no time limits at all.
 */
export const TIME_POLICIES = ['normal', 'double', 'ten', 'off'] as const;
export type TimePolicy = (typeof TIME_POLICIES)[number];

export const MAX_BATTERY_NAME = 100;
export const MAX_BATTERY_SCENARIOS = 12;

export const batterySchema = z.object({
  name: z.string().trim().min(1).max(MAX_BATTERY_NAME),
  /** Catalog keys: a built-in scenario id, or `custom:<record id>` for a published custom scenario. */
  scenarios: z.array(z.string().min(1).max(200)).min(1).max(MAX_BATTERY_SCENARIOS),
  language: z.enum(['ru', 'en']),
  timePolicy: z.enum(TIME_POLICIES),
  /** Whether the candidate sees a short summary (overall and outcomes) at the end. */
  showSummary: z.boolean(),
  createdAt: z.number(),
});
export type BatteryData = z.infer<typeof batterySchema>;

export interface Battery extends BatteryData {
  id: string;
  updatedAt: number;
}

/** The engine's time scale for a policy: a multiplier, or null for untimed. */
export function timeScaleOfPolicy(policy: TimePolicy): number | null {
  switch (policy) {
    case 'normal':
      return 1;
    case 'double':
      return 2;
    case 'ten':
      return 10;
    case 'off':
      return null;
  }
}

export type BatteryProblem = 'nameRequired' | 'scenariosRequired' | 'tooManyScenarios';

export function checkBattery(
  input: Pick<BatteryData, 'name' | 'scenarios'>,
): Partial<Record<'name' | 'scenarios', BatteryProblem>> {
  const problems: Partial<Record<'name' | 'scenarios', BatteryProblem>> = {};
  if (!input.name.trim()) problems.name = 'nameRequired';
  if (input.scenarios.length === 0) problems.scenarios = 'scenariosRequired';
  else if (input.scenarios.length > MAX_BATTERY_SCENARIOS) problems.scenarios = 'tooManyScenarios';
  return problems;
}

/** Moves the item at `index` by `delta` places (−1 up, +1 down); out-of-range moves change nothing. */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
