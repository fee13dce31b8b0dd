import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { batteryStatements, batteryXapiFileName } from '../../../src/counsellor/xapi';
import {
  compile,
  replay,
  validateScenario,
  type EngineEvent,
  type Scenario,
} from '../../../src/domain/scenario';
import { readSummary, requirementMet, scoreAttempt } from '../../../src/domain/scoring';
import {
  attemptStatements,
  isoDuration,
  uuidV5,
  VERBS,
  XAPI_BASE,
  type Statement,
  type XapiAttempt,
} from '../../../src/domain/xapi';
import { sha1 } from '../../../src/domain/xapi/uuid';
import { loadReport, type Report } from '../../../src/report';
import { reportStatements, statementsText, xapiFileName } from '../../../src/report/xapi';
import { attemptRepository } from '../../../src/storage/attempts';
import { ProfprobaDB, useDatabase } from '../../../src/storage/db';
import { everyKindScenario } from '../../e2e/fixtures/every-kind';
import { builtin, playAndStore } from '../report/play';
import { statementSchema } from './statement-schema';

function everyKind(): Scenario {
  const result = validateScenario(everyKindScenario());
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

const STARTED = Date.UTC(2025, 2, 14, 9, 30);

/** Every step kind once: a narration, a choice, a timeout, recall, inspect, data, ranking, written. */
const PLAY: EngineEvent[] = [
  { type: 'user.continue', at: STARTED + 4_000 },
  { type: 'user.choose', optionId: 'polite', at: STARTED + 9_000 },
  { type: 'timer.start', at: STARTED + 9_500 },
  { type: 'timer.expire', at: STARTED + 29_500 },
  { type: 'user.choose', optionId: 'r42', at: STARTED + 35_000 },
  { type: 'user.submit', answer: ['c1', 'c2'], at: STARTED + 50_000 },
  { type: 'user.choose', optionId: 'vasilyok', at: STARTED + 70_000 },
  { type: 'user.submit', answer: ['discount', 'value', 'ignore'], at: STARTED + 80_000 },
  { type: 'user.submit', answer: 'Приносим извинения.', at: STARTED + 754_250 },
];

function played(events: readonly EngineEvent[] = PLAY): XapiAttempt {
  const scenario = everyKind();
  const compiled = compile(scenario);
  const { snapshot, rejected } = replay(compiled, { startedAt: STARTED, timeScale: 1 }, events);
  expect(rejected).toEqual([]);
  const decisions = snapshot.context.history;
  const finished = snapshot.context.outcome !== null;
  return {
    attempt: {
      id: 'attempt-1',
      mode: 'practice',
      language: 'ru',
      startedAt: STARTED,
      updatedAt: events[events.length - 1]?.at ?? STARTED,
      status: finished ? 'completed' : 'active',
    },
    scenario,
    scenarioHash: compiled.hash,
    decisions,
    result: scoreAttempt({
      scenario,
      decisions,
      ...(finished ? { endingStepId: snapshot.context.stepId } : {}),
    }),
  };
}

const verbs = (statements: readonly Statement[]) =>
  statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));

