/**
 * Seeds a played attempt straight into the app's IndexedDB, in the shape the attempts repository
 * writes (header, log, scenario copy by hash). The attempt is played here with the real engine
 * and scored with the real scoring, so its stored summary is what the player would have stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  awaitsTimerStart,
  compile,
  currentStep,
  isFinished,
  saveSnapshot,
  start,
  step,
  validateScenarioJson,
  type EngineEvent,
} from '../../src/domain/scenario';
import { scoreAttempt, summarise } from '../../src/domain/scoring';

export interface SeedOptions {
  scenarioId: string;
  traineeId: string;
  mode?: 'practice' | 'assessment';
  sessionId?: string;
  /** Option chosen at a step id; otherwise the first option. */
  choose?: Record<string, string>;
  /** Replaces the stored summary's overall (to simulate tampering). */
  tamperOverall?: number;
  startedAt?: number;
}

export async function seedAttempt(page: Page, options: SeedOptions): Promise<string> {
  const file = join(import.meta.dirname, '../../scenarios', `${options.scenarioId}.json`);
  const validation = validateScenarioJson(readFileSync(file, 'utf8'));
  if (!validation.ok) throw new Error(`${options.scenarioId} is invalid`);
  const scenario = validation.scenario;
  const compiled = compile(scenario);
  const startedAt = options.startedAt ?? Date.now() - 600_000;
  let at = startedAt;
  let snapshot = start(compiled, { startedAt, timeScale: 1 });
  const events: { seq: number; at: number; event: EngineEvent }[] = [];
  while (!isFinished(snapshot)) {
    const current = currentStep(compiled, snapshot);
    at += 2_000;
    let event: EngineEvent;
    // The player starts a timed step's clock when it shows the step, before any answer.
    if (awaitsTimerStart(compiled, snapshot)) {
      event = { type: 'timer.start', at };
    } else if ('options' in current) {
      event = { type: 'user.choose', optionId: options.choose?.[current.id] ?? current.options[0]!.id, at };
    } else if (current.kind === 'inspect') {
      event = { type: 'user.submit', answer: current.items.filter((i) => i.faulty).map((i) => i.id), at };
    } else if (current.kind === 'ranking') {
      event = { type: 'user.submit', answer: [...current.expertOrder].reverse(), at };
    } else if (current.kind === 'written') {
      event = { type: 'user.submit', answer: 'Здравствуйте! Приносим извинения за задержку.', at };
    } else {
      event = { type: 'user.continue', at };
    }
    const next = step(compiled, snapshot, event);
    if (!next.accepted) throw new Error(`seed: not accepted at ${current.id}`);
    events.push({ seq: events.length, at, event });
    snapshot = next.snapshot;
  }
  const summary = summarise(
    scoreAttempt({ scenario, decisions: snapshot.context.history, endingStepId: snapshot.context.stepId }),
  );
  const id = `seed-${Math.random().toString(36).slice(2)}`;
  const header = {
    id,
    traineeId: options.traineeId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioHash: compiled.hash,
    scenarioTitle: { ...scenario.title },
    mode: options.mode ?? 'practice',
    status: 'completed',
    language: 'ru',
    startedAt,
    updatedAt: at,
    eventCount: events.length,
    result: options.tamperOverall === undefined ? summary : { ...summary, overall: options.tamperOverall },
    settings: { timeScale: 1 },
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  };
  const log = { attemptId: id, events, snapshot: saveSnapshot(compiled, snapshot) };
  const copy = {
    hash: compiled.hash,
    scenarioId: scenario.id,
    version: scenario.version,
    document: scenario,
    savedAt: startedAt,
  };
  await page.evaluate(
    async ({ header, log, copy }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('profproba');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['attempts', 'attemptLogs', 'scenarioCopies'], 'readwrite');
        tx.objectStore('attempts').put(header);
        tx.objectStore('attemptLogs').put(log);
        tx.objectStore('scenarioCopies').put(copy);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { header, log, copy },
  );
  return id;
}

/** The id of the active trainee profile (the app keeps it in the settings store). */
export async function traineeIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('profproba');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const ids = await new Promise<string[]>((resolve, reject) => {
      const request = db.transaction('trainees').objectStore('trainees').getAllKeys();
      request.onsuccess = () => resolve(request.result.map(String));
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return ids;
  });
}
