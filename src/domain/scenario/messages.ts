/**
 * Validator messages in Russian and English. These are domain texts (like scenario texts), kept
 * here rather than in i18next so the CLI, tests and the editor show the same words.
 */
import type { Language } from '../text';
import type { Issue, IssueCode, IssuePath } from './issues';

type Template = { ru: string; en: string };

const MESSAGES: Record<IssueCode, Template> = {
  'json-empty': { ru: 'Файл пуст.', en: 'The file is empty.' },
  'json-invalid': { ru: 'Это не JSON: {reason}', en: 'This is not valid JSON: {reason}' },
  'json-too-large': {
    ru: 'Файл слишком велик ({size}); предел — {limit}.',
    en: 'The file is too large ({size}); the limit is {limit}.',
  },
  'json-too-deep': {
    ru: 'Слишком глубокая вложенность (больше {limit} уровней).',
    en: 'Nesting is too deep (more than {limit} levels).',
  },
  'json-forbidden-key': {
    ru: 'Ключ «{key}» запрещён.',
    en: 'The key "{key}" is not allowed.',
  },
  'json-not-object': { ru: 'Сценарий должен быть JSON-объектом.', en: 'A scenario must be a JSON object.' },
  type: { ru: 'Неверный тип: ожидается {expected}.', en: 'Wrong type: expected {expected}.' },
  required: {
    ru: 'Не заполнено обязательное поле «{field}».',
    en: 'The required field "{field}" is missing.',
  },
  'too-small': { ru: 'Слишком мало: минимум {minimum}.', en: 'Too small: the minimum is {minimum}.' },
  'too-big': { ru: 'Слишком много: максимум {maximum}.', en: 'Too big: the maximum is {maximum}.' },
  format: { ru: 'Неверный формат ({format}).', en: 'Invalid format ({format}).' },
  'invalid-value': {
    ru: 'Недопустимое значение; возможны: {values}.',
    en: 'Invalid value; allowed: {values}.',
  },
  'unknown-key': { ru: 'Лишние поля: {keys}.', en: 'Unknown fields: {keys}.' },
  'unknown-step-kind': {
    ru: 'Неизвестный вид шага «{kind}»; возможны: {values}.',
    en: 'Unknown step kind "{kind}"; allowed: {values}.',
  },
  'invalid-condition': {
    ru: 'Неверное условие: нужен ровно один оператор из all, any, not, eq, lt, gt, in.',
    en: 'Invalid condition: use exactly one of all, any, not, eq, lt, gt, in.',
  },
  'invalid-effect': {
    ru: 'Неверное действие: нужно {"op": "add"|"set", "var": …, "value": …}.',
    en: 'Invalid effect: expected {"op": "add"|"set", "var": …, "value": …}.',
  },
  invalid: { ru: 'Неверное значение: {message}', en: 'Invalid value: {message}' },
  'unknown-competency': {
    ru: 'Неизвестные компетенции: {keys}.',
    en: 'Unknown competencies: {keys}.',
  },
  'missing-timeout': {
    ru: 'У шага с ограничением времени нет перехода по истечении времени (onTimeout).',
    en: 'The timed step has no route for when time runs out (onTimeout).',
  },
  'duplicate-id': { ru: 'Повторяется идентификатор «{id}».', en: 'The id "{id}" is used more than once.' },
  'unknown-start': { ru: 'Начальный шаг «{id}» не существует.', en: 'The start step "{id}" does not exist.' },
  'unknown-next': {
    ru: 'Переход на несуществующий шаг «{id}».',
    en: 'Leads to a step that does not exist: "{id}".',
  },
  'unknown-about': {
    ru: 'Вопрос ссылается на несуществующий шаг «{id}».',
    en: 'The question refers to a step that does not exist: "{id}".',
  },
  unreachable: {
    ru: 'До этого шага нельзя дойти от начала.',
    en: 'This step cannot be reached from the start.',
  },
  'dead-end': {
    ru: 'Тупик: шаг не является концовкой, а все переходы ведут в него же.',
    en: 'Dead end: the step is not an ending and every way on leads back to itself.',
  },
  'no-ending-reachable': {
    ru: 'С этого шага нельзя дойти ни до одной концовки (цикл без выхода).',
    en: 'No ending can be reached from this step (a loop with no exit).',
  },
  'no-ending': { ru: 'В сценарии нет ни одной концовки.', en: 'The scenario has no ending.' },
  'unknown-variable': {
    ru: 'Переменная «{name}» не объявлена.',
    en: 'The variable "{name}" is not declared.',
  },
  'variable-type': {
    ru: 'Переменная «{name}» — {type}; операция «{op}» к ней неприменима.',
    en: 'The variable "{name}" is a {type}; "{op}" does not apply to it.',
  },
  'variable-bounds': {
    ru: 'У переменной «{name}» должно быть min ≤ initial ≤ max.',
    en: 'The variable "{name}" needs min ≤ initial ≤ max.',
  },
  'variable-duplicate': {
    ru: 'Имя «{name}» объявлено и числом, и флагом.',
    en: 'The name "{name}" is declared both as a number and as a flag.',
  },
  'reserved-variable': {
    ru: 'Имя «{name}» зарезервировано для шкалы в плеере: объявите его числом от 0 до 100.',
    en: 'The name "{name}" is reserved for a meter in the player: declare it as a number from 0 to 100.',
  },
  'mood-mismatch': {
    ru: 'Начальное значение mood ({initial}) не совпадает с настроением персонажа ({mood}).',
    en: 'The initial mood ({initial}) differs from the persona’s mood ({mood}).',
  },
  'missing-translation': { ru: 'Нет текста на языке «{lang}».', en: 'The text is missing in "{lang}".' },
  'duplicate-value': { ru: '«{value}» указано дважды.', en: '"{value}" is listed twice.' },
  'no-evidence': {
    ru: 'Решение ничего не говорит о компетенциях: ни у одного варианта нет оценок.',
    en: 'The decision observes no competency: no option carries evidence.',
  },
  'recall-not-before': {
    ru: 'Шаг «{id}», о котором спрашивает вопрос, не может встретиться раньше этого шага.',
    en: 'The step "{id}" the question asks about cannot come before this step.',
  },
  'ranking-order': {
    ru: 'Экспертный порядок должен содержать каждый элемент ровно один раз.',
    en: 'The expert order must list every item exactly once.',
  },
  'inspect-items': {
    ru: 'Нужен хотя бы один ошибочный и хотя бы один верный пункт.',
    en: 'At least one faulty and one correct item are needed.',
  },
  'table-cell': {
    ru: 'В строке таблицы ключ «{key}» не совпадает со столбцами или ячейка пропущена.',
    en: 'A table row has the key "{key}" that is not a column, or a cell is missing.',
  },
  'competency-not-observed': {
    ru: 'Заявленная компетенция «{id}» не наблюдается ни в одном достижимом шаге.',
    en: 'The targeted competency "{id}" is not observed by any reachable step.',
  },
  'competency-not-targeted': {
    ru: 'Компетенция «{id}» наблюдается, но не указана в списке competencies.',
    en: 'The competency "{id}" is observed but not listed in competencies.',
  },
};

/** `steps[3].options[0].next`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** The issue's message alone, in the given language. */
export function issueMessage(issue: Issue, lang: Language): string {
  const template = MESSAGES[issue.code][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = issue.params[name];
    return value === undefined ? whole : String(value);
  });
}

const LABELS = {
  ru: { error: 'ошибка', warning: 'предупреждение', step: 'шаг' },
  en: { error: 'error', warning: 'warning', step: 'step' },
};

/** One line: severity, where (path and step), and the message. */
export function formatIssue(issue: Issue, lang: Language): string {
  const labels = LABELS[lang];
  const where = [formatPath(issue.path), issue.stepId ? `${labels.step} «${issue.stepId}»` : '']
    .filter(Boolean)
    .join(', ');
  return `${labels[issue.severity]}${where ? ` (${where})` : ''}: ${issueMessage(issue, lang)}`;
}
