/**
 * A candidate's assessment battery (one session) as xAPI statements for an LRS. The actor is the
 * candidate's random id from the vault: the name, contact and notes never leave it.
 */
import type { Statement, XapiOptions } from '../domain/xapi';
import type { RatingsByAttempt, Report } from '../report';
import { reportStatements } from '../report/xapi';
import type { Candidate } from './candidate';
import type { SessionRecord } from './workspace';

export function batteryStatements(
  candidate: Pick<Candidate, 'id'>,
  report: Report,
  ratings: RatingsByAttempt,
  options: XapiOptions = {},
): Statement[] {
  return reportStatements(report, { ...options, account: candidate.id, ratings });
}

/** `profproba-battery-<date>-<start of the candidate's id>.xapi.json`: no name, no battery title. */
export function batteryXapiFileName(
  candidate: Pick<Candidate, 'id'>,
  session: Pick<SessionRecord, 'startedAt'>,
): string {
  const date = new Date(session.startedAt).toISOString().slice(0, 10);
  const who = candidate.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `profproba-battery-${date}-${who}.xapi.json`;
}
