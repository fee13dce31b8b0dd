import { beforeEach, describe, expect, it } from 'vitest';
import { readSummary } from '../../../src/domain/scoring';
import {
  competencyAnchor,
  exportFileName,
  isBlocking,
  loadReport,
  replayAttempt,
  reportExport,
  suggestions,
  trailViews,
  traineeMaySee,
  type PractiseEntry,
  type Report,
} from '../../../src/report';
import { attemptRepository, type LoadedAttempt } from '../../../src/storage/attempts';
import { ProfprobaDB, db, useDatabase } from '../../../src/storage/db';
import { builtin, playAndStore } from './play';

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`report-${++counter}`));
});

const scenario = builtin('example-first-call');
const load = (id: string) => attemptRepository.load(id);

async function reportOf(ids: string[]): Promise<Report> {
  const loaded = await loadReport(ids, load);
  if (!loaded.ok) throw new Error(`report failed: ${loaded.reason}`);
  return loaded.report;
}

function scoreOf(report: Report, id: string): number | null | undefined {
  return report.result.competencies.find((c) => c.competency === id)?.score;
}

describe('loading a report', () => {
  it('replays a completed attempt and reproduces its stored summary (hand-computed scores)', async () => {
    const attempt = await playAndStore(scenario);
    const report = await reportOf([attempt.id]);
    expect(report.problems).toEqual([]);
    // Every first option of this scenario is the best one: 100 where there are two observations or more.
    expect(scoreOf(report, 's.negotiation')).toBe(100);
    expect(scoreOf(report, 'k.psychology')).toBe(100);
    // Politeness is observed once only: not enough evidence.
    expect(scoreOf(report, 'q.politeness')).toBeNull();
    expect(report.result.outcomes).toEqual([
      { scenarioId: scenario.id, endingStepId: 'ending-deal', outcome: 'deal' },
    ]);
    expect(readSummary(attempt.result)?.overall).toBe(report.result.overall);
  });

  it('scores a weaker path by the formula', async () => {
    const attempt = await playAndStore(scenario, { choose: { needs: 'premium' } });
    const report = await reportOf([attempt.id]);
    expect(report.problems).toEqual([]);
    // negotiation: chosen 0 + (−2) + 2 = 0, best 0 + 2 + 2 = 4, worst −1 − 2 − 2 = −5 → 5/9 → 56
    expect(scoreOf(report, 's.negotiation')).toBe(56);
    // psychology: chosen −1 + 0, best 1 + 0, worst −1 − 1 → 1/3 → 33
    expect(scoreOf(report, 'k.psychology')).toBe(33);
  });

  it('pools the observations of several attempts', async () => {
    const a = await playAndStore(scenario);
    const b = await playAndStore(scenario, { choose: { needs: 'premium' } });
    const report = await reportOf([a.id, b.id]);
    expect(report.attempts.map((x) => x.attempt.id)).toEqual([a.id, b.id]);
    // negotiation: chosen 4 + 0, best 4 + 4, worst −5 − 5 → 14/18 → 78
    expect(scoreOf(report, 's.negotiation')).toBe(78);
    // politeness: once per attempt, twice in all: now a number
    expect(scoreOf(report, 'q.politeness')).toBe(100);
    expect(report.result.outcomes).toHaveLength(2);
    expect(report.result.trail.map((t) => t.index)).toEqual(report.result.trail.map((_, i) => i));
  });

  it('uses the time scale the attempt ran with', async () => {
    const attempt = await playAndStore(scenario);
    const loaded = (await load(attempt.id)) as LoadedAttempt;
    // The timed step's answer came 1 s after its clock started: within 30 s at any scale, but with
    // timers off a stored timeout or timer start would be refused. An untimed attempt logs no
    // start, so drop it and check that a stored scale of null replays cleanly.
    const untimed = {
      ...loaded,
      attempt: { ...loaded.attempt, settings: { timeScale: null } },
      log: { ...loaded.log, events: loaded.log.events.filter((r) => r.event['type'] !== 'timer.start') },
    };
    const replayed = replayAttempt(untimed);
    expect(replayed.ok && replayed.problems).toEqual([]);
    const withStart = replayAttempt({ ...loaded, attempt: untimed.attempt });
    expect(withStart.ok && withStart.problems.map((p) => p.kind)).toEqual(['rejectedEvents']);
  });

  it('reports a missing attempt and a damaged scenario copy', async () => {
    expect(await loadReport(['nope'], load)).toEqual({ ok: false, reason: 'notFound', attemptId: 'nope' });
    const attempt = await playAndStore(scenario);
    const loaded = (await load(attempt.id)) as LoadedAttempt;
    const result = await loadReport([attempt.id], async () => ({ ...loaded, document: { id: 'x' } }));
    expect(result.ok === false && result.reason).toBe('invalidScenario');
    const failing = await loadReport([attempt.id], () => Promise.reject(new Error('disk gone')));
    expect(failing).toEqual({ ok: false, reason: 'failed', message: 'disk gone' });
  });

  describe('flags storage that does not replay to what was stored', () => {
    it('a tampered summary', async () => {
      const attempt = await playAndStore(scenario, { choose: { needs: 'premium' } });
      const summary = readSummary(attempt.result)!;
      await db().attempts.update(attempt.id, { result: { ...summary, overall: 99 } });
      const report = await reportOf([attempt.id]);
      expect(report.problems).toEqual([{ kind: 'summaryMismatch', attemptId: attempt.id }]);
      expect(report.problems.some(isBlocking)).toBe(true);
    });

    it('a changed scenario copy', async () => {
      const attempt = await playAndStore(scenario);
      const copy = await db().scenarioCopies.get(attempt.scenarioHash);
      const changed = structuredClone(scenario);
      const needs = changed.steps.find((s) => s.id === 'needs');
      if (needs?.kind !== 'dialogue') throw new Error('fixture changed');
      needs.options[0]!.evidence = { 's.negotiation': -2 };
      await db().scenarioCopies.put({ ...copy!, document: changed });
      const kinds = (await reportOf([attempt.id])).problems.map((p) => p.kind);
      expect(kinds).toContain('hashMismatch');
      expect(kinds).toContain('summaryMismatch');
    });

    it('an event the scenario refuses', async () => {
      const attempt = await playAndStore(scenario, { stopAfter: 2 });
      const log = await db().attemptLogs.get(attempt.id);
      await db().attemptLogs.put({
        ...log!,
        events: [
          ...log!.events,
          { seq: 2, at: 5, event: { type: 'user.choose', optionId: 'no-such', at: 5 } },
        ],
      });
      const report = await reportOf([attempt.id]);
      expect(report.problems).toEqual([{ kind: 'rejectedEvents', attemptId: attempt.id, count: 1 }]);
    });

    it('a completed status over an unfinished log', async () => {
      const attempt = await playAndStore(scenario, { stopAfter: 3 });
      await db().attempts.update(attempt.id, { status: 'completed' });
      const kinds = (await reportOf([attempt.id])).problems.map((p) => p.kind);
      expect(kinds).toEqual(['statusMismatch', 'summaryMissing']);
    });
  });
});

