/**
 * Problems found in a scenario. Messages are domain texts (see messages.ts), not i18next keys,
 * so the validator works the same in the CLI, in tests and in the editor.
 */
export type Severity = 'error' | 'warning';

export type IssuePath = readonly (string | number)[];

export interface Issue {
  /** Errors block loading and playing; warnings inform the author. */
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-next`; the message is looked up by it. */
  code: IssueCode;
  /** JSON path inside the document, e.g. `['steps', 3, 'options', 0, 'next']`. */
  path: IssuePath;
  /** Id of the step the issue is in, when there is one. */
  stepId?: string;
  /** Values shown in the message. */
  params: Record<string, string | number>;
}

export const ISSUE_CODES = [
  // reading the file
  'json-empty',
  'json-invalid',
  'json-too-large',
  'json-too-deep',
  'json-forbidden-key',
  'json-not-object',
  // structure (schema)
  'type',
  'required',
  'too-small',
  'too-big',
  'format',
  'invalid-value',
  'unknown-key',
  'unknown-step-kind',
  'invalid-condition',
  'invalid-effect',
  'invalid',
  'unknown-competency',
  'missing-timeout',
  // references and graph
  'duplicate-id',
  'unknown-start',
  'unknown-next',
  'unknown-about',
  'unreachable',
  'dead-end',
  'no-ending-reachable',
  'no-ending',
  // content
  'unknown-variable',
  'variable-type',
  'variable-bounds',
  'variable-duplicate',
  'reserved-variable',
  'mood-mismatch',
  'missing-translation',
  'duplicate-value',
  'no-evidence',
  'recall-not-before',
  'ranking-order',
  'inspect-items',
  'table-cell',
  'competency-not-observed',
  'competency-not-targeted',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export function issue(
  severity: Severity,
  code: IssueCode,
  path: IssuePath,
  params: Issue['params'] = {},
  stepId?: string,
): Issue {
  return stepId === undefined ? { severity, code, path, params } : { severity, code, path, params, stepId };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
