/**
 * What a finished attempt tells the LMS through the SCORM 1.2 data model: the overall score
 * (0–100) as `cmi.core.score.raw` with its `min` and `max`, and `cmi.core.lesson_status` —
 * `passed` or `failed` when the profile fit can say whether the profession's requirement is met,
 * `completed` when it cannot (too little evidence, or written answers awaiting a counsellor).
 */
import { requirementMet, type Result } from '../scoring';
import type { Scorm12Api } from './api';
import { scormTime } from './time';

export type LessonStatus = 'passed' | 'failed' | 'completed';

export interface ScormResult {
  /** Null when no competency has enough evidence: no score is sent then. */
  score: number | null;
  status: LessonStatus;
}

export function scormResult(result: Result): ScormResult {
  const met = requirementMet(result);
  return {
    score: result.overall === null ? null : Math.round(Math.min(100, Math.max(0, result.overall))),
    status: met === undefined ? 'completed' : met ? 'passed' : 'failed',
  };
}

/** The `LMSSetValue` calls for a result and the time spent, in order. */
export function resultValues(result: ScormResult, sessionMs: number): [string, string][] {
  const values: [string, string][] = [];
  if (result.score !== null)
    values.push(
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', String(result.score)],
    );
  values.push(
    ['cmi.core.lesson_status', result.status],
    ['cmi.core.session_time', scormTime(sessionMs)],
    ['cmi.core.exit', ''],
  );
  return values;
}

export interface LmsOutcome {
  ok: boolean;
  /** The LMS's error code and text of the first call it refused. */
  error?: string;
}

/** The refusal of the last call, in the LMS's words. */
export function lastError(api: Scorm12Api): string {
  const code = api.LMSGetLastError();
  return `${code}: ${api.LMSGetErrorString(code)}`;
}

/**
 * Sets each value, then commits. Stops at the first call the LMS refuses (it returns "false")
 * and says which; a value the LMS does not support (error 401/402/403) is skipped, not fatal.
 */
export function sendValues(api: Scorm12Api, values: readonly [string, string][]): LmsOutcome {
  for (const [element, value] of values) {
    if (api.LMSSetValue(element, value) !== 'true') {
      const code = api.LMSGetLastError();
      if (code === '401' || code === '402' || code === '403') continue;
      return { ok: false, error: `${element}: ${code} ${api.LMSGetErrorString(code)}` };
    }
  }
  if (api.LMSCommit('') !== 'true') return { ok: false, error: `LMSCommit: ${lastError(api)}` };
  return { ok: true };
}
