/**
 * The attempt headers of one trainee in columns: a few typed arrays instead of thousands of
 * objects. Kept as a cache beside the attempts (see src/storage/progressCache.ts), because
 * IndexedDB reads a typed array as one value but 10,000 headers with their nested summaries as
 * some 150,000 objects, which is what made the progress page slow with a long history.
 * Pure: built from headers, updated from headers, validated when read back.
 */
import { COMPETENCY_IDS, type CompetencyId } from '../domain/profile/competencies';
import { OUTCOMES, type Outcome } from '../domain/scenario';
import { readSummary } from '../domain/scoring';
import { traineeMaySee } from '../report/access';
import type { AttemptRecord, AttemptStatus } from '../storage/records';

export const COLUMNS_VERSION = 1;
const C = COMPETENCY_IDS.length;
const STATUSES: readonly AttemptStatus[] = ['active', 'completed', 'abandoned'];
/** In `scores`: a competency with observations but too few for a score; one never observed. */
export const NO_SCORE = -1;
export const UNOBSERVED = -2;

export interface Columns {
  v: typeof COLUMNS_VERSION;
  ids: string[];
  /** Sorted ascending. */
  startedAt: Float64Array;
  /** Index into `scenarios`. */
  scenario: Uint16Array;
  scenarios: { id: string; title: { ru?: string; en?: string } }[];
  /** Index into STATUSES. */
  status: Uint8Array;
  /** 1 for assessment mode. */
  assessment: Uint8Array;
  /** 1 when the trainee may not see the result (a counsellor's session). */
  hidden: Uint8Array;
  /** 0 none, else 1 + index into OUTCOMES. */
  outcome: Uint8Array;
  /** −1 for none. */
  overall: Int16Array;
  pending: Uint16Array;
  /** n × 24, in COMPETENCY_IDS order: score, NO_SCORE or UNOBSERVED. */
  scores: Int16Array;
  /** n × 24 observation counts. */
  observations: Uint16Array;
}

export function emptyColumns(): Columns {
  return {
    v: COLUMNS_VERSION,
    ids: [],
    startedAt: new Float64Array(0),
    scenario: new Uint16Array(0),
    scenarios: [],
    status: new Uint8Array(0),
    assessment: new Uint8Array(0),
    hidden: new Uint8Array(0),
    outcome: new Uint8Array(0),
    overall: new Int16Array(0),
    pending: new Uint16Array(0),
    scores: new Int16Array(0),
    observations: new Uint16Array(0),
  };
}

function grow<T extends Float64Array | Uint16Array | Uint8Array | Int16Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array.subarray(0, Math.min(array.length, length)) as never);
  return next;
}

function scenarioIndex(columns: Columns, header: AttemptRecord, lookup: Map<string, number>): number {
  const key = `${header.scenarioId}\u0000${header.scenarioTitle.ru ?? ''}\u0000${header.scenarioTitle.en ?? ''}`;
  let index = lookup.get(key);
  if (index === undefined) {
    index = columns.scenarios.length;
    columns.scenarios.push({ id: header.scenarioId, title: { ...header.scenarioTitle } });
    lookup.set(key, index);
  }
  return index;
}

function scenarioLookup(columns: Columns): Map<string, number> {
  return new Map(
    columns.scenarios.map((s, i) => [`${s.id}\u0000${s.title.ru ?? ''}\u0000${s.title.en ?? ''}`, i]),
  );
}

function write(columns: Columns, i: number, header: AttemptRecord, lookup: Map<string, number>): void {
  columns.ids[i] = header.id;
  columns.startedAt[i] = header.startedAt;
  columns.scenario[i] = scenarioIndex(columns, header, lookup);
  columns.status[i] = Math.max(0, STATUSES.indexOf(header.status));
  columns.assessment[i] = header.mode === 'assessment' ? 1 : 0;
  const visible = traineeMaySee(header);
  columns.hidden[i] = visible ? 0 : 1;
  const summary = header.status === 'completed' && visible ? readSummary(header.result) : undefined;
  const outcome = summary?.outcome ? OUTCOMES.indexOf(summary.outcome as Outcome) : -1;
  columns.outcome[i] = outcome + 1;
  columns.overall[i] = typeof summary?.overall === 'number' ? summary.overall : -1;
  columns.pending[i] = summary?.pendingRatings ?? 0;
  const base = i * C;
  columns.scores.fill(UNOBSERVED, base, base + C);
  columns.observations.fill(0, base, base + C);
  if (!summary) return;
  COMPETENCY_IDS.forEach((id: CompetencyId, c) => {
    const value = summary.competencies[id];
    if (!Array.isArray(value)) return;
    const [score, observations] = value as [unknown, unknown];
    if (typeof observations !== 'number' || observations <= 0) return;
    columns.observations[base + c] = Math.min(65_535, observations);
    columns.scores[base + c] = typeof score === 'number' ? Math.round(score) : NO_SCORE;
  });
}

