/**
 * New documents and new steps for the studio: every factory returns something the schema accepts,
 * so a trainer starts from a valid scenario and each added step only needs its texts and links.
 */
import type { CompetencyId } from '../domain/profile/competencies';
import type { Option, Scenario, Step, StepKind } from '../domain/scenario/schema';
import type { Language } from '../domain/text';

type Text = { ru?: string; en?: string };

/** An empty text in each language of the scenario: the validator then lists what is still to write. */
export function emptyText(languages: readonly Language[]): Text {
  const text: Text = {};
  for (const language of languages) text[language] = '';
  return text;
}

function both(ru: string, en: string, languages: readonly Language[]): Text {
  const text: Text = {};
  if (languages.includes('ru')) text.ru = ru;
  if (languages.includes('en')) text.en = en;
  return text;
}

/** Turns any title into a scenario slug: lowercase latin letters, digits and single hyphens. */
export function slugify(value: string, fallback = 'scenario'): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** A step id not used yet in the document: `prefix`, then `prefix-2`, `prefix-3`… */
export function uniqueStepId(scenario: Pick<Scenario, 'steps'>, prefix: string): string {
  const taken = new Set(scenario.steps.map((s) => s.id));
  if (!taken.has(prefix)) return prefix;
  for (let n = 2; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** An id unique among `ids`, used for options, items and criteria. */
export function uniqueId(ids: readonly string[], prefix: string): string {
  const taken = new Set(ids);
  if (!taken.has(prefix)) return prefix;
  for (let n = 2; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newOption(id: string, next: string, languages: readonly Language[]): Option {
  return { id, text: emptyText(languages), evidence: {}, feedback: emptyText(languages), next };
}

/**
 * A step of the given kind with placeholder content that satisfies the schema. `next` is where its
 * exits point (usually the step it was added after, or an ending), so the graph stays connected.
 */
export function newStep(
  kind: StepKind,
  id: string,
  next: string,
  languages: readonly Language[],
  competency: CompetencyId = 'q.attention',
): Step {
  const text = (): Text => emptyText(languages);
  const options = (): Option[] => [newOption('a', next, languages), newOption('b', next, languages)];
  switch (kind) {
    case 'dialogue':
      return { id, kind, lines: [{ speaker: 'client', text: text() }], options: options() };
    case 'timed':
      return {
        id,
        kind,
        lines: [{ speaker: 'client', text: text() }],
        options: options(),
        timeLimitSeconds: 30,
        onTimeout: { next, feedback: text(), evidence: { 'q.stress': -1 } },
      };
    case 'narration':
      return { id, kind, text: text(), next };
    case 'recall':
      return { id, kind, question: text(), about: next, options: options() };
    case 'inspect':
      return {
        id,
        kind,
        prompt: text(),
        items: [
          { id: 'item1', text: text(), faulty: true, explanation: text() },
          { id: 'item2', text: text(), faulty: false, explanation: text() },
        ],
        competencies: { [competency]: 1 },
        next,
      };
    case 'data':
      return {
        id,
        kind,
        table: {
          columns: [
            { key: 'name', label: text() },
            { key: 'value', label: text(), align: 'right', format: 'number' },
          ],
          rows: [{ name: '', value: 0 }],
        },
        question: text(),
        options: options(),
      };
    case 'ranking':
      return {
        id,
        kind,
        prompt: text(),
        items: [
          { id: 'r1', text: text() },
          { id: 'r2', text: text() },
          { id: 'r3', text: text() },
        ],
        expertOrder: ['r1', 'r2', 'r3'],
        competencies: { [competency]: 1 },
        feedback: text(),
        next,
      };
    case 'written':
      return {
        id,
        kind,
        prompt: text(),
        rubric: { criteria: [{ id: 'c1', label: text(), description: text(), maxPoints: 2 }] },
        competencies: [competency],
        next,
      };
    case 'ending':
      return { id, kind, outcome: 'resolved', title: text(), summary: text() };
  }
}

/**
 * The smallest valid scenario: one client line with two replies and one ending. Texts are filled
 * in so the document validates at once; the trainer rewrites them.
 */
export function newScenario(id: string, languages: readonly Language[] = ['ru', 'en']): Scenario {
  const t = (ru: string, en: string): Text => both(ru, en, languages);
  return {
    format: 1,
    id,
    version: 1,
    languages: [...languages],
    title: t('Новый сценарий', 'New scenario'),
    description: t('Краткое описание ситуации.', 'A short description of the case.'),
    channel: 'phone',
    persona: {
      name: t('Клиент', 'Client'),
      company: t('Компания клиента', "Client's company"),
      role: t('должность', 'position'),
      mood: 50,
    },
    estimatedMinutes: 5,
    difficulty: 1,
    competencies: ['q.politeness'],
    variables: {},
    start: 'start',
    steps: [
      {
        id: 'start',
        kind: 'dialogue',
        lines: [{ speaker: 'client', text: t('Здравствуйте!', 'Hello!') }],
        options: [
          {
            id: 'a',
            text: t('Добрый день! Чем могу помочь?', 'Good afternoon! How can I help?'),
            evidence: { 'q.politeness': 2 },
            feedback: t('Вежливое приветствие.', 'A polite greeting.'),
            next: 'end',
          },
          {
            id: 'b',
            text: t('Что вам нужно?', 'What do you want?'),
            evidence: { 'q.politeness': -1 },
            feedback: t('Резкое начало разговора.', 'An abrupt start.'),
            next: 'end',
          },
        ],
      },
      {
        id: 'end',
        kind: 'ending',
        outcome: 'resolved',
        title: t('Разговор завершён', 'Conversation over'),
        summary: t('Итог разговора.', 'How it ended.'),
      },
    ],
  };
}
