import { describe, expect, it } from 'vitest';
import {
  LmsSession,
  readSuspendData,
  resultValues,
  scormResult,
  sendValues,
  suspendData,
} from '../../../src/domain/scorm';
import type { FitEntry, Result } from '../../../src/domain/scoring';
import { FakeApi } from './fake-api';

function fit(meets: (boolean | null)[]): FitEntry[] {
  return meets.map((m, i) => ({
    competency: i === 0 ? 'k.law' : 's.research',
    required: 60,
    weight: 1,
    score: m === null ? null : m ? 80 : 30,
    gap: m === null ? null : m ? 20 : -30,
    meets: m,
  }));
}

function result(overrides: Partial<Result> & { meets?: (boolean | null)[] } = {}): Result {
  const { meets = [true, null], ...rest } = overrides;
  const entries = fit(meets);
  return {
    scenarioIds: ['s'],
    outcomes: [],
    competencies: [],
    overall: 72.4,
    overallLevel: 'competent',
    fit: { entries, percent: 100, assessed: entries.filter((e) => e.meets !== null).length },
    trail: [],
    pendingRatings: 0,
    ...rest,
  };
}

describe('score and status for the LMS', () => {
  it('maps the profile fit to passed / failed, and to completed when it cannot tell', () => {
    expect(scormResult(result())).toEqual({ score: 72, status: 'passed' });
    expect(scormResult(result({ meets: [true, false] }))).toEqual({ score: 72, status: 'failed' });
    expect(scormResult(result({ meets: [null, null] })).status).toBe('completed');
    expect(scormResult(result({ pendingRatings: 1 })).status).toBe('completed');
    expect(scormResult(result({ overall: null, meets: [null] }))).toEqual({
      score: null,
      status: 'completed',
    });
  });

  it('sends min, max and raw (0–100), the status and the session time, then commits', () => {
    const api = new FakeApi();
    const outcome = sendValues(api, resultValues({ score: 72, status: 'failed' }, 754_250));
    expect(outcome).toEqual({ ok: true });
    expect(api.values.get('cmi.core.score.raw')).toBe('72');
    expect(api.values.get('cmi.core.score.min')).toBe('0');
    expect(api.values.get('cmi.core.score.max')).toBe('100');
    expect(api.values.get('cmi.core.lesson_status')).toBe('failed');
    expect(api.values.get('cmi.core.session_time')).toBe('0000:12:34.25');
    expect(api.calls.at(-1)).toBe('LMSCommit()');
  });

  it('sends no score without enough evidence', () => {
    const values = resultValues({ score: null, status: 'completed' }, 0);
    expect(values.map(([element]) => element)).not.toContain('cmi.core.score.raw');
  });

  it('skips an element the LMS does not support, but stops at a real refusal', () => {
    const api = new FakeApi();
    api.refuse.set('cmi.core.exit', '401');
    expect(sendValues(api, resultValues({ score: 50, status: 'passed' }, 1000)).ok).toBe(true);

    const refusing = new FakeApi();
    refusing.refuse.set('cmi.core.score.raw', '405');
    const outcome = sendValues(refusing, resultValues({ score: 50, status: 'passed' }, 1000));
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toContain('cmi.core.score.raw');
    expect(refusing.calls).not.toContain('LMSCommit()');
  });
});

describe('one launch against the LMS', () => {
  it('initialises, marks a first launch incomplete, finishes once with the result', () => {
    const api = new FakeApi();
    const opened = LmsSession.open(api, 1_000);
    if (!opened.ok) throw new Error(opened.error);
    expect(api.calls[0]).toBe('LMSInitialize()');
    expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(opened.resumeAttemptId).toBeUndefined();

    expect(opened.session.remember('attempt-1').ok).toBe(true);
    expect(api.values.get('cmi.suspend_data')).toBe(suspendData('attempt-1'));

    const { outcome, sent } = opened.session.finish(result(), 61_000);
    expect(outcome.ok).toBe(true);
    expect(sent).toEqual({ score: 72, status: 'passed' });
    expect(api.values.get('cmi.core.session_time')).toBe('0000:01:00.00');
    expect(api.calls.slice(-2)).toEqual(['LMSCommit()', 'LMSFinish()']);

    opened.session.leave(99_000);
    expect(opened.session.finish(result(), 99_000).outcome.ok).toBe(false);
    expect(api.calls.filter((c) => c === 'LMSFinish()')).toHaveLength(1);
  });

  it('resumes the attempt kept in suspend_data and leaves as suspended before the ending', () => {
    const api = new FakeApi();
    api.values.set('cmi.core.lesson_status', 'incomplete');
    api.values.set('cmi.suspend_data', suspendData('abc-123'));
    const opened = LmsSession.open(api, 0);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.resumeAttemptId).toBe('abc-123');
    opened.session.leave(5_000);
    expect(api.values.get('cmi.core.exit')).toBe('suspend');
    expect(api.values.get('cmi.core.session_time')).toBe('0000:00:05.00');
    expect(api.values.has('cmi.core.score.raw')).toBe(false);
    expect(api.calls.at(-1)).toBe('LMSFinish()');
  });

  it('reports a refused LMSInitialize and reads only its own suspend data', () => {
    const api = new FakeApi();
    api.refuse.set('LMSInitialize', '101');
    const opened = LmsSession.open(api, 0);
    expect(opened.ok).toBe(false);
    expect(readSuspendData('something else')).toBeUndefined();
    expect(readSuspendData(suspendData('../../x'))).toBeUndefined();
  });
});