describe('the evidence trail', () => {
  it('shows the situation, the choice, the best option and the reasons', async () => {
    const attempt = await playAndStore(scenario, { choose: { greet: 'blunt' } });
    const report = await reportOf([attempt.id]);
    const views = trailViews(
      report.result.trail,
      report.attempts.map((a) => a.scenario),
    );
    expect(views.map((v) => v.stepId)).toEqual(['greet', 'needs', 'deadline', 'recall-budget', 'close']);
    const greet = views[0]!;
    expect(greet.anchor).toBe('trail-0');
    expect(greet.situation[0]?.speaker).toBe('client');
    expect(greet.wasBest).toBe(false);
    expect(greet.answer.type === 'option' && greet.answer.chosen?.id).toBe('blunt');
    expect(greet.answer.type === 'option' && greet.answer.best.map((o) => o.id)).toEqual(['polite']);
    expect(greet.evidence.map((e) => e.competency).sort()).toEqual(['k.etiquette', 'q.politeness']);
    const recall = views[3]!;
    expect(recall.situation).toHaveLength(1);
    expect(competencyAnchor('q.politeness')).toBe('competency-q-politeness');
  });
});

describe('what to practise next', () => {
  const catalog: PractiseEntry[] = [
    {
      key: 'a',
      scenarioId: 'example-first-call',
      title: { ru: 'А' },
      observes: ['s.negotiation', 'k.psychology'],
    },
    { key: 'b', scenarioId: 'other', title: { ru: 'Б' }, observes: ['k.psychology'] },
  ];

  it('splits met and unmet requirements and suggests unplayed scenarios first', async () => {
    const attempt = await playAndStore(scenario, { choose: { needs: 'premium' } });
    const report = await reportOf([attempt.id]);
    const { strengths, develop, insufficient } = suggestions(report.result, catalog);
    const psychology = develop.find((d) => d.competency === 'k.psychology');
    expect(psychology).toMatchObject({ score: 33 });
    expect(psychology?.scenarios.map((s) => s.key)).toEqual(['b', 'a']);
    expect(strengths.every((s) => s.gap >= 0)).toBe(true);
    expect(develop.every((s) => s.gap < 0)).toBe(true);
    expect(insufficient.map((i) => i.competency)).toContain('q.politeness');
  });
});

describe('export and access', () => {
  it('exports header, scenario copy id, events and result', async () => {
    const attempt = await playAndStore(scenario);
    const report = await reportOf([attempt.id]);
    const exported = reportExport(report, new Date('2024-01-02T03:04:05Z'));
    expect(exported.attempts[0]?.scenario).toEqual({
      id: scenario.id,
      version: 1,
      hash: attempt.scenarioHash,
    });
    expect(exported.attempts[0]?.events).toHaveLength(attempt.eventCount);
    expect(JSON.parse(JSON.stringify(exported)).result.overall).toBe(report.result.overall);
    expect(exportFileName(report)).toMatch(/^profproba-report-example-first-call-\d{4}-\d\d-\d\d\.json$/);
  });

  it('hides a counsellor session assessment from the trainee only', () => {
    expect(traineeMaySee({ mode: 'practice' })).toBe(true);
    expect(traineeMaySee({ mode: 'assessment' })).toBe(true);
    expect(traineeMaySee({ mode: 'practice', sessionId: 's' })).toBe(true);
    expect(traineeMaySee({ mode: 'assessment', sessionId: 's' })).toBe(false);
  });
});
