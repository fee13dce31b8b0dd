/**
 * The JSON export of a report: for each attempt its header, which scenario copy it ran on and the
 * raw event log, plus the result. With the scenario file of that version anyone can replay it.
 */
import type { Result } from '../domain/scoring';
import type { AttemptEventRecord, AttemptRecord } from '../storage/records';
import type { Report } from './load';

export const EXPORT_FORMAT = 'profproba-report';
export const EXPORT_VERSION = 1;

export interface ReportExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  attempts: {
    attempt: AttemptRecord;
    scenario: { id: string; version: number; hash: string };
    events: AttemptEventRecord[];
  }[];
  result: Result;
}

export function reportExport(report: Report, now: Date = new Date()): ReportExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    attempts: report.attempts.map((item) => ({
      attempt: item.attempt,
      scenario: { id: item.scenario.id, version: item.scenario.version, hash: item.hash },
      events: item.events,
    })),
    result: report.result,
  };
}

/** A file name that sorts by date and says whose result it is not (no personal data in it). */
export function exportFileName(report: Report): string {
  const first = report.attempts[0];
  const date = new Date(first?.attempt.startedAt ?? 0).toISOString().slice(0, 10);
  const what =
    report.attempts.length === 1 && first ? first.scenario.id : `${report.attempts.length}-scenarios`;
  return `profproba-report-${what}-${date}.json`;
}
