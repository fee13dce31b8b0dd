/**
 * SCORM mode (#/scorm, opened by a package's launch page): the scenario packaged beside the app,
 * validated like any file from outside; the LMS's SCORM 1.2 API if there is one; the attempt to
 * play — the one the LMS remembers (`cmi.suspend_data`), else an unfinished one of this scenario
 * in this browser, else a new one in practice mode; and, at the ending, the result sent to the LMS.
 */
import { compile, type Issue } from '../domain/scenario';
import type { Scenario } from '../domain/scenario/schema';
import { findScormApi, LmsSession, type ApiHost, type LmsOutcome, type ScormResult } from '../domain/scorm';
import type { Language } from '../domain/text';
import { attemptsOf } from '../library/attempts';
import { startAttempt } from '../player/start';
import { findAttempt, storeFor } from '../player/store';
import { loadReport } from '../report/load';
import type { AttemptRecord } from '../storage/records';
import { loadPackagedScenario } from './packaged';

/** Whose attempts these are in the LMS origin's storage: the LMS knows the learner, we need not. */
export const SCORM_TRAINEE_ID = 'scorm';

export type LaunchPhase = 'loading' | 'failed' | 'invalid' | 'ready';
/** `none`: no LMS found; `refused`: the LMS's API refused LMSInitialize. */
export type LmsLink = 'connected' | 'none' | 'refused';

export interface Reported {
  outcome: LmsOutcome;
  sent: ScormResult;
}

export class ScormLaunch {
  phase = $state<LaunchPhase>('loading');
  issues = $state.raw<Issue[]>([]);
  error = $state('');
  scenario = $state.raw<Scenario | undefined>(undefined);
  attemptId = $state<string | undefined>(undefined);
  lms = $state<LmsLink>('none');
  lmsError = $state('');
  reported = $state.raw<Reported | undefined>(undefined);
  #session: LmsSession | undefined;
  #reportedFor: string | undefined;

  async load(options: {
    base: string;
    host: ApiHost;
    storageAvailable: boolean;
    language: Language;
    fetcher?: (url: string) => Promise<Response>;
  }): Promise<void> {
    const packaged = await loadPackagedScenario(options.base, options.fetcher);
    if (!packaged.ok) {
      if (packaged.reason === 'invalid') this.issues = packaged.issues;
      else this.error = packaged.message;
      this.phase = packaged.reason;
      return;
    }
    const scenario = packaged.scenario;
    this.scenario = scenario;

    let resumeId: string | undefined;
    const api = findScormApi(options.host);
    if (api) {
      const opened = LmsSession.open(api, Date.now());
      if (opened.ok) {
        this.#session = opened.session;
        this.lms = 'connected';
        resumeId = opened.resumeAttemptId;
      } else {
        this.lms = 'refused';
        this.lmsError = opened.error;
      }
    }

    try {
      const attempt = await this.#attemptFor(scenario, resumeId, options.storageAvailable, options.language);
      this.useAttempt(attempt.id);
      this.phase = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }

  async #attemptFor(
    scenario: Scenario,
    resumeId: string | undefined,
    storageAvailable: boolean,
    language: Language,
  ): Promise<AttemptRecord> {
    const compiled = compile(scenario);
    const same = (a: AttemptRecord): boolean =>
      a.scenarioId === scenario.id && a.scenarioHash === compiled.hash && a.status !== 'abandoned';
    if (resumeId) {
      const found = await findAttempt(resumeId, storageAvailable);
      if (found && same(found.loaded.attempt)) return found.loaded.attempt;
    }
    const unfinished = (await attemptsOf(SCORM_TRAINEE_ID, storageAvailable))
      .filter((a) => same(a) && a.status === 'active')
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (unfinished) return unfinished;
    // Practice: a learner in a course gets the feedback on each choice.
    return startAttempt(storeFor(storageAvailable), {
      scenario,
      compiled,
      traineeId: SCORM_TRAINEE_ID,
      mode: 'practice',
      language: scenario.languages.includes(language) ? language : (scenario.languages[0] ?? 'ru'),
      timeScale: 1,
    });
  }

  /** The attempt on screen; a restart in the player brings a new one. */
  useAttempt(attemptId: string): void {
    this.attemptId = attemptId;
    const outcome = this.#session?.remember(attemptId);
    if (outcome && !outcome.ok && this.#session?.state === 'open') this.lmsError = outcome.error ?? '';
  }

  /** At the ending: rescore the attempt from its log and send the result, once per attempt. */
  async report(attemptId: string, storageAvailable: boolean): Promise<void> {
    if (this.#reportedFor === attemptId) return;
    this.#reportedFor = attemptId;
    const session = this.#session;
    if (!session || session.state !== 'open') return;
    const loaded = await loadReport(
      [attemptId],
      async (id) => (await findAttempt(id, storageAvailable))?.loaded,
    );
    if (!loaded.ok) {
      this.lmsError = loaded.reason === 'failed' ? loaded.message : loaded.reason;
      return;
    }
    this.reported = session.finish(loaded.report.result, Date.now());
  }

  /** The page goes away before the ending: the LMS keeps the time and resumes this attempt later. */
  leave(): void {
    this.#session?.leave(Date.now());
  }
}
