/**
 * The evidence trail as the report shows it: for each decision, the situation (the client's
 * lines, the question or the task), what the person did, the best option and the reasons. Pure:
 * it turns scoring's trail entries and the scenario documents into texts per language.
 */
import type { CompetencyId } from '../domain/profile/competencies';
import type { Line, Scenario, ScenarioText, Step } from '../domain/scenario';
import type { TrailEntry } from '../domain/scoring';

export interface OptionView {
  id: string;
  text: ScenarioText;
  feedback: ScenarioText;
}

export type AnswerView =
  | { type: 'option'; chosen: OptionView | undefined; best: OptionView[] }
  | { type: 'timeout'; feedback?: ScenarioText; best: OptionView[] }
  | {
      type: 'inspect';
      items: { text: ScenarioText; faulty: boolean; selected: boolean; explanation: ScenarioText }[];
      hits: number;
      falseAlarms: number;
      faultyCount: number;
    }
  | { type: 'ranking'; yours: ScenarioText[]; expert: ScenarioText[]; feedback: ScenarioText }
  | { type: 'written'; text: string; pendingRating: boolean }
  | { type: 'none' };

export interface TrailView {
  index: number;
  /** The element id the competency table links to. */
  anchor: string;
  scenarioId: string;
  scenarioTitle: ScenarioText;
  /** The client's name, for the speaker of client lines. */
  clientName: ScenarioText;
  stepId: string;
  kind: Step['kind'];
  /** What the person was responding to: the lines before the choice, or the question or task. */
  situation: { speaker?: Line['speaker']; text: ScenarioText }[];
  answer: AnswerView;
  wasBest: boolean;
  /** Evidence per competency, strongest first. */
  evidence: { competency: CompetencyId; value: number }[];
}

export function trailAnchor(index: number): string {
  return `trail-${index}`;
}

export function competencyAnchor(competency: CompetencyId): string {
  return `competency-${competency.replace('.', '-')}`;
}

function situationOf(step: Step): TrailView['situation'] {
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
      return step.lines.map((line) => ({ speaker: line.speaker, text: line.text }));
    case 'recall':
      return [{ text: step.question }];
    case 'data':
      return [...(step.table.caption ? [{ text: step.table.caption }] : []), { text: step.question }];
    case 'inspect':
    case 'ranking':
    case 'written':
      return [{ text: step.prompt }];
    case 'narration':
      return [{ text: step.text }];
    case 'ending':
      return [{ text: step.title }];
  }
}

function answerOf(step: Step, entry: TrailEntry): AnswerView {
  const choice = entry.choice;
  if ('options' in step) {
    const view = (id: string): OptionView | undefined => {
      const option = step.options.find((o) => o.id === id);
      return option ? { id: option.id, text: option.text, feedback: option.feedback } : undefined;
    };
    const best = entry.bestOptionIds.map(view).filter((o): o is OptionView => o !== undefined);
    if (choice.type === 'timeout') {
      const feedback = step.kind === 'timed' ? step.onTimeout.feedback : undefined;
      return { type: 'timeout', ...(feedback ? { feedback } : {}), best };
    }
    if (choice.type === 'option') return { type: 'option', chosen: view(choice.optionId), best };
  }
  if (step.kind === 'inspect' && choice.type === 'inspect') {
    const selected = new Set(choice.selected);
    const items = step.items.map((item) => ({
      text: item.text,
      faulty: item.faulty,
      selected: selected.has(item.id),
      explanation: item.explanation,
    }));
    return {
      type: 'inspect',
      items,
      hits: items.filter((i) => i.faulty && i.selected).length,
      falseAlarms: items.filter((i) => !i.faulty && i.selected).length,
      faultyCount: items.filter((i) => i.faulty).length,
    };
  }
  if (step.kind === 'ranking' && choice.type === 'ranking') {
    const textOf = (id: string): ScenarioText =>
      step.items.find((i) => i.id === id)?.text ?? { ru: id, en: id };
    return {
      type: 'ranking',
      yours: choice.order.map(textOf),
      expert: step.expertOrder.map(textOf),
      feedback: step.feedback,
    };
  }
  if (step.kind === 'written' && choice.type === 'written') {
    return { type: 'written', text: choice.text, pendingRating: entry.pendingRating };
  }
  return { type: 'none' };
}

/** Views of the trail entries, in the order the decisions were made. */
export function trailViews(trail: readonly TrailEntry[], scenarios: readonly Scenario[]): TrailView[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return trail.flatMap((entry) => {
    const scenario = byId.get(entry.scenarioId);
    const step = scenario?.steps.find((s) => s.id === entry.stepId);
    if (!scenario || !step) return [];
    const evidence = (Object.entries(entry.evidence) as [CompetencyId, number][])
      .map(([competency, value]) => ({ competency, value }))
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
    return [
      {
        index: entry.index,
        anchor: trailAnchor(entry.index),
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        clientName: scenario.persona.name,
        stepId: step.id,
        kind: step.kind,
        situation: situationOf(step),
        answer: answerOf(step, entry),
        wasBest: entry.wasBest,
        evidence,
      },
    ];
  });
}
