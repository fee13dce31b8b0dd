/**
 * Every user-visible text of a scenario with its JSON path: the translation check uses it, and so
 * can the editor (a list of strings to translate) and exporters.
 */
import type { IssuePath } from './issues';
import type { Line, Option, Scenario, ScenarioText, Step } from './schema';

export type TextVisitor = (text: ScenarioText, path: IssuePath, stepId?: string) => void;

function isText(cell: unknown): cell is ScenarioText {
  return typeof cell === 'object' && cell !== null;
}

function visitOptions(options: readonly Option[], base: IssuePath, stepId: string, visit: TextVisitor): void {
  options.forEach((o, i) => {
    visit(o.text, [...base, 'options', i, 'text'], stepId);
    visit(o.feedback, [...base, 'options', i, 'feedback'], stepId);
  });
}

function visitLines(lines: readonly Line[], base: IssuePath, stepId: string, visit: TextVisitor): void {
  lines.forEach((l, i) => visit(l.text, [...base, 'lines', i, 'text'], stepId));
}

function visitStep(step: Step, base: IssuePath, visit: TextVisitor): void {
  const id = step.id;
  const at = (...rest: (string | number)[]): IssuePath => [...base, ...rest];
  switch (step.kind) {
    case 'dialogue':
      visitLines(step.lines, base, id, visit);
      visitOptions(step.options, base, id, visit);
      break;
    case 'timed':
      visitLines(step.lines, base, id, visit);
      visitOptions(step.options, base, id, visit);
      if (step.onTimeout.feedback) visit(step.onTimeout.feedback, at('onTimeout', 'feedback'), id);
      break;
    case 'narration': {
      visit(step.text, at('text'), id);
      const doc = step.document;
      if (doc) {
        visit(doc.title, at('document', 'title'), id);
        if (doc.from) visit(doc.from, at('document', 'from'), id);
        doc.paragraphs?.forEach((p, i) => visit(p, at('document', 'paragraphs', i), id));
        doc.fields?.forEach((f, i) => {
          visit(f.label, at('document', 'fields', i, 'label'), id);
          visit(f.value, at('document', 'fields', i, 'value'), id);
        });
      }
      break;
    }
    case 'recall':
      visit(step.question, at('question'), id);
      visitOptions(step.options, base, id, visit);
      break;
    case 'inspect':
      visit(step.prompt, at('prompt'), id);
      step.items.forEach((item, i) => {
        visit(item.text, at('items', i, 'text'), id);
        visit(item.explanation, at('items', i, 'explanation'), id);
      });
      break;
    case 'data':
      if (step.table.caption) visit(step.table.caption, at('table', 'caption'), id);
      step.table.columns.forEach((c, i) => visit(c.label, at('table', 'columns', i, 'label'), id));
      step.table.rows.forEach((row, r) => {
        for (const [key, cell] of Object.entries(row))
          if (isText(cell)) visit(cell, at('table', 'rows', r, key), id);
      });
      visit(step.question, at('question'), id);
      visitOptions(step.options, base, id, visit);
      break;
    case 'ranking':
      visit(step.prompt, at('prompt'), id);
      step.items.forEach((item, i) => visit(item.text, at('items', i, 'text'), id));
      visit(step.feedback, at('feedback'), id);
      break;
    case 'written':
      visit(step.prompt, at('prompt'), id);
      step.rubric.criteria.forEach((c, i) => {
        visit(c.label, at('rubric', 'criteria', i, 'label'), id);
        visit(c.description, at('rubric', 'criteria', i, 'description'), id);
      });
      break;
    case 'ending':
      visit(step.title, at('title'), id);
      visit(step.summary, at('summary'), id);
      break;
  }
}

/** Calls `visit` for every localized text in the scenario, in document order. */
export function forEachText(scenario: Scenario, visit: TextVisitor): void {
  visit(scenario.title, ['title']);
  visit(scenario.description, ['description']);
  visit(scenario.persona.name, ['persona', 'name']);
  visit(scenario.persona.company, ['persona', 'company']);
  visit(scenario.persona.role, ['persona', 'role']);
  scenario.steps.forEach((step, i) => visitStep(step, ['steps', i], visit));
}
