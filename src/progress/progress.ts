/**
 * The progress page's data, from attempt headers alone: each header carries the compact summary
 * the player stored at the end, so a long history is read, never replayed; and through a column
 * cache (columns.ts), so a long history is not even parsed object by object on every visit.
 */
import { COMPETENCY_IDS, type CompetencyId } from '../domain/profile/competencies';
import type { Outcome } from '../domain/scenario';
import type { AttemptMode, AttemptRecord, AttemptStatus } from '../storage/records';
import {
  appendHeaders,
  columnsOf,
  fromStored,
  toStored,
  NO_SCORE,
  openIndices,
  outcomeAt,
  replaceHeaders,
  statusAt,
  UNOBSERVED,
  type Columns,
  type StoredColumns,
} from './columns';

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

/** Builds everything the progress page shows from headers in any order. */
export function progressFrom(headers: readonly AttemptRecord[]): ProgressData {
  return progressFromColumns(columnsOf(headers));
}

/** Builds the page's data from the columns; linear in the number of attempts, no per-attempt parsing. */
export function progressFromColumns(columns: Columns): ProgressData {
  const n = columns.ids.length;
  const C = COMPETENCY_IDS.length;
  const rows: ProgressRow[] = new Array<ProgressRow>(n);
  const points: TrendPoint[][] = COMPETENCY_IDS.map(() => []);
  const observedIn = new Array<number>(C).fill(0);
  const best = new Map<string, ScenarioBest>();
  let completed = 0;

  for (let i = 0; i < n; i++) {
    const id = columns.ids[i] as string;
    const at = columns.startedAt[i] as number;
    const scenario = columns.scenarios[columns.scenario[i] as number] as Columns['scenarios'][number];
    const status = statusAt(columns, i);
    const visible = columns.hidden[i] === 0;
    const overallCode = columns.overall[i] as number;
    const scored = status === 'completed' && visible;
    rows[n - 1 - i] = {
      id,
      startedAt: at,
      scenarioId: scenario.id,
      title: scenario.title,
      mode: columns.assessment[i] === 1 ? 'assessment' : 'practice',
      status,
      visible,
      outcome: scored ? outcomeAt(columns, i) : null,
      overall: scored && overallCode >= 0 ? overallCode : null,
      pendingRatings: columns.pending[i] as number,
    };
    if (!scored) continue;
    completed += 1;

    let entry = best.get(scenario.id);
    if (!entry) {
      entry = {
        scenarioId: scenario.id,
        title: scenario.title,
        completed: 0,
        best: null,
        bestAttemptId: null,
        lastPlayedAt: 0,
      };
      best.set(scenario.id, entry);
    }
    entry.completed += 1;
    entry.lastPlayedAt = at;
    entry.title = scenario.title;
    if (overallCode >= 0 && (entry.best === null || overallCode > entry.best)) {
      entry.best = overallCode;
      entry.bestAttemptId = id;
    }

    const base = i * C;
    for (let c = 0; c < C; c++) {
      const score = columns.scores[base + c] as number;
      if (score === UNOBSERVED) continue;
      observedIn[c] = (observedIn[c] as number) + 1;
      if (score !== NO_SCORE) (points[c] as TrendPoint[]).push({ attemptId: id, at, score });
    }
  }

  const trends: CompetencyTrend[] = [];
  COMPETENCY_IDS.forEach((competency, c) => {
    const count = observedIn[c] as number;
    if (count === 0) return;
    const list = points[c] as TrendPoint[];
    let top: number | null = null;
    for (const p of list) if (top === null || p.score > top) top = p.score;
    trends.push({
      competency,
      points: list,
      observedIn: count,
      first: list[0]?.score ?? null,
      latest: list[list.length - 1]?.score ?? null,
      best: top,
    });
  });

  return {
    rows,
    trends,
    best: [...best.values()].sort(
      (a, b) => (b.best ?? -1) - (a.best ?? -1) || b.lastPlayedAt - a.lastPlayedAt,
    ),
    neverObserved: COMPETENCY_IDS.filter((_, c) => observedIn[c] === 0),
    completed,
  };
}

/** Where the headers come from: the attempts in IndexedDB with the column cache beside them. */
export interface ProgressSource {
  /** All headers of the trainee, oldest first. */
  list(traineeId: string): Promise<AttemptRecord[]>;
  count(traineeId: string): Promise<number>;
  /** Headers started at or after `startedAt`. */
  since(traineeId: string, startedAt: number): Promise<AttemptRecord[]>;
  get(ids: readonly string[]): Promise<(AttemptRecord | undefined)[]>;
  readCache(traineeId: string): Promise<unknown>;
  writeCache(traineeId: string, columns: StoredColumns): Promise<void>;
}

export type HeaderLoader = (traineeId: string) => Promise<AttemptRecord[]>;

/**
 * The trainee's headers as columns, reading only what changed since the cache was written: new
 * attempts (started after the last cached one) and unfinished ones, which may have ended since. Any other difference — an attempt removed, a count that does not add up, a
 * cache that fails its checks — rebuilds the columns from all headers.
 */
export async function loadColumns(traineeId: string, source: ProgressSource): Promise<Columns> {
  const cached = fromStored(await source.readCache(traineeId));
  let columns: Columns | undefined;
  let changed = false;
  if (cached) {
    const n = cached.ids.length;
    const watermark = n > 0 ? (cached.startedAt[n - 1] as number) : -Infinity;
    const open = openIndices(cached);
    const [total, newer, reopened] = await Promise.all([
      source.count(traineeId),
      source.since(traineeId, watermark),
      source.get(open.map((i) => cached.ids[i] as string)),
    ]);
    const atWatermark = new Set<string>();
    for (let i = n - 1; i >= 0 && cached.startedAt[i] === watermark; i--)
      atWatermark.add(cached.ids[i] as string);
    const fresh = newer.filter((h) => !atWatermark.has(h.id));
    if (total === n + fresh.length && reopened.every((h) => h !== undefined && h.traineeId === traineeId)) {
      const updates = open.flatMap((index, k) => {
        const header = reopened[k] as AttemptRecord;
        return header.status !== statusAt(cached, index) ? [{ index, header }] : [];
      });
      columns = fresh.length > 0 ? appendHeaders(cached, fresh) : cached;
      replaceHeaders(columns, updates);
      changed = fresh.length > 0 || updates.length > 0;
    }
  }
  if (!columns) {
    columns = columnsOf(await source.list(traineeId));
    changed = true;
  }
  const stored = changed ? toStored(columns) : undefined;
  if (stored) {
    try {
      await source.writeCache(traineeId, stored);
    } catch {
      // The cache only saves time: the data shown were read from the attempts themselves, and
      // the next visit rebuilds it. A full disk is reported where the trainee writes, not here.
    }
  }
  return columns;
}

/**
 * The progress page's data: through the column cache when given a source (IndexedDB), or straight
 * from headers (the in-memory attempts of a tab without storage). What the benchmark times.
 */
export async function loadProgress(
  traineeId: string,
  from: ProgressSource | HeaderLoader,
): Promise<ProgressData> {
  if (typeof from === 'function') return progressFrom(await from(traineeId));
  return progressFromColumns(await loadColumns(traineeId, from));
}
