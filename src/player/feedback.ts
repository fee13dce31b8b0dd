/**
 * Practice-mode feedback on the decision just made: the explanation the author wrote and the
 * competencies it showed (+) or went against (−). Pure; assessment mode never calls it.
 */
import type { CompetencyId } from '../domain/profile/competencies';
import type { Decision } from '../domain/scenario/compile';
import { decisionEvidence } from '../domain/scenario/evidence';
import type { ScenarioText, Step } from '../domain/scenario/schema';

export interface ItemVerdict {
  text: ScenarioText;
  faulty: boolean;
  selected: boolean;
  explanation: ScenarioText;
}

export interface Feedback {
  stepId: string;
  /** Why the choice works or not; absent when the author wrote none (e.g. a timeout without text). */
  text?: ScenarioText;
  timedOut: boolean;
  /** Evidence per competency, strongest first; positive shows the competency, negative goes against it. */
  evidence: { competency: CompetencyId; value: number }[];
  /** Inspect steps: each item with whether it was wrong and whether it was marked. */
  items?: ItemVerdict[];
  /** Ranking steps: the expert order. */
  expertOrder?: ScenarioText[];
  /** Written answers are rated later by a counsellor. */
  awaitsRating?: boolean;
}

/** Feedback for a decision, or undefined where there is nothing to say (reading a narration). */
export function feedbackFor(step: Step, decision: Decision): Feedback | undefined {
  const { choice } = decision;
  if (choice.type === 'continue' || step.kind === 'narration' || step.kind === 'ending') return undefined;
  const evidence = (Object.entries(decisionEvidence(step, choice)) as [CompetencyId, number][])
    .filter(([, value]) => value !== 0)
    .map(([competency, value]) => ({ competency, value }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const base = { stepId: step.id, timedOut: choice.type === 'timeout', evidence };
  switch (step.kind) {
    case 'dialogue':
    case 'recall':
    case 'data':
    case 'timed': {
      if (choice.type === 'timeout' && step.kind === 'timed') {
        return { ...base, ...(step.onTimeout.feedback ? { text: step.onTimeout.feedback } : {}) };
      }
      const option =
        choice.type === 'option' ? step.options.find((o) => o.id === choice.optionId) : undefined;
      return { ...base, ...(option ? { text: option.feedback } : {}) };
    }
    case 'inspect': {
      const selected = new Set(choice.type === 'inspect' ? choice.selected : []);
      return {
        ...base,
        items: step.items.map((item) => ({
          text: item.text,
          faulty: item.faulty,
          selected: selected.has(item.id),
          explanation: item.explanation,
        })),
      };
    }
    case 'ranking':
      return {
        ...base,
        text: step.feedback,
        expertOrder: step.expertOrder
          .map((id) => step.items.find((i) => i.id === id)?.text)
          .filter((t): t is ScenarioText => t !== undefined),
      };
    case 'written':
      return { ...base, awaitsRating: true };
  }
}
