/**
 * Scenario files in and out of the studio. Export writes canonical JSON (keys sorted, two-space
 * indent), so exporting, importing and exporting again gives the same bytes. Import trusts
 * nothing: the safe parser refuses oversized, too deep or prototype-polluting input; then the
 * validator. A document whose structure the editor can show is opened as a draft with its
 * problems listed; anything else is refused with the problems and nothing is kept.
 */
import {
  canonicalJson,
  parseScenarioJson,
  validateScenario,
  type Issue,
  type Scenario,
} from '../domain/scenario';

export function exportText(document: unknown): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(document)) as unknown, null, 2)}\n`;
}

export function exportFileName(document: { id?: unknown }): string {
  const id =
    typeof document.id === 'string' && /^[a-z0-9-]{1,64}$/.test(document.id) ? document.id : 'scenario';
  return `${id}.json`;
}

/** Codes that mean the document's shape is not what the editor's forms expect. */
const SHAPE_CODES = new Set<Issue['code']>([
  'json-empty',
  'json-invalid',
  'json-too-large',
  'json-too-deep',
  'json-forbidden-key',
  'json-not-object',
  'type',
  'required',
  'unknown-step-kind',
  'invalid',
  'invalid-condition',
  'invalid-effect',
  'missing-timeout',
]);

/** Whether the editor can open a document with these issues (values may be wrong, shapes not). */
export function isEditable(issues: readonly Issue[]): boolean {
  return !issues.some((i) => i.severity === 'error' && SHAPE_CODES.has(i.code));
}

export type ImportResult = { ok: true; document: Scenario; issues: Issue[] } | { ok: false; issues: Issue[] };

export function readScenarioFile(text: string): ImportResult {
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const checked = validateScenario(parsed.value);
  if (!isEditable(checked.issues)) return { ok: false, issues: checked.issues };
  return { ok: true, document: parsed.value as Scenario, issues: checked.issues };
}
