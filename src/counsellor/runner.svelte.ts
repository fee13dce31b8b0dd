import { scorePlayed, summarise, type PlayedScenario, type ResultSummary } from '../domain/scoring';
import { loadScenario } from '../library/library';
import { resume } from '../player/resume';
import { startAttempt } from '../player/start';
import { indexedDbStore } from '../player/store';
import type { ProtectStored } from '../player/session.svelte';
import {
  isSealed,
  loadDropboxPublicKey,
  loadSessionState,
  saveSessionState,
  sealFinishedAttempt,
  type SessionState,
} from '../storage/assessment';
import { attemptRepository } from '../storage/attempts';
import { writtenSealer } from './protect';
import { sessionSettings } from './workspace';

/**
 * The candidate's side of an assessment session, in a tab where the vault is locked. It knows the
 * session's clear state and the drop-box public key: it can start attempts, seal written answers and
 * finished attempts for the counsellor, and move on — but it can open nothing sealed.
 *
 * The optional summary is computed in memory from the attempts finished in this tab before they are
 * sealed, and shown once; after a reload mid-session the earlier ones are sealed and unreadable, so
 * the candidate then gets the neutral thank-you only.
 */
export type RunnerPhase = 'loading' | 'none' | 'playing' | 'finished' | 'failed';

export class AssessmentRunner {
  phase = $state<RunnerPhase>('loading');
  state = $state.raw<SessionState | undefined>(undefined);
  attemptId = $state<string | undefined>(undefined);
  summary = $state.raw<ResultSummary | undefined>(undefined);
  error = $state('');
  busy = $state(false);
  #publicKey: CryptoKey | undefined;
  #played: PlayedScenario[] = [];
  protect: ProtectStored = async (attempt, event, saved) => ({ event, saved });

  get position(): number {
    return this.state?.position ?? 0;
  }

  get total(): number {
    return this.state?.scenarios.length ?? 0;
  }

  async load(): Promise<void> {
    try {
      const state = await loadSessionState();
      const publicKey = await loadDropboxPublicKey();
      if (!state || !publicKey) {
        this.phase = 'none';
        return;
      }
      this.#publicKey = publicKey;
      this.protect = writtenSealer(publicKey);
      this.state = state;
      await this.#continue(state);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The current scenario reached its ending: seal it for the counsellor and go on to the next. */
  async finishCurrent(): Promise<void> {
    const state = this.state;
    const publicKey = this.#publicKey;
    if (!state?.attemptId || !publicKey || this.busy) return;
    this.busy = true;
    try {
      if (state.showSummary) await this.#remember(state.attemptId);
      await sealFinishedAttempt(publicKey, state.candidateId, state.attemptId);
      await this.#advance(state);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #continue(state: SessionState): Promise<void> {
    if (state.attemptId) {
      if (await isSealed(state.attemptId)) {
        await this.#advance(state);
        return;
      }
      const header = await attemptRepository.get(state.attemptId);
      if (header) {
        this.attemptId = header.id;
        this.phase = 'playing';
        return;
      }
    }
    if (state.position >= state.scenarios.length) {
      this.phase = 'finished';
      return;
    }
    await this.#startCurrent(state);
  }

  async #advance(state: SessionState): Promise<void> {
    const { attemptId: _done, ...rest } = state;
    const next: SessionState = { ...rest, position: state.position + 1 };
    await saveSessionState(next);
    this.state = next;
    this.attemptId = undefined;
    if (next.position >= next.scenarios.length) {
      if (next.showSummary && this.#played.length === next.scenarios.length) {
        this.summary = summarise(scorePlayed(this.#played));
      }
      this.#played = [];
      this.phase = 'finished';
      return;
    }
    await this.#startCurrent(next);
  }

  async #startCurrent(state: SessionState): Promise<void> {
    const key = state.scenarios[state.position];
    if (!key) throw new Error('The session has no scenario at this position');
    const loaded = await loadScenario(key, true);
    if (!loaded.ok) throw new Error(`Scenario ${key} cannot be loaded (${loaded.reason})`);
    const attempt = await startAttempt(indexedDbStore, {
      scenario: loaded.scenario,
      traineeId: `assessment:${state.sessionId}`,
      mode: 'assessment',
      language: state.language,
      timeScale: null,
      settings: sessionSettings(state.timeScale),
      sessionId: state.sessionId,
    });
    const next = { ...state, attemptId: attempt.id };
    await saveSessionState(next);
    this.state = next;
    this.attemptId = attempt.id;
    this.phase = 'playing';
  }

  /** The decisions of the clear attempt (written answers stay unrated: pending) for the summary. */
  async #remember(attemptId: string): Promise<void> {
    const loaded = await attemptRepository.load(attemptId);
    if (!loaded) return;
    // From the stored snapshot: a replay could refuse a sealed answer longer than the step allows.
    const resumed = resume(loaded);
    if (!resumed.ok) return;
    const snapshot = resumed.snapshot;
    this.#played.push({
      scenario: resumed.compiled.scenario,
      decisions: snapshot.context.history.map(({ stepId, choice }) => ({ stepId, choice })),
      endingStepId: snapshot.context.stepId,
    });
  }

  #fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.phase = 'failed';
  }
}
