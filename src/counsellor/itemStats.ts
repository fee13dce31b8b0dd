import { scoreAttempt, type ScoredDecision } from '../domain/scoring';
import type { Scenario, Step } from '../domain/scenario/schema';

/**
 * Item statistics for trainers: per decision of a scenario, how often each option was chosen and
 * how well choosing the keyed-best option separates strong from weak candidates.
 *
 * Discrimination is the corrected point-biserial correlation: Pearson's r between
 *   x = 1 when the candidate chose a keyed-best option at this decision (0 otherwise, a timeout too), and
 *   y = the candidate's rest score: the share of the OTHER keyed decisions of the same attempt where
 *       they chose a keyed-best option.
 * The item is left out of its own total so it does not correlate with itself; a share rather than a
 * count because branching scenarios show different candidates different numbers of decisions.
 * Candidates who met no other keyed decision are left out of r. Read per Ebel & Frisbie (DOMAIN.md §6):
 * ≥ .40 very good, .30–.39 good, .20–.29 marginal, < .20 poor, negative — check the key.
 * Pure; tested with hand-computed numbers.
 */

/** Statistics are shown only from this many completed attempts of a scenario on (issue 8). */
export const MIN_ATTEMPTS_FOR_STATS = 10;
export const TIMEOUT = 'timeout';

export type Discrimination = 'veryGood' | 'good' | 'marginal' | 'poor' | 'negative' | 'undefined';

export interface OptionCount {
  optionId: string;
  count: number;
  /** count / n, 0–1. */
  share: number;
  keyedBest: boolean;
}

export interface ItemStatistics {
  stepId: string;
  /** Attempts that met this decision. */
  n: number;
  options: OptionCount[];
  /** Share of those attempts that chose a keyed-best option (item difficulty p). */
  p: number | null;
  /** Corrected point-biserial r, or null when it cannot be computed (no variance, fewer than 2 pairs). */
  r: number | null;
  discrimination: Discrimination;
  /** r < .20 or negative: the key (or the option texts) deserve a look. */
  checkKey: boolean;
}

const CHOICE_KINDS = new Set(['dialogue', 'timed', 'recall', 'data']);

function optionIdsOf(step: Step): string[] {
  return 'options' in step && Array.isArray(step.options) ? step.options.map((o) => o.id) : [];
}

/** Pearson's r; null when either variable has no variance or there are fewer than two pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export function classify(r: number | null): Discrimination {
  if (r === null) return 'undefined';
  if (r < 0) return 'negative';
  if (r < 0.2) return 'poor';
  if (r < 0.3) return 'marginal';
  if (r < 0.4) return 'good';
  return 'veryGood';
}

interface Met {
  chosen: string;
  best: boolean;
}

/** Per attempt: the keyed decisions it met, by step id. */
function metDecisions(scenario: Scenario, decisions: readonly ScoredDecision[]): Map<string, Met> {
  const met = new Map<string, Met>();
  for (const entry of scoreAttempt({ scenario, decisions }).trail) {
    if (!CHOICE_KINDS.has(entry.kind) || entry.bestOptionIds.length === 0) continue;
    const chosen = entry.choice.type === 'option' ? entry.choice.optionId : TIMEOUT;
    met.set(entry.stepId, { chosen, best: entry.bestOptionIds.includes(chosen) });
  }
  return met;
}

/** Statistics for every keyed choice step of `scenario`, in the scenario's step order. */
export function itemStatistics(
  scenario: Scenario,
  attempts: readonly (readonly ScoredDecision[])[],
): ItemStatistics[] {
  const perAttempt = attempts.map((decisions) => metDecisions(scenario, decisions));
  const stats: ItemStatistics[] = [];
  for (const step of scenario.steps) {
    if (!CHOICE_KINDS.has(step.kind)) continue;
    const keyed = keyedBestIds(scenario, step.id);
    if (keyed.size === 0) continue; // no evidence keyed on this step: nothing to discriminate
    const rows = perAttempt.filter((met) => met.has(step.id));
    const counts = new Map<string, number>(optionIdsOf(step).map((id) => [id, 0]));
    const xs: number[] = [];
    const ys: number[] = [];
    for (const met of rows) {
      const here = met.get(step.id) as Met;
      counts.set(here.chosen, (counts.get(here.chosen) ?? 0) + 1);
      const others = [...met].filter(([id]) => id !== step.id).map(([, m]) => m);
      if (others.length === 0) continue;
      xs.push(here.best ? 1 : 0);
      ys.push(others.filter((m) => m.best).length / others.length);
    }
    const n = rows.length;
    const r = pearson(xs, ys);
    const rounded = r === null ? null : Math.round(r * 1000) / 1000;
    const discrimination = classify(rounded);
    stats.push({
      stepId: step.id,
      n,
      options: [...counts].map(([optionId, count]) => ({
        optionId,
        count,
        share: n === 0 ? 0 : count / n,
        keyedBest: keyed.has(optionId),
      })),
      p: n === 0 ? null : rows.filter((met) => (met.get(step.id) as Met).best).length / n,
      r: rounded,
      discrimination,
      checkKey: discrimination === 'negative' || discrimination === 'poor',
    });
  }
  return stats;
}

/** The keyed-best option ids of a step, read from a one-decision scoring of each of its options. */
function keyedBestIds(scenario: Scenario, stepId: string): Set<string> {
  const step = scenario.steps.find((s) => s.id === stepId);
  if (!step) return new Set();
  const first = optionIdsOf(step)[0];
  if (!first) return new Set();
  const trail = scoreAttempt({
    scenario,
    decisions: [{ stepId, choice: { type: 'option', optionId: first } }],
  }).trail;
  return new Set(trail[0]?.bestOptionIds ?? []);
}