/** Appends headers (any order among themselves, all started no earlier than the last column). */
export function appendHeaders(columns: Columns, headers: readonly AttemptRecord[]): Columns {
  const sorted = [...headers].sort((a, b) => a.startedAt - b.startedAt);
  const start = columns.ids.length;
  const n = start + sorted.length;
  const next: Columns = {
    ...columns,
    ids: [...columns.ids],
    scenarios: [...columns.scenarios],
    startedAt: grow(columns.startedAt, n),
    scenario: grow(columns.scenario, n),
    status: grow(columns.status, n),
    assessment: grow(columns.assessment, n),
    hidden: grow(columns.hidden, n),
    outcome: grow(columns.outcome, n),
    overall: grow(columns.overall, n),
    pending: grow(columns.pending, n),
    scores: grow(columns.scores, n * C),
    observations: grow(columns.observations, n * C),
  };
  const lookup = scenarioLookup(next);
  sorted.forEach((header, k) => write(next, start + k, header, lookup));
  return next;
}

export function columnsOf(headers: readonly AttemptRecord[]): Columns {
  return appendHeaders(emptyColumns(), headers);
}

/** Rewrites the columns of attempts that changed since (e.g. an active one that has ended). */
export function replaceHeaders(
  columns: Columns,
  changed: readonly { index: number; header: AttemptRecord }[],
): void {
  const lookup = scenarioLookup(columns);
  for (const { index, header } of changed) write(columns, index, header, lookup);
}

/**
 * Attempts whose header may still change: the unfinished ones. A finished attempt's header is
 * written once, at its end; whatever rewrites one later must drop the cache (its key is in
 * src/storage/progressCache.ts).
 */
export function openIndices(columns: Columns): number[] {
  const open: number[] = [];
  for (let i = 0; i < columns.ids.length; i++) if (columns.status[i] === 0) open.push(i);
  return open;
}

export function statusAt(columns: Columns, i: number): AttemptStatus {
  return STATUSES[columns.status[i] ?? 0] ?? 'active';
}

export function outcomeAt(columns: Columns, i: number): Outcome | null {
  const code = columns.outcome[i] ?? 0;
  return code === 0 ? null : (OUTCOMES[code - 1] ?? null);
}

/**
 * The stored form: the ids joined into one string, because IndexedDB reads 10,000 separate
 * strings far slower than one. Undefined when an id contains the separator (then nothing is cached).
 */
export interface StoredColumns extends Omit<Columns, 'ids'> {
  ids: string;
  count: number;
}

const SEPARATOR = '\n';

export function toStored(columns: Columns): StoredColumns | undefined {
  if (columns.ids.some((id) => id.includes(SEPARATOR))) return undefined;
  return { ...columns, ids: columns.ids.join(SEPARATOR), count: columns.ids.length };
}

/** Checks a value read back from storage; anything that fails is rebuilt from the headers. */
export function fromStored(value: unknown): Columns | undefined {
  const v = value as Partial<StoredColumns> | null;
  if (typeof v !== 'object' || v === null || v.v !== COLUMNS_VERSION || typeof v.ids !== 'string')
    return undefined;
  const n = v.count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
  const ids = n === 0 ? [] : v.ids.split(SEPARATOR);
  if (ids.length !== n) return undefined;
  const typed: [unknown, new (...args: never[]) => unknown, number][] = [
    [v.startedAt, Float64Array, n],
    [v.scenario, Uint16Array, n],
    [v.status, Uint8Array, n],
    [v.assessment, Uint8Array, n],
    [v.hidden, Uint8Array, n],
    [v.outcome, Uint8Array, n],
    [v.overall, Int16Array, n],
    [v.pending, Uint16Array, n],
    [v.scores, Int16Array, n * C],
    [v.observations, Uint16Array, n * C],
  ];
  if (
    !typed.every(
      ([array, type, length]) => array instanceof type && (array as { length: number }).length === length,
    )
  )
    return undefined;
  if (!Array.isArray(v.scenarios)) return undefined;
  const scenarios = v.scenarios.length;
  if (!(v.scenario as Uint16Array).every((s) => s < scenarios)) return undefined;
  const { count: _count, ...rest } = v as StoredColumns;
  return { ...rest, ids };
}
