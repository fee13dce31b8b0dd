/**
 * A report's attempts as xAPI statements (src/domain/xapi): each attempt scored on its own, with
 * the ratings of its written answers, so its `completed` statement carries that attempt's result
 * rather than the pooled result the report shows for several.
 */
import { attemptStatements, type Statement, type XapiAttempt, type XapiOptions } from '../domain/xapi';
import { exportFileName } from './export';
import { scoreReport, type RatingsByAttempt, type Report, type ReportAttempt } from './load';

export function xapiAttempt(item: ReportAttempt, ratings: RatingsByAttempt = {}): XapiAttempt {
  const { attempt } = item;
  return {
    attempt: {
      id: attempt.id,
      mode: attempt.mode,
      language: attempt.language,
      startedAt: attempt.startedAt,
      updatedAt: attempt.updatedAt,
      status: attempt.status,
      ...(attempt.sessionId ? { sessionId: attempt.sessionId } : {}),
    },
    scenario: item.scenario,
    scenarioHash: item.hash,
    decisions: item.decisions,
    result: scoreReport([item], ratings),
  };
}

/**
 * The statements of a report's attempts about one pseudonymous account. `account` defaults to
 * each attempt's trainee profile id (a random id: the trainee's own export never names them).
 */
export function reportStatements(
  report: Report,
  options: XapiOptions & { account?: string; ratings?: RatingsByAttempt } = {},
): Statement[] {
  const { account, ratings, ...xapi } = options;
  return report.attempts.flatMap((item) =>
    attemptStatements(xapiAttempt(item, ratings), { account: account ?? item.attempt.traineeId }, xapi),
  );
}

/** The report's file name with `.xapi.json`: a date and a scenario id, nothing personal. */
export function xapiFileName(report: Report): string {
  return exportFileName(report).replace(/\.json$/, '.xapi.json');
}

/** The file's text: a JSON array of statements, as `POST /statements` accepts it. */
export function statementsText(statements: readonly Statement[]): string {
  return `${JSON.stringify(statements, null, 2)}\n`;
}
