/**
 * One launch of the SCO against an LMS's SCORM 1.2 API: initialise, remember which attempt is
 * being played (`cmi.suspend_data`), and end either with the result or, when the learner leaves
 * before the ending, as suspended so the LMS relaunches into the same attempt.
 */
import type { Result } from '../scoring';
import type { Scorm12Api } from './api';
import {
  lastError,
  resultValues,
  scormResult,
  sendValues,
  type LmsOutcome,
  type ScormResult,
} from './result';
import { scormTime } from './time';

const SUSPEND_PREFIX = 'profproba-attempt:';

/** The attempt id kept in `cmi.suspend_data`, if it holds one of ours. */
export function readSuspendData(value: string): string | undefined {
  if (!value.startsWith(SUSPEND_PREFIX)) return undefined;
  const id = value.slice(SUSPEND_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : undefined;
}

export function suspendData(attemptId: string): string {
  return `${SUSPEND_PREFIX}${attemptId}`;
}

export type LmsState = 'open' | 'finished';

export class LmsSession {
  readonly #api: Scorm12Api;
  readonly #startedAt: number;
  #state: LmsState = 'open';

  private constructor(api: Scorm12Api, startedAt: number) {
    this.#api = api;
    this.#startedAt = startedAt;
  }

  /** Calls LMSInitialize; marks a first launch `incomplete`; reads the attempt to resume. */
  static open(
    api: Scorm12Api,
    now: number,
  ): { ok: true; session: LmsSession; resumeAttemptId: string | undefined } | { ok: false; error: string } {
    if (api.LMSInitialize('') !== 'true') return { ok: false, error: `LMSInitialize: ${lastError(api)}` };
    const session = new LmsSession(api, now);
    const status = api.LMSGetValue('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    return { ok: true, session, resumeAttemptId: readSuspendData(api.LMSGetValue('cmi.suspend_data')) };
  }

  get state(): LmsState {
    return this.#state;
  }

  /** Remembers the attempt being played, so a relaunch resumes it. */
  remember(attemptId: string): LmsOutcome {
    if (this.#state !== 'open') return { ok: false, error: 'finished' };
    return sendValues(this.#api, [['cmi.suspend_data', suspendData(attemptId)]]);
  }

  /** Sends the result and the time of this launch, commits and finishes. */
  finish(result: Result, now: number): { outcome: LmsOutcome; sent: ScormResult } {
    const sent = scormResult(result);
    if (this.#state !== 'open') return { outcome: { ok: false, error: 'finished' }, sent };
    const outcome = sendValues(this.#api, resultValues(sent, now - this.#startedAt));
    this.#end();
    return { outcome, sent };
  }

  /** The learner leaves before the ending: keep the time, mark the SCO suspended, finish. */
  leave(now: number): void {
    if (this.#state !== 'open') return;
    sendValues(this.#api, [
      ['cmi.core.session_time', scormTime(now - this.#startedAt)],
      ['cmi.core.exit', 'suspend'],
    ]);
    this.#end();
  }

  #end(): void {
    this.#state = 'finished';
    this.#api.LMSFinish('');
  }
}
