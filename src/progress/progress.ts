/**
 * The progress page's data, from attempt headers alone: each header carries the compact summary
 * the player stored at the end, so a long history is read, never replayed. Pure apart from
 * `loadProgress`, which reads the headers.
 */
import { COMPETENCY_IDS, type CompetencyId } from '../domain/profile/competencies';
import type { Outcome } from '../domain/scenario';
import { readSummary } from '../domain/scoring';
import { traineeMaySee } from '../report/access';
import type { AttemptMode, AttemptRecord, AttemptStatus } from '../storage/records';

export interface ProgressRow {
  id: string;
  startedAt: number;
  scenarioId: string;
  title: { ru?: string; en?: string };
  mode: AttemptMode;
  status: AttemptStatus;
  /** False for a counsellor's assessment: its result is theirs to show. */
  visible: boolean;
  outcome: Outcome | null;
  overall: number | null;
  pendingRatings: number;
}

export interface TrendPoint {
  attemptId: string;
  at: number;
  score: number;
}

export interface CompetencyTrend {
  competency: CompetencyId;
  /** Scores of completed attempts with enough evidence, oldest first. */
  points: TrendPoint[];
  /** Attempts that observed it at all (with or without enough evidence for a score). */
  observedIn: number;
  first: number | null;
  latest: number | null;
  best: number | null;
}

export interface ScenarioBest {
  scenarioId: string;
  title: { ru?: string; en?: string };
  completed: number;
  /** Best overall; null when no completed attempt had enough evidence. */
  best: number | null;
  bestAttemptId: string | null;
  lastPlayedAt: number;
}

export interface ProgressData {
  /** Newest first. */
  rows: ProgressRow[];
  /** Competencies observed at least once, in profile order. */
  trends: CompetencyTrend[];
  /** Per scenario, best result first. */
  best: ScenarioBest[];
  /** Competencies no visible completed attempt has observed yet, in profile order. */
  neverObserved: CompetencyId[];
  completed: number;
}

const OUTCOMES = new Set<string>(['deal', 'kept', 'resolved', 'partial', 'escalated', 'lost']);

/** Builds everything the progress page shows from headers in any order. Linear in their number. */
export function progressFrom(headers: readonly AttemptRecord[]): ProgressData {
  const sorted = [...headers].sort((a, b) => a.startedAt - b.startedAt);
  const rows: ProgressRow[] = [];
  const points = new Map<CompetencyId, TrendPoint[]>();
  const observedIn = new Map<CompetencyId, number>();
  const best = new Map<string, ScenarioBest>();
  let completed = 0;

  for (const attempt of sorted) {
    const visible = traineeMaySee(attempt);
    const summary = attempt.status === 'completed' && visible ? readSummary(attempt.result) : undefined;
    rows.push({
      id: attempt.id,
      startedAt: attempt.startedAt,
      scenarioId: attempt.scenarioId,
      title: attempt.scenarioTitle,
      mode: attempt.mode,
      status: attempt.status,
      visible,
      outcome: summary?.outcome && OUTCOMES.has(summary.outcome) ? summary.outcome : null,
      overall: summary?.overall ?? null,
      pendingRatings: summary?.pendingRatings ?? 0,
    });
    if (!summary) continue;
    completed += 1;

    let scenario = best.get(attempt.scenarioId);
    if (!scenario) {
      scenario = { scenarioId: attempt.scenarioId, title: attempt.scenarioTitle, completed: 0, best: null, bestAttemptId: null, lastPlayedAt: 0 };
      best.set(attempt.scenarioId, scenario);
    }
    scenario.completed += 1;
    scenario.lastPlayedAt = attempt.startedAt;
    scenario.title = attempt.scenarioTitle;
    if (summary.overall !== null && (scenario.best === null || summary.overall > scenario.best)) {
      scenario.best = summary.overall;
      scenario.bestAttemptId = attempt.id;
    }

    for (const [id, value] of Object.entries(summary.competencies) as [CompetencyId, unknown][]) {
      if (!Array.isArray(value)) continue;
      const [score, observations] = value as [unknown, unknown];
      if (typeof observations !== 'number' || observations <= 0) continue;
      observedIn.set(id, (observedIn.get(id) ?? 0) + 1);
      if (typeof score !== 'number') continue;
      let list = points.get(id);
      if (!list) points.set(id, (list = []));
      list.push({ attemptId: attempt.id, at: attempt.startedAt, score });
    }
  }

  const trends: CompetencyTrend[] = COMPETENCY_IDS.filter((id) => observedIn.has(id)).map((competency) => {
    const list = points.get(competency) ?? [];
    let top: number | null = null;
    for (const p of list) if (top === null || p.score > top) top = p.score;
    return {
      competency,
      points: list,
      observedIn: observedIn.get(competency) ?? 0,
      first: list[0]?.score ?? null,
      latest: list[list.length - 1]?.score ?? null,
      best: top,
    };
  });

  return {
    rows: rows.reverse(),
    trends,
    best: [...best.values()].sort((a, b) => (b.best ?? -1) - (a.best ?? -1) || b.lastPlayedAt - a.lastPlayedAt),
    neverObserved: COMPETENCY_IDS.filter((id) => !observedIn.has(id)),
    completed,
  };
}

export type HeaderLoader = (traineeId: string) => Promise<AttemptRecord[]>;

/** Reads the trainee's attempt headers and builds the page's data; what the benchmark times. */
export async function loadProgress(traineeId: string, listHeaders: HeaderLoader): Promise<ProgressData> {
  return progressFrom(await listHeaders(traineeId));
}
