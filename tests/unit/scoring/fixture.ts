import type { Evidence, Option, Scenario, Step } from '../../../src/domain/scenario/schema';

const text = (s: string) => ({ ru: s, en: s });

export function option(id: string, evidence: Evidence, next = 'end'): Option {
  return { id, text: text(id), evidence, feedback: text(`why ${id}`), next };
}

export function dialogue(id: string, options: Option[]): Step {
  return { id, kind: 'dialogue', lines: [{ speaker: 'client', text: text('…') }], options };
}

export function scenario(id: string, steps: Step[]): Scenario {
  return {
    format: 1,
    id,
    version: 1,
    languages: ['ru', 'en'],
    title: text(id),
    description: text(id),
    channel: 'phone',
    persona: { name: text('Клиент'), company: text('ООО'), role: text('директор'), mood: 50 },
    estimatedMinutes: 5,
    difficulty: 1,
    competencies: ['s.negotiation'],
    variables: {},
    start: steps[0]?.id ?? 'end',
    steps: [
      ...steps,
      { id: 'end', kind: 'ending', outcome: 'deal', title: text('end'), summary: text('end') },
    ],
  };
}
