import { COMPETENCY_IDS, type CompetencyId } from '../profile/competencies';
import { decisionEvidence, evidenceRange } from '../scenario/evidence';
import type { Option, Scenario, Step, WrittenStep } from '../scenario/schema';
import type { Decision, Tally, TrailEntry, WrittenRating } from './types';

export type Tallies = Map<CompetencyId, Tally & { evidence: number[] }>;

const EPSILON = 1e-9;

function tallyOf(tallies: Tallies, competency: CompetencyId): Tally & { evidence: number[] } {
  let tally = tallies.get(competency);
  if (!tally) {
    tally = { observations: 0, chosen: 0, best: 0, worst: 0, evidence: [] };
    tallies.set(competency, tally);
  }
  return tally;
}

/**
 * A rated written answer yields evidence from −2 (no criterion met) to +2 (all points) for each
 * competency it observes, so it weighs like a strongly keyed decision.
 */
export const WRITTEN_WEIGHT = 2;

export function writtenQuality(step: WrittenStep, rating: WrittenRating): number {
  let got = 0;
  let max = 0;
  for (const criterion of step.rubric.criteria) {
    max += criterion.maxPoints;
    const points = rating.points[criterion.id] ?? 0;
    got += Math.max(0, Math.min(criterion.maxPoints, Number.isFinite(points) ? points : 0));
  }
  return max === 0 ? 0 : got / max;
}

function optionsOf(step: Step): Option[] {
  return step.kind === 'dialogue' || step.kind === 'timed' || step.kind === 'recall' || step.kind === 'data'
    ? step.options
    : [];
}

/** Options that are best for every competency the step observes (ties included). */
function bestOptionIds(step: Step): string[] {
  const range = evidenceRange(step);
  const observed = Object.keys(range) as CompetencyId[];
  return optionsOf(step)
    .filter((option) =>
      observed.every((c) => Math.abs((option.evidence[c] ?? 0) - (range[c]?.best ?? 0)) < EPSILON),
    )
    .map((option) => option.id);
}

/**
 * A step met again (a loop in the scenario, e.g. "ask the client once more") counts once, with
 * its latest decision: the validator's score ranges assume the same, and a second chance should
 * not double the weight of one situation. Order follows the latest visits.
 */
function latestPerStep(decisions: readonly Decision[]): Decision[] {
  const last = new Map<string, number>();
  decisions.forEach((decision, i) => last.set(decision.stepId, i));
  return decisions.filter((decision, i) => last.get(decision.stepId) === i);
}

/**
 * Adds the decisions of one attempt to the tallies and the trail. Decisions on steps the scenario
 * does not have (a corrupted log) are skipped rather than trusted.
 */
export function addDecisions(
  scenario: Scenario,
  decisions: readonly Decision[],
  ratings: readonly WrittenRating[],
  tallies: Tallies,
  trail: TrailEntry[],
): void {
  const steps = new Map(scenario.steps.map((step) => [step.id, step]));
  const ratingByStep = new Map(ratings.map((rating) => [rating.stepId, rating]));
  for (const decision of latestPerStep(decisions)) {
    const step = steps.get(decision.stepId);
    if (!step || step.kind === 'narration' || step.kind === 'ending') continue;
    const index = trail.length;
    let evidence: Partial<Record<CompetencyId, number>> = {};
    let pendingRating = false;
    const range: Partial<Record<CompetencyId, { best: number; worst: number }>> = { ...evidenceRange(step) };

    if (step.kind === 'written') {
      const rating = ratingByStep.get(step.id);
      if (rating) {
        const value = Math.round(WRITTEN_WEIGHT * (2 * writtenQuality(step, rating) - 1) * 100) / 100;
        for (const c of step.competencies) {
          evidence[c] = value;
          range[c] = { best: WRITTEN_WEIGHT, worst: -WRITTEN_WEIGHT };
        }
      } else {
        pendingRating = true;
      }
    } else {
      evidence = decisionEvidence(step, decision.choice);
    }

    const observed = COMPETENCY_IDS.filter(
      (c) => range[c] !== undefined && (step.kind !== 'written' || !pendingRating),
    );
    let wasBest = observed.length > 0;
    for (const c of observed) {
      const r = range[c] as { best: number; worst: number };
      if (r.best - r.worst < EPSILON) continue; // every alternative weighs the same: it tells nothing
      const chosen = evidence[c] ?? 0;
      const tally = tallyOf(tallies, c);
      tally.observations += 1;
      tally.chosen += chosen;
      tally.best += r.best;
      tally.worst += r.worst;
      tally.evidence.push(index);
      if (chosen < r.best - EPSILON) wasBest = false;
    }

    const chosenOptionId = decision.choice.type === 'option' ? decision.choice.optionId : undefined;
    trail.push({
      index,
      scenarioId: scenario.id,
      stepId: step.id,
      kind: step.kind,
      choice: decision.choice,
      ...(chosenOptionId ? { chosenOptionId } : {}),
      bestOptionIds: bestOptionIds(step),
      evidence,
      wasBest,
      pendingRating,
    });
  }
}
