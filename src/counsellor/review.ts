import { COMPETENCIES } from '../domain/profile';
import type { Result, WrittenRating } from '../domain/scoring';
import { pick, type Language } from '../domain/text';
import { loadReport, type RatingsByAttempt, type Report, type ReportLoad } from '../report';
import type { SealedAttempt } from '../storage/assessment';
import type { LoadedAttempt } from '../storage/attempts';
import type { CsvCell } from './csv';
import type { RatingData, SessionRecord } from './workspace';

/**
 * A candidate's assessment, as the counsellor reviews it: per session, the sealed attempts of that
 * session (opened in memory) replayed and scored together with the report module, with the
 * counsellor's ratings of written answers. Nothing here is stored.
 */

export interface SessionReview {
  session: SessionRecord;
  /** Scenarios of the battery finished (sealed) so far. */
  finished: number;
  load: ReportLoad | undefined;
}

export function ratingsByAttempt(ratings: readonly RatingData[]): RatingsByAttempt {
  const byAttempt: Record<string, WrittenRating[]> = {};
  for (const r of ratings) (byAttempt[r.attemptId] ??= []).push({ stepId: r.stepId, points: r.points });
  return byAttempt;
}

export async function reviewSessions(
  sessions: readonly SessionRecord[],
  attempts: readonly SealedAttempt[],
  ratings: readonly RatingData[],
): Promise<SessionReview[]> {
  const byRating = ratingsByAttempt(ratings);
  const reviews: SessionReview[] = [];
  for (const session of sessions) {
    const mine = attempts
      .filter((a) => a.attempt.sessionId === session.sessionId)
      .sort((a, b) => a.attempt.startedAt - b.attempt.startedAt);
    const byId = new Map<string, LoadedAttempt>(
      mine.map((a) => [a.attempt.id, { attempt: a.attempt, log: a.log, document: a.document }]),
    );
    const load =
      mine.length === 0
        ? undefined
        : await loadReport(
            mine.map((a) => a.attempt.id),
            async (id) => byId.get(id),
            byRating,
          );
    reviews.push({ session, finished: mine.length, load });
  }
  return reviews;
}

/** The newest session with a report that could be built, for comparisons and exports. */
export function latestReport(
  reviews: readonly SessionReview[],
): { session: SessionRecord; report: Report } | undefined {
  for (let i = reviews.length - 1; i >= 0; i--) {
    const review = reviews[i];
    if (review?.load?.ok) return { session: review.session, report: review.load.report };
  }
  return undefined;
}

export interface CandidateResult {
  name: string;
  battery: string;
  date: string;
  result: Result;
}

/**
 * Rows of the comparison CSV: one row per candidate, one column per competency (wide), so a
 * spreadsheet compares candidates down a column. Empty cells mean "not enough evidence".
 */
export function comparisonRows(
  results: readonly CandidateResult[],
  labels: { candidate: string; battery: string; date: string; overall: string; fit: string; pending: string },
  language: Language,
): CsvCell[][] {
  const header: CsvCell[] = [
    labels.candidate,
    labels.battery,
    labels.date,
    labels.overall,
    labels.fit,
    labels.pending,
    ...COMPETENCIES.map((c) => pick(c.name, language)),
  ];
  const rows = results.map((r): CsvCell[] => {
    const scores = new Map(r.result.competencies.map((c) => [c.competency, c.score]));
    return [
      r.name,
      r.battery,
      r.date,
      r.result.overall,
      r.result.fit.percent,
      r.result.pendingRatings,
      ...COMPETENCIES.map((c) => scores.get(c.id) ?? null),
    ];
  });
  return [header, ...rows];
}
