import { isFinished, validateScenario, type Scenario } from '../domain/scenario';
import type { ScoredDecision } from '../domain/scoring';
import { resume } from '../player/resume';
import type { SealedAttempt } from '../storage/assessment';
import { itemStatistics, MIN_ATTEMPTS_FOR_STATS, type ItemStatistics } from './itemStats';

export interface ScenarioStats {
  hash: string;
  scenario: Scenario;
  /** Completed attempts of this exact scenario content in the battery. */
  count: number;
  /** Undefined below MIN_ATTEMPTS_FOR_STATS. */
  items: ItemStatistics[] | undefined;
}

/**
 * Item statistics of one battery: its sessions' completed attempts, grouped by scenario content
 * (hash), so a republished scenario's versions are never mixed.
 */
export function batteryStatistics(
  sessionIds: ReadonlySet<string>,
  attempts: readonly SealedAttempt[],
): ScenarioStats[] {
  const groups = new Map<string, { scenario: Scenario; decisions: ScoredDecision[][] }>();
  for (const value of attempts) {
    if (!value.attempt.sessionId || !sessionIds.has(value.attempt.sessionId)) continue;
    const resumed = resume({ attempt: value.attempt, log: value.log, document: value.document });
    if (!resumed.ok || !isFinished(resumed.snapshot)) continue;
    const checked = validateScenario(value.document);
    if (!checked.ok) continue;
    const group = groups.get(value.scenarioHash) ?? { scenario: checked.scenario, decisions: [] };
    group.decisions.push(resumed.snapshot.context.history.map(({ stepId, choice }) => ({ stepId, choice })));
    groups.set(value.scenarioHash, group);
  }
  return [...groups].map(([hash, group]) => ({
    hash,
    scenario: group.scenario,
    count: group.decisions.length,
    items:
      group.decisions.length >= MIN_ATTEMPTS_FOR_STATS
        ? itemStatistics(group.scenario, group.decisions)
        : undefined,
  }));
}