describe('xAPI statements of one attempt', () => {
  const item = played();
  const statements = attemptStatements(item, { account: 'trainee-7' });

  it('says attempted, then one statement per decision in order, then completed', () => {
    expect(item.decisions).toHaveLength(8);
    expect(statements).toHaveLength(item.decisions.length + 2);
    expect(verbs(statements)).toEqual([
      'attempted',
      'experienced',
      ...Array<string>(7).fill('answered'),
      'completed',
    ]);
    expect(statements.map((s) => s.timestamp)).toEqual([
      new Date(STARTED).toISOString(),
      ...item.decisions.map((d) => new Date(d.at).toISOString()),
      new Date(STARTED + 754_250).toISOString(),
    ]);
  });

  it('every statement is valid xAPI 1.0.3', () => {
    for (const statement of statements) {
      const checked = statementSchema.safeParse(statement);
      expect(checked.error?.issues ?? [], statement.verb.id).toEqual([]);
    }
    // What the file holds survives a JSON round trip unchanged.
    expect(JSON.parse(statementsText(statements))).toEqual(statements);
  });

  it('names the scenario, each step and the competencies by IRIs under the base', () => {
    const scenarioIri = `${XAPI_BASE}scenarios/every-kind`;
    const [attempted, , hello] = statements;
    expect(attempted?.object.id).toBe(scenarioIri);
    expect(attempted?.object.definition.name).toEqual({ ru: 'Все виды шагов', en: 'Every step kind' });
    expect(hello?.object.id).toBe(`${scenarioIri}/steps/hello`);
    expect(hello?.object.definition.interactionType).toBe('choice');
    expect(hello?.object.definition.choices?.map((c) => c.id)).toContain('polite');
    expect(hello?.context.contextActivities?.parent?.[0]?.id).toBe(scenarioIri);
    expect(statements.every((s) => s.actor.account.homePage === XAPI_BASE)).toBe(true);
    expect(statements.every((s) => s.actor.account.name === 'trainee-7')).toBe(true);
    expect(statements.every((s) => s.context.language === 'ru')).toBe(true);
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  });

  it('puts what was chosen in result.response', () => {
    const byStep = new Map(statements.slice(1, -1).map((s) => [s.object.id.split('/').pop(), s.result]));
    expect(byStep.get('letter')).toBeUndefined();
    expect(byStep.get('hello')?.response).toBe('polite');
    expect(byStep.get('hurry')?.response).toBeUndefined();
    expect(byStep.get('hurry')?.extensions).toEqual({ [`${XAPI_BASE}extensions/timed-out`]: true });
    expect(byStep.get('recall')?.response).toBe('r42');
    expect(byStep.get('contract')?.response).toBe('c1[,]c2');
    expect(byStep.get('numbers')?.response).toBe('vasilyok');
    expect(byStep.get('rank')?.response).toBe('discount[,]value[,]ignore');
    expect(byStep.get('reply')?.response).toBe('Приносим извинения.');
  });

  it('completes with the duration and each competency; no score without enough evidence', () => {
    const completed = statements[statements.length - 1];
    // Every competency of this fixture is observed once: not enough evidence for an overall score.
    expect(item.result.overall).toBeNull();
    expect(completed?.result).not.toHaveProperty('score');
    expect(completed?.result?.completion).toBe(true);
    expect(completed?.result?.duration).toBe('PT12M34.25S');
    // The written answer waits for a counsellor: whether the requirement is met is not known yet.
    expect(item.result.pendingRatings).toBe(1);
    expect(completed?.result).not.toHaveProperty('success');
    const perCompetency = completed?.result?.extensions?.[`${XAPI_BASE}extensions/competencies`] as Record<
      string,
      { id: string; score: number | null; observations: number }
    >;
    expect(Object.keys(perCompetency)).toHaveLength(item.result.competencies.length);
    for (const c of item.result.competencies) {
      expect(perCompetency[`${XAPI_BASE}competencies/${c.competency}`]).toMatchObject({
        id: c.competency,
        score: c.score,
        observations: c.observations,
      });
    }
    expect(completed?.result?.extensions?.[`${XAPI_BASE}extensions/outcome`]).toBe('kept');
    expect(completed?.context.contextActivities?.other?.map((a) => a.id)).toEqual(
      item.result.competencies.map((c) => `${XAPI_BASE}competencies/${c.competency}`),
    );
  });

  it('gives the same ids on every export, distinct v5 UUIDs within it', () => {
    const again = attemptStatements(played(), { account: 'trainee-7' });
    expect(again).toEqual(statements);
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives a changed statement a new id and keeps the others (a written answer rated later)', () => {
    const rated = {
      ...item,
      result: scoreAttempt({ ...scoredInput(item), ratings: [{ stepId: 'reply', points: { apology: 2 } }] }),
    };
    const after = attemptStatements(rated, { account: 'trainee-7' });
    expect(after.slice(0, -1).map((s) => s.id)).toEqual(statements.slice(0, -1).map((s) => s.id));
    expect(after[after.length - 1]?.id).not.toBe(statements[statements.length - 1]?.id);
  });

  it('uses a configured base for every IRI of its own', () => {
    const base = 'https://lrs.example.org/trial';
    const other = attemptStatements(item, { account: 'trainee-7' }, { base });
    const json = JSON.stringify(other);
    expect(json).not.toContain(XAPI_BASE);
    expect(other[0]?.object.id).toBe(`${base}/scenarios/every-kind`);
    expect(other[0]?.actor.account.homePage).toBe(`${base}/`);
    expect(other[0]?.id).not.toBe(statements[0]?.id);
    expect(() => attemptStatements(item, { account: 'x' }, { base: 'profproba/xapi' })).toThrow(/absolute/);
    expect(() => attemptStatements(item, { account: ' ' })).toThrow(/account/);
  });

  it('an unfinished attempt has no completed statement', () => {
    const partial = attemptStatements(played(PLAY.slice(0, 2)), { account: 'trainee-7' });
    expect(verbs(partial)).toEqual(['attempted', 'experienced', 'answered']);
    expect(partial.slice(0, 3).map((s) => s.id)).toEqual(statements.slice(0, 3).map((s) => s.id));
  });
});

function scoredInput(item: XapiAttempt) {
  return { scenario: item.scenario, decisions: item.decisions, endingStepId: 'done' };
}

describe('the statement schema of the tests', () => {
  const valid = attemptStatements(played(), { account: 'trainee-7' });
  const completed = valid[valid.length - 1] as Statement;

  it('refuses what an LRS would refuse', () => {
    const broken: unknown[] = [
      { ...completed, id: 'attempt-1-0' },
      { ...completed, result: { ...completed.result, score: { scaled: 1.5, raw: 150, min: 0, max: 100 } } },
      { ...completed, object: { ...completed.object, id: 'scenarios/every-kind' } },
      { ...completed, verb: { ...completed.verb, display: {} } },
      { ...completed, result: { ...completed.result, duration: '754 s' } },
      { ...completed, timestamp: 'yesterday' },
      { ...completed, actor: { objectType: 'Agent', name: 'Анна' } },
      { ...completed, stored: '2025-01-01T00:00:00Z' },
    ];
    for (const statement of broken) expect(statementSchema.safeParse(statement).success).toBe(false);
    expect(statementSchema.safeParse(completed).success).toBe(true);
  });
});

