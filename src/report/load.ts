/**
 * Loading a report: every attempt is rebuilt from its event log (the truth) on its own stored copy
 * of the scenario, then scored. A replay that disagrees with what the player stored at the end —
 * a rejected event, a changed scenario copy, a different summary — is reported as a problem, and
 * the page shows a warning instead of numbers it cannot vouch for.
 */
import {
  canonicalJson,
  compile,
  ENGINE_EVENT_TYPES,
  isFinished,
  replay,
  validateScenario,
  type Decision,
  type EngineEvent,
  type Issue,
  type Scenario,
} from '../domain/scenario';
import {
  readSummary,
  scoreAttempt,
  scorePlayed,
  summarise,
  type PlayedScenario,
  type Result,
  type WrittenRating,
} from '../domain/scoring';
import { attemptTimeScale } from '../player/timing';
import type { LoadedAttempt } from '../storage/attempts';
import type { AttemptEventRecord, AttemptRecord } from '../storage/records';

/** One attempt of a report, replayed. */
export interface ReportAttempt {
  attempt: AttemptRecord;
  scenario: Scenario;
  /** The content hash of the stored scenario copy, recomputed. */
  hash: string;
  events: AttemptEventRecord[];
  /** The replayed decisions, in order, each with the time of the event that made it. */
  decisions: Decision[];
  endingStepId?: string;
}

export type ReportProblem =
  /** The stored scenario copy is not the content the attempt started on. */
  | { kind: 'hashMismatch'; attemptId: string }
  /** Events in the log that the scenario does not accept at that point. */
  | { kind: 'rejectedEvents'; attemptId: string; count: number }
  /** The log ends somewhere other than where the stored status says. */
  | { kind: 'statusMismatch'; attemptId: string }
  /** Rescoring the log does not give the summary stored when the attempt ended. */
  | { kind: 'summaryMismatch'; attemptId: string }
  /** A completed attempt without a stored summary. */
  | { kind: 'summaryMissing'; attemptId: string };

export interface Report {
  attempts: ReportAttempt[];
  /** All attempts scored together (their observations pooled). */
  result: Result;
  /** Empty when every replay reproduced what was stored. */
  problems: ReportProblem[];
}

export type ReportLoad =
  | { ok: true; report: Report }
  | { ok: false; reason: 'notFound'; attemptId: string }
  | { ok: false; reason: 'invalidScenario'; attemptId: string; issues: Issue[] }
  | { ok: false; reason: 'failed'; message: string };

export type AttemptLoader = (attemptId: string) => Promise<LoadedAttempt | undefined>;

const EVENT_TYPES = new Set<string>(ENGINE_EVENT_TYPES);

function isEngineEvent(value: unknown): value is EngineEvent {
  const v = value as { type?: unknown; at?: unknown } | null;
  return typeof v === 'object' && v !== null && EVENT_TYPES.has(v.type as string) && typeof v.at === 'number';
}

type Replayed = { ok: true; item: ReportAttempt; problems: ReportProblem[] } | { ok: false; issues: Issue[] };

/** Replays one stored attempt and checks it against what was stored. Pure. */
export function replayAttempt(loaded: LoadedAttempt): Replayed {
  const { attempt } = loaded;
  const validation = validateScenario(loaded.document);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const compiled = compile(validation.scenario);
  const problems: ReportProblem[] = [];
  if (compiled.hash !== attempt.scenarioHash) problems.push({ kind: 'hashMismatch', attemptId: attempt.id });

  const records = loaded.log.events;
  const events = records.flatMap((r): EngineEvent[] => (isEngineEvent(r.event) ? [r.event] : []));
  const malformed = records.length - events.length;
  const input = { startedAt: attempt.startedAt, timeScale: attemptTimeScale(attempt.settings) };
  const { snapshot, rejected } = replay(compiled, input, events);
  const refused = malformed + rejected.length;
  if (refused > 0) problems.push({ kind: 'rejectedEvents', attemptId: attempt.id, count: refused });

  const finished = isFinished(snapshot);
  if (finished !== (attempt.status === 'completed'))
    problems.push({ kind: 'statusMismatch', attemptId: attempt.id });

  const item: ReportAttempt = {
    attempt,
    scenario: compiled.scenario,
    hash: compiled.hash,
    events: records,
    decisions: snapshot.context.history.map(({ stepId, at, choice }) => ({ stepId, at, choice })),
    ...(finished ? { endingStepId: snapshot.context.stepId } : {}),
  };

  if (attempt.status === 'completed') {
    const stored = readSummary(attempt.result);
    if (!stored) problems.push({ kind: 'summaryMissing', attemptId: attempt.id });
    else {
      // The player scores without ratings; compare like with like.
      const recomputed = readSummary(summarise(scoreAttempt(played(item))));
      if (canonicalJson(recomputed) !== canonicalJson(stored))
        problems.push({ kind: 'summaryMismatch', attemptId: attempt.id });
    }
  }
  return { ok: true, item, problems };
}

function played(item: ReportAttempt, ratings?: readonly WrittenRating[]): PlayedScenario {
  return {
    scenario: item.scenario,
    decisions: item.decisions,
    ...(item.endingStepId ? { endingStepId: item.endingStepId } : {}),
    ...(ratings ? { ratings } : {}),
  };
}

/** Scores already replayed attempts together. */
export function scoreReport(items: readonly ReportAttempt[], ratings: RatingsByAttempt = {}): Result {
  return scorePlayed(items.map((item) => played(item, ratings[item.attempt.id])));
}

/** A counsellor's ratings of written answers, per attempt id. */
export type RatingsByAttempt = Readonly<Record<string, readonly WrittenRating[]>>;

/**
 * Loads, replays and scores one or several attempts (a session or an assessment battery), in the
 * order given. Never throws: storage failures come back as `failed`.
 */
export async function loadReport(
  attemptIds: readonly string[],
  load: AttemptLoader,
  ratings: RatingsByAttempt = {},
): Promise<ReportLoad> {
  try {
    const items: ReportAttempt[] = [];
    const problems: ReportProblem[] = [];
    for (const id of attemptIds) {
      const loaded = await load(id);
      if (!loaded) return { ok: false, reason: 'notFound', attemptId: id };
      const replayed = replayAttempt(loaded);
      if (!replayed.ok)
        return { ok: false, reason: 'invalidScenario', attemptId: id, issues: replayed.issues };
      items.push(replayed.item);
      problems.push(...replayed.problems);
    }
    return { ok: true, report: { attempts: items, result: scoreReport(items, ratings), problems } };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Problems that mean the stored data cannot be trusted: the report then shows no numbers. */
export function isBlocking(problem: ReportProblem): boolean {
  return problem.kind !== 'summaryMissing';
}
