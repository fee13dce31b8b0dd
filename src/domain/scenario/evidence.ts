/**
 * Evidence a decision yields, shared by the validator's analysis and by scoring so both agree.
 *
 * Choice steps (dialogue, timed, recall, data): the chosen option's weights; a timeout counts as
 * one more option with `onTimeout.evidence`. A competency an option does not mention weighs 0 at a
 * step where some other option mentions it. Task steps (inspect, ranking) yield a number between
 * −weight and +weight from the quality of the answer. Narration and written answers yield none
 * (written answers are rated by a counsellor).
 */
import type { CompetencyId } from '../profile/competencies';
import type { Evidence, InspectStep, RankingStep, Step } from './schema';

export type EvidenceValues = Partial<Record<CompetencyId, number>>;

/** What the trainee did at a step, as stored in the decision history. */
export type Choice =
  | { type: 'option'; optionId: string }
  | { type: 'timeout' }
  | { type: 'inspect'; selected: string[] }
  | { type: 'ranking'; order: string[] }
  | { type: 'written'; text: string }
  | { type: 'continue' };

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Hits minus false alarms over the number of faulty items, clamped to −1…1, times the weight. */
export function inspectEvidence(step: InspectStep, selected: readonly string[]): EvidenceValues {
  const chosen = new Set(selected);
  const faulty = step.items.filter((i) => i.faulty).length;
  let hits = 0;
  let falseAlarms = 0;
  for (const item of step.items) {
    if (!chosen.has(item.id)) continue;
    if (item.faulty) hits++;
    else falseAlarms++;
  }
  const quality = faulty === 0 ? 0 : Math.max(-1, Math.min(1, (hits - falseAlarms) / faulty));
  return scaled(step.competencies, quality);
}

/** Spearman's footrule against the expert order: 1 for the same order, −1 for the farthest. */
export function rankingEvidence(step: RankingStep, order: readonly string[]): EvidenceValues {
  const expert = new Map(step.expertOrder.map((id, i) => [id, i]));
  const n = step.expertOrder.length;
  let distance = 0;
  order.forEach((id, i) => {
    distance += Math.abs(i - (expert.get(id) ?? i));
  });
  const maxDistance = Math.floor((n * n) / 2);
  const quality = maxDistance === 0 ? 1 : 1 - (2 * distance) / maxDistance;
  return scaled(step.competencies, quality);
}

function scaled(weights: Partial<Record<CompetencyId, number>>, quality: number): EvidenceValues {
  const out: EvidenceValues = {};
  for (const [c, w] of Object.entries(weights) as [CompetencyId, number][]) out[c] = round2(w * quality);
  return out;
}

/** Evidence of one decision; `{}` when the choice does not fit the step. */
export function decisionEvidence(step: Step, choice: Choice): EvidenceValues {
  switch (choice.type) {
    case 'option':
      if (
        step.kind === 'dialogue' ||
        step.kind === 'timed' ||
        step.kind === 'recall' ||
        step.kind === 'data'
      ) {
        return { ...(step.options.find((o) => o.id === choice.optionId)?.evidence ?? {}) };
      }
      return {};
    case 'timeout':
      return step.kind === 'timed' ? { ...(step.onTimeout.evidence ?? {}) } : {};
    case 'inspect':
      return step.kind === 'inspect' ? inspectEvidence(step, choice.selected) : {};
    case 'ranking':
      return step.kind === 'ranking' ? rankingEvidence(step, choice.order) : {};
    default:
      return {};
  }
}

/** The alternatives of a step as evidence records (each option, the timeout), for choice steps. */
export function alternativesOf(step: Step): Evidence[] {
  switch (step.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
      return step.options.map((o) => o.evidence);
    case 'timed':
      return [...step.options.map((o) => o.evidence), step.onTimeout.evidence ?? {}];
    default:
      return [];
  }
}

export interface EvidenceRange {
  worst: number;
  best: number;
}

/**
 * Lowest and highest evidence available at a step per competency it observes: the `Σ worst` and
 * `Σ best` terms of the scoring formula. Empty for steps that observe nothing.
 */
export function evidenceRange(step: Step): Partial<Record<CompetencyId, EvidenceRange>> {
  const out: Partial<Record<CompetencyId, EvidenceRange>> = {};
  if (step.kind === 'inspect' || step.kind === 'ranking') {
    for (const [c, w] of Object.entries(step.competencies) as [CompetencyId, number][])
      out[c] = { worst: -w, best: w };
    return out;
  }
  const alternatives = alternativesOf(step);
  const observed = new Set<CompetencyId>();
  for (const e of alternatives) for (const c of Object.keys(e) as CompetencyId[]) observed.add(c);
  for (const c of observed) {
    const values = alternatives.map((e) => e[c] ?? 0);
    out[c] = { worst: Math.min(...values), best: Math.max(...values) };
  }
  return out;
}