describe('UUIDs and durations', () => {
  it('computes SHA-1 and version 5 UUIDs as the standards do', () => {
    // RFC 9562's namespace for DNS names; the UUID Python's uuid5 gives for 'python.org'.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'отчёт '.repeat(50)]) {
      const ours = Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex');
      expect(ours).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
  });

  it('writes ISO 8601 durations to the hundredth of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1_234)).toBe('PT1.23S');
    expect(isoDuration(754_250)).toBe('PT12M34.25S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`xapi-${++counter}`));
});

async function reportOf(ids: string[]): Promise<Report> {
  const loaded = await loadReport(ids, (id) => attemptRepository.load(id));
  if (!loaded.ok) throw new Error(`report failed: ${loaded.reason}`);
  return loaded.report;
}

describe("a trainee's report as xAPI", () => {
  const scenario = builtin('example-first-call');

  it('scales the stored summary, and succeeds only when every assessed competency meets the profile', async () => {
    const best = await playAndStore(scenario, { traineeId: 'trainee-42' });
    const weak = await playAndStore(scenario, { traineeId: 'trainee-42', choose: { needs: 'premium' } });
    for (const [attempt, met] of [
      [best, true],
      [weak, false],
    ] as const) {
      const report = await reportOf([attempt.id]);
      const statements = reportStatements(report);
      for (const s of statements) expect(statementSchema.safeParse(s).error?.issues ?? []).toEqual([]);
      expect(verbs(statements)[0]).toBe('attempted');
      const completed = statements[statements.length - 1];
      expect(completed?.verb.id).toBe(VERBS.completed);
      const overall = readSummary(attempt.result)?.overall;
      expect(typeof overall).toBe('number');
      expect(completed?.result?.score?.scaled).toBe((overall ?? NaN) / 100);
      expect(requirementMet(report.result)).toBe(met);
      expect(completed?.result?.success).toBe(met);
      expect(statements.every((s) => s.actor.account.name === 'trainee-42')).toBe(true);
      expect(xapiFileName(report)).toMatch(
        /^profproba-report-example-first-call-\d{4}-\d{2}-\d{2}\.xapi\.json$/,
      );
    }
  });
});

describe("a candidate's battery as xAPI", () => {
  it('covers every attempt of the session under the candidate id, never the name', async () => {
    const candidate = { id: '0f9c2b1e-7d4a-4c1b-9a51-3e2f1a7b8c6d', name: 'Мария Иванова' };
    const sessionId = 'session-9';
    const first = await playAndStore(builtin('example-first-call'), {
      traineeId: `assessment:${sessionId}`,
      mode: 'assessment',
      sessionId,
    });
    const second = await playAndStore(builtin('faulty-kettle-refund'), {
      traineeId: `assessment:${sessionId}`,
      mode: 'assessment',
      sessionId,
      startedAt: 1_700_000_900_000,
    });
    const report = await reportOf([first.id, second.id]);
    const statements = batteryStatements(candidate, report, {});
    const json = JSON.stringify(statements);
    for (const secret of ['Мария', 'Иванова', 'assessment:']) expect(json).not.toContain(secret);
    expect(statements.every((s) => s.actor.account.name === candidate.id)).toBe(true);
    for (const s of statements) expect(statementSchema.safeParse(s).error?.issues ?? []).toEqual([]);

    const all = verbs(statements);
    expect(all.filter((v) => v === 'attempted')).toHaveLength(2);
    expect(all.filter((v) => v === 'completed')).toHaveLength(2);
    expect(statements).toHaveLength(report.attempts.reduce((n, a) => n + a.decisions.length + 2, 0));
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(2);
    expect(
      statements.every((s) => s.context.extensions?.[`${XAPI_BASE}extensions/mode`] === 'assessment'),
    ).toBe(true);
    expect(
      statements.every((s) => s.context.extensions?.[`${XAPI_BASE}extensions/session`] === sessionId),
    ).toBe(true);
    // Each completed statement carries its own attempt's score, not the battery's pooled one.
    const completedScores = statements
      .filter((s) => s.verb.id === VERBS.completed)
      .map((s) => s.result?.score?.raw);
    expect(completedScores).toEqual([first, second].map((a) => readSummary(a.result)?.overall));

    const name = batteryXapiFileName(candidate, { startedAt: first.startedAt });
    expect(name).toBe(
      `profproba-battery-${new Date(first.startedAt).toISOString().slice(0, 10)}-0f9c2b1e.xapi.json`,
    );
    expect(batteryStatements(candidate, report, {})).toEqual(statements);
  });
});
